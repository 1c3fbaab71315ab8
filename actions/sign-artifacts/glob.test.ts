import { describe, expect, it } from '@jest/globals'
import { globToRegExp, normalisePath, parseGlob, selectFiles } from './glob.js'

describe('globToRegExp', () => {
  it.each([
    ['*.tar.gz', 'a.tar.gz', true],
    ['*.tar.gz', 'dir/a.tar.gz', false],
    ['**/*.exe', 'a.exe', true],
    ['**/*.exe', 'x/y/a.exe', true],
    ['build/**', 'build/x/y', true],
    ['build/**/lib', 'build/lib', true],
    ['a?c', 'abc', true],
    ['a?c', 'a/c', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['[!ab].txt', 'c.txt', true],
    ['file(1).txt', 'file(1).txt', true],
    ['a+b.txt', 'aab.txt', false],
    ['[unclosed', '[unclosed', true]
  ])('%s against %s: %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected)
  })
})

describe('parseGlob', () => {
  it.each([
    ['dist/*.zip', { negated: false, base: '/ws/dist', depth: 0 }],
    ['./dist/*.zip', { negated: false, base: '/ws/dist', depth: 0 }],
    ['**/*.exe', { negated: false, base: '/ws', depth: Infinity }],
    ['!dist/*.log', { negated: true, base: '/ws/dist', depth: 0 }],
    ['a/*/b/*.bin', { negated: false, base: '/ws/a', depth: 2 }],
    ['/abs/path/file.bin', { negated: false, base: '/abs/path', depth: 0 }],
    ['README.md', { negated: false, base: '/ws', depth: 0 }]
  ])('%s', (source, expected) => {
    expect(parseGlob(source, '/ws', false)).toMatchObject(expected)
  })

  it('matches the workspace literally even when its path has wildcard characters', () => {
    const pattern = parseGlob('*.zip', '/tmp/[x]*', false)
    expect(pattern.regex.test('/tmp/[x]*/a.zip')).toBe(true)
    expect(pattern.regex.test('/tmp/x-other/a.zip')).toBe(false)
  })

  it('treats backslashes as separators only on Windows', () => {
    expect(normalisePath('a\\b', true)).toBe('a/b')
    expect(normalisePath('a\\b', false)).toBe('a\\b')
    expect(parseGlob('dist\\*.exe', 'C:\\ws', true).regex.test('C:/ws/dist/a.exe')).toBe(true)
  })
})

describe('selectFiles', () => {
  it('keeps files included by a pattern and not excluded by a later one', () => {
    const patterns = ['dist/*', '!dist/*.log', 'dist/keep.log'].map(p => parseGlob(p, '/ws', false))
    expect(selectFiles(['/ws/dist/a.zip', '/ws/dist/b.log', '/ws/dist/keep.log', '/ws/other.zip'], patterns)).toEqual([
      '/ws/dist/a.zip',
      '/ws/dist/keep.log'
    ])
  })
})
