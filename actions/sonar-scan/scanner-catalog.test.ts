import { describe, expect, it } from '@jest/globals'
import { resolveScannerDownload, scannerCatalog, scannerPlatform, type ScannerCatalog } from './scanner-catalog.js'

const catalog: ScannerCatalog = {
  defaultVersion: '2.0.0.1',
  baseUrl: 'https://binaries.example/scanner',
  versions: {
    '2.0.0.1': {
      'linux-x64': { sha256: 'a'.repeat(64), source: 'test' },
      'windows-x64': { sha256: null, source: 'none' }
    }
  }
}

describe('scannerPlatform', () => {
  it.each([
    ['Linux', 'X64', 'linux-x64'],
    ['Linux', 'ARM64', 'linux-aarch64'],
    ['Windows', 'X64', 'windows-x64'],
    ['macOS', 'X64', 'macosx-x64'],
    ['macOS', 'ARM64', 'macosx-aarch64'],
    ['Windows', 'ARM64', undefined],
    ['Linux', 'ARM', undefined]
  ])('%s %s -> %s', (os, arch, platform) => {
    expect(scannerPlatform(os, arch)).toBe(platform)
  })
})

describe('resolveScannerDownload', () => {
  it('uses the pinned checksum and the official host', () => {
    expect(resolveScannerDownload({ version: '2.0.0.1', os: 'Linux', arch: 'X64' }, catalog)).toEqual({
      version: '2.0.0.1',
      platform: 'linux-x64',
      fileName: 'sonar-scanner-cli-2.0.0.1-linux-x64.zip',
      url: 'https://binaries.example/scanner/sonar-scanner-cli-2.0.0.1-linux-x64.zip',
      sha256: 'a'.repeat(64),
      checksumSource: 'catalog'
    })
  })

  it('downloads from a mirror but still verifies against the pin', () => {
    const d = resolveScannerDownload(
      { version: '2.0.0.1', os: 'Linux', arch: 'X64', mirror: 'http://127.0.0.1:1/m/' },
      catalog
    )
    expect(d.url).toBe('http://127.0.0.1:1/m/sonar-scanner-cli-2.0.0.1-linux-x64.zip')
    expect(d.sha256).toBe('a'.repeat(64))
  })

  it('takes the user checksum for an unpinned platform or version', () => {
    const d = resolveScannerDownload(
      { version: '2.0.0.1', os: 'Windows', arch: 'X64', sha256: 'B'.repeat(64) },
      catalog
    )
    expect(d).toMatchObject({ sha256: 'b'.repeat(64), checksumSource: 'input', platform: 'windows-x64' })
    expect(
      resolveScannerDownload({ version: '9.0.0.1', os: 'Linux', arch: 'X64', sha256: 'c'.repeat(64) }, catalog).sha256
    ).toBe('c'.repeat(64))
  })

  it.each([
    [
      { version: '2.0.0.1', os: 'Windows', arch: 'X64' },
      /No sha256 is pinned for sonar-scanner-cli 2.0.0.1 on windows-x64 \(no version is pinned for windows-x64 yet\)/
    ],
    [{ version: '9.0.0.1', os: 'Linux', arch: 'X64' }, /pinned for linux-x64: 2.0.0.1/],
    [{ version: '2.0.0.1', os: 'Linux', arch: 'X64', sha256: 'b'.repeat(64) }, /differs from the checksum pinned/],
    [{ version: '2.0.0.1', os: 'Linux', arch: 'X64', sha256: 'xyz' }, /64 hexadecimal/],
    [{ version: '2.0.0.1', os: 'Windows', arch: 'ARM64' }, /not published for Windows\/ARM64/]
  ])('refuses %j', (request, message) => {
    expect(() => resolveScannerDownload(request, catalog)).toThrow(message)
  })

  it('the shipped catalog pins its default version for linux-x64 with well-formed checksums', () => {
    expect(scannerCatalog.versions[scannerCatalog.defaultVersion]?.['linux-x64']?.sha256).toMatch(/^[0-9a-f]{64}$/)
    for (const platforms of Object.values(scannerCatalog.versions)) {
      for (const entry of Object.values(platforms))
        expect(entry.sha256 === null || /^[0-9a-f]{64}$/.test(entry.sha256)).toBe(true)
    }
  })
})
