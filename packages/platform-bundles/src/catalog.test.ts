import { describe, expect, it } from '@jest/globals'
import { isSha256 } from '../../toolkit/src/hash.js'
import archives from '../data/tool-archives.json' with { type: 'json' }
import { catalogVersions, toolArchive } from './catalog.js'
import { targetPlatform } from './platform.js'

const linux = targetPlatform('Linux', 'X64', 'glibc2.36')

describe('toolArchive', () => {
  it('gives the official URL and the recorded checksum', () => {
    expect(toolArchive('cmake', '3.22.0', linux)).toMatchObject({
      url: 'https://github.com/Kitware/CMake/releases/download/v3.22.0/cmake-3.22.0-linux-x86_64.tar.gz',
      sha256: 'dc73115520d13bb64202383d3df52bc3d6bbb8422ecc5b2c05f803491cb215b0'
    })
    expect(toolArchive('ninja', '1.13.2', targetPlatform('Windows', 'ARM64', '')).url).toBe(
      'https://github.com/ninja-build/ninja/releases/download/v1.13.2/ninja-winarm64.zip'
    )
  })

  it('fails clearly where no checksum is recorded, naming the gap', () => {
    expect(() => toolArchive('cmake', '3.31.11', linux)).toThrow(
      /No verified checksum recorded for cmake 3.31.11 on linux-x64.*recorded platforms: none/
    )
    expect(() => toolArchive('ninja', '1.10.1', targetPlatform('Linux', 'ARM64', 'glibc2.36'))).toThrow(
      /recorded platforms: linux-x64, macos-x64, windows-x64/
    )
  })

  it('never substitutes another version', () => {
    expect(() => toolArchive('cmake', '3.22.1', linux)).toThrow(/no cmake 3.22.1; it lists 3.9.4/)
  })

  it('covers every CMake and Ninja version the ASWF images pin', () => {
    expect(catalogVersions('cmake')).toEqual(
      expect.arrayContaining(['3.9.4', '3.12.4', '3.18.4', '3.19.3', '3.22.0', '3.31.11', '4.0.6'])
    )
    expect(catalogVersions('ninja')).toEqual(expect.arrayContaining(['1.10.1', '1.11.0', '1.13.2']))
  })

  it('records a source for every checksum and a reason for every gap', () => {
    for (const tool of ['cmake', 'ninja'] as const) {
      for (const [version, entry] of Object.entries(archives[tool].versions) as [
        string,
        { source?: string; gap?: string; archives: Record<string, { sha256: string; file: string }> }
      ][]) {
        const values = Object.values(entry.archives)
        if (values.length)
          expect({ version, source: entry.source }).toEqual({ version, source: expect.stringMatching(/\w/) })
        else expect({ version, gap: entry.gap }).toEqual({ version, gap: expect.stringMatching(/\w/) })
        for (const archive of values) expect(isSha256(archive.sha256)).toBe(true)
      }
    }
  })
})
