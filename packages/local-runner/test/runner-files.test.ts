import { describe, expect, test } from '@jest/globals'
import { parseKeyValueFile, parsePathFile } from '../src/runner-files.js'
import { evaluate, interpolate } from '../src/expressions.js'

describe('runner files', () => {
  test.each([
    ['name=value\n', { name: 'value' }],
    ['a=1\nb=x=y\n', { a: '1', b: 'x=y' }],
    ['m<<EOF\nline 1\nline 2\nEOF\n', { m: 'line 1\nline 2' }],
    ['m<<ghadelimiter_1\n\nEOF\nghadelimiter_1\nz=2\n', { m: '\nEOF', z: '2' }],
    ['empty<<D\nD\n', { empty: '' }],
    ['crlf=1\r\nx<<D\r\nv\r\nD\r\n', { crlf: '1', x: 'v' }]
  ])('parses %j', (content, expected) => {
    expect(parseKeyValueFile(content)).toEqual(expected)
  })

  test('an unterminated heredoc is an error, not a silently short value', () => {
    expect(() => parseKeyValueFile('m<<EOF\nnever closed\n')).toThrow(/Unterminated heredoc/)
  })

  test('path file', () => {
    expect(parsePathFile('/a\n\n/b c\n')).toEqual(['/a', '/b c'])
  })
})

describe('expressions (post-if and defaults)', () => {
  const context = (status: 'success' | 'failure') => ({
    status,
    lookup: (path: string) => ({ 'env.SKIP': 'true', 'github.token': 'tok' })[path]
  })
  test.each([
    ['always()', 'failure', true],
    ['success()', 'failure', false],
    ['failure()', 'failure', true],
    ["env.SKIP != 'true'", 'success', false],
    ["env.SKIP == 'TRUE'", 'success', true],
    ["!cancelled() && env.OTHER != 'true'", 'success', true],
    ["success() || env.SKIP == 'true'", 'failure', true],
    ['(failure() && false) || always()', 'success', true]
  ] as const)('%s with %s is %s', (source, status, expected) => {
    expect(Boolean(evaluate(source, context(status)))).toBe(expected)
  })
  test('interpolate fills ${{ }} in defaults', () => {
    expect(interpolate('${{ github.token }}', context('success'))).toBe('tok')
    expect(interpolate('pre-${{github.token}}-post', context('success'))).toBe('pre-tok-post')
  })
  test('unsupported syntax is refused, not guessed', () => {
    expect(() => evaluate("contains(github.ref, 'x')", context('success'))).toThrow(/Unsupported/)
  })
})
