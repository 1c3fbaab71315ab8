import { describe, expect, it } from '@jest/globals'
import { absolutePattern, escapeGlob, patternBody, patternLines, patternProblem } from './patterns.js'

describe('patternProblem', () => {
  it.each([
    ['dist/*.tar.gz', undefined],
    ['!dist/*.log', undefined],
    ['dist/', undefined],
    ['./a.txt', undefined],
    ['..foo/x', undefined],
    ['/w/dist/*.zip', undefined],
    ['../secrets.txt', "'..'"],
    ['dist/../../etc/passwd', "'..'"],
    ['!../x', "'..'"],
    ['/etc/passwd', 'outside the workspace'],
    ['/w2/x', 'outside the workspace'],
    ['/*', 'outside the workspace'],
    ['~/.ssh/id_rsa', "'~'"],
    ['!', 'only a negation'],
    ['a\rb', 'control character']
  ])('%j', (pattern, problem) => {
    const found = patternProblem(pattern, '/w', false)
    if (problem === undefined) expect(found).toBeUndefined()
    else expect(found).toContain(problem)
  })

  it('on Windows, backslashes are separators and drive paths are absolute', () => {
    expect(patternProblem('dist\\..\\..\\x', 'C:\\w', true)).toContain("'..'")
    expect(patternProblem('D:\\x\\*', 'C:\\w', true)).toContain('outside')
    expect(patternProblem('C:\\w\\dist\\*', 'C:\\w', true)).toBeUndefined()
  })
})

describe('pattern rewriting', () => {
  it('reads lines as @actions/glob does and counts negations', () => {
    expect(patternLines(['  a ', '', '# note', '!b'])).toEqual(['a', '!b'])
    expect(patternBody('!!a')).toEqual({ negated: false, body: 'a' })
    expect(patternBody(' ! a')).toEqual({ negated: true, body: 'a' })
  })

  it('roots relative patterns at the workspace, whose wildcards match only themselves', () => {
    expect(absolutePattern('dist/*.zip', '/w/', false)).toBe('/w/dist/*.zip')
    expect(absolutePattern('!./a', '/w', false)).toBe('!/w/a')
    expect(absolutePattern('/w/x', '/w', false)).toBe('/w/x')
    expect(escapeGlob('/tmp/a[1]*?')).toBe('/tmp/a[[]1[]][*][?]')
  })
})
