import { describe, expect, it } from '@jest/globals'
import { checksumLine, checksumsFileContent, defaultChecksumsFileName } from './checksums.js'

const D = 'ab'.repeat(32)

describe('checksum lines (GNU coreutils format)', () => {
  it.each([
    ['plain.tar.gz', `${D}  plain.tar.gz\n`],
    ['with space.zip', `${D}  with space.zip\n`],
    ['sub/dir/file', `${D}  sub/dir/file\n`],
    ['back\\slash', `\\${D}  back\\\\slash\n`],
    ['new\nline', `\\${D}  new\\nline\n`]
  ])('%j', (name, line) => {
    expect(checksumLine({ name, digest: D })).toBe(line)
  })

  it('sorts by byte order, independent of locale', () => {
    const content = checksumsFileContent([
      { name: 'b', digest: D },
      { name: 'B', digest: D },
      { name: 'a/z', digest: D },
      { name: 'é', digest: D }
    ])
    expect(
      content
        .split('\n')
        .filter(Boolean)
        .map(line => line.slice(66))
    ).toEqual(['B', 'a/z', 'b', 'é'])
  })

  it('names the default files as sha256sum/sha512sum users expect', () => {
    expect(defaultChecksumsFileName('sha256')).toBe('SHA256SUMS')
    expect(defaultChecksumsFileName('sha512')).toBe('SHA512SUMS')
  })
})
