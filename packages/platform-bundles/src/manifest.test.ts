import { describe, expect, it } from '@jest/globals'
import { resolveBundleUrl, selectBundle, validateManifest, type BundleEntry } from './manifest.js'
import { targetPlatform } from './platform.js'

const sha = 'a'.repeat(64)
const bundle = (over: Partial<BundleEntry>): BundleEntry => ({
  year: 2024,
  os: 'linux',
  arch: 'x64',
  libc: 'glibc2.28',
  url: 'b.tar.gz',
  sha256: sha,
  size: 10,
  versions: { openexr: '3.2.9' },
  ...over
})

describe('validateManifest', () => {
  it('accepts a valid manifest', () => {
    const data = { schema: 1, bundles: [bundle({}), bundle({ os: 'windows', libc: undefined })] }
    expect(validateManifest(data, 'm.json').bundles).toHaveLength(2)
  })

  it.each([
    [[], /not a JSON object/],
    [{ schema: 2, bundles: [] }, /schema must be 1/],
    [{ schema: 1 }, /bundles must be an array/],
    [{ schema: 1, bundles: [bundle({ sha256: 'XYZ' })] }, /bundles\[0\]\.sha256/],
    [{ schema: 1, bundles: [bundle({ libc: undefined })] }, /libc is required for Linux/],
    [{ schema: 1, bundles: [bundle({ os: 'solaris' as never })] }, /os must be one of/],
    [{ schema: 1, bundles: [bundle({ size: -1 })] }, /size must be a positive/],
    [{ schema: 1, bundles: [bundle({ libDirs: ['../etc'] })] }, /libDirs must be relative/],
    [{ schema: 1, bundles: [bundle({ pythonRoot: '/usr' })] }, /pythonRoot must be a relative/],
    [{ schema: 1, toolMirror: 'ftp://x', bundles: [] }, /toolMirror must be an http/]
  ])('rejects %j', (data, message) => {
    expect(() => validateManifest(data, 'm.json')).toThrow(message)
  })

  it('reports every problem at once', () => {
    expect(() => validateManifest({ schema: 1, bundles: [bundle({ sha256: '', size: 0 })] }, 'm.json')).toThrow(
      /sha256.*; bundles\[0\]\.size/
    )
  })
})

describe('selectBundle', () => {
  const manifest = {
    schema: 1,
    bundles: [
      bundle({ libc: 'glibc2.28', url: 'old.tar.gz' }),
      bundle({ libc: 'glibc2.34', url: 'new.tar.gz' }),
      bundle({ libc: 'glibc2.40', url: 'future.tar.gz' }),
      bundle({ os: 'macos', arch: 'arm64', libc: undefined, url: 'mac.tar.gz' }),
      bundle({ year: 2025, url: '2025.tar.gz' })
    ]
  }

  it('picks the newest libc the runner can run', () => {
    expect(selectBundle(manifest, 2024, targetPlatform('Linux', 'X64', 'glibc2.36'), 'm').url).toBe('new.tar.gz')
    expect(selectBundle(manifest, 2024, targetPlatform('Linux', 'X64', 'glibc2.28'), 'm').url).toBe('old.tar.gz')
    expect(selectBundle(manifest, 2024, targetPlatform('macOS', 'ARM64', ''), 'm').url).toBe('mac.tar.gz')
  })

  it('fails for an unknown year or OS and lists what exists', () => {
    expect(() => selectBundle(manifest, 2023, targetPlatform('Linux', 'X64', 'glibc2.36'), 'm')).toThrow(
      /no bundle for CY2023 linux-x64-glibc2.36 .*it has: CY2024 linux-x64-glibc2.28, CY2024 linux-x64-glibc2.34, CY2024 linux-x64-glibc2.40, CY2024 macos-arm64, CY2025 linux-x64-glibc2.28/
    )
    expect(() => selectBundle(manifest, 2024, targetPlatform('Windows', 'X64', ''), 'm')).toThrow(
      /no bundle for CY2024 windows-x64;/
    )
    expect(() => selectBundle(manifest, 2024, targetPlatform('Linux', 'X64', 'glibc2.17'), 'm')).toThrow(
      /or an older glibc/
    )
  })
})

describe('resolveBundleUrl', () => {
  it.each([
    [
      'b.tar.gz',
      'https://h/r/releases/download/v1.2.3/platform-bundles.json',
      'https://h/r/releases/download/v1.2.3/b.tar.gz'
    ],
    ['https://mirror/x.tar.gz', 'https://h/m.json', 'https://mirror/x.tar.gz'],
    ['b.tar.gz', '/srv/bundles/m.json', 'file:///srv/bundles/b.tar.gz']
  ])('%s against %s', (url, base, expected) => {
    expect(resolveBundleUrl(url, base)).toBe(expected)
  })
})
