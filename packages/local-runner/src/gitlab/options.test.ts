import { describe, expect, test } from '@jest/globals'
import { parseOptions } from './options.js'

const spec = { values: { '--format': 'gitlab or github', '--spec-file': 'a file' }, flags: ['--require'] }

describe('parseOptions', () => {
  test('values in both forms and flags', () => {
    const found = parseOptions(['--format', 'gitlab', '--spec-file=a.yml', '--require'], spec)
    expect([...found]).toEqual([
      ['--format', 'gitlab'],
      ['--spec-file', 'a.yml'],
      ['--require', 'true']
    ])
  })
  test.each([
    [['--format'], '--format is missing: expected gitlab or github.'],
    [['--format', '--require'], '--format is missing'],
    [['--format', 'a', '--format', 'b'], "--format has the value 'b': expected it once."],
    [['--bogus'], "the argument has the value '--bogus': expected one of --format, --spec-file, --require."],
    [['--require=yes'], "--require has the value 'yes'"]
  ])('%j is refused', (argv, message) => expect(() => parseOptions(argv, spec)).toThrow(message))
})
