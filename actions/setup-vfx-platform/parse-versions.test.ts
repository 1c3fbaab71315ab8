import { describe, expect, test } from '@jest/globals'
import {
  definedParts,
  firstVersion,
  newestWindowsSdk,
  parseBoostVersionHeader,
  parseClangVersion,
  parseCmakePackageVersion,
  parseOpenSubdivHeader,
  parseOsRelease,
  parsePkgConfigVersion,
  parseUsdHeader
} from './parse-versions.js'

describe('tool output', () => {
  test.each([
    ['cmake version 3.25.1\n\nCMake suite maintained…', '3.25.1'],
    ['1.11.1\n', '1.11.1'],
    ['12.2.0\n', '12.2.0'],
    ['no version here', undefined]
  ])('firstVersion(%p) = %p', (text, version) => expect(firstVersion(text)).toBe(version))

  test.each([
    [
      'Apple clang version 15.0.0 (clang-1500.3.9.4)\nTarget: arm64-apple-darwin23.6.0',
      { version: '15.0.0', apple: true }
    ],
    ['Debian clang version 14.0.6\nTarget: x86_64-pc-linux-gnu', { version: '14.0.6', apple: false }],
    ['clang version 19.1.7 (https://github.com/llvm/llvm-project)', { version: '19.1.7', apple: false }],
    ['gcc (Debian 12.2.0-14) 12.2.0', undefined]
  ])('parseClangVersion(%p)', (text, parsed) => expect(parseClangVersion(text)).toEqual(parsed))
})

describe('files', () => {
  test.each([
    ['set(PACKAGE_VERSION "3.1.5")\nif(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION)', '3.1.5'],
    ['set(PACKAGE_VERSION 6.4.2)', '6.4.2'],
    ['  set( PACKAGE_VERSION "2021.8.0" )', '2021.8.0'],
    ['set(PACKAGE_VERSION "${PACKAGE_VERSION} (${installedBits}bit)")', undefined]
  ])('CMake version file %p → %p', (text, version) => expect(parseCmakePackageVersion(text)).toBe(version))

  test('pkg-config', () => {
    expect(parsePkgConfigVersion('prefix=/usr\nName: OpenEXR\nVersion: 3.1.5\nLibs: -lOpenEXR')).toBe('3.1.5')
    expect(parsePkgConfigVersion('Name: x\nVersion: ${foo}')).toBeUndefined()
  })

  test('headers', () => {
    expect(
      definedParts('#define TBB_VERSION_MAJOR 2021\n#define TBB_VERSION_MINOR 8\n', [
        'TBB_VERSION_MAJOR',
        'TBB_VERSION_MINOR'
      ])
    ).toBe('2021.8')
    expect(definedParts('#define TBB_VERSION_MAJOR 2021\n', ['TBB_VERSION_MAJOR', 'TBB_VERSION_MINOR'])).toBeUndefined()
    expect(parseBoostVersionHeader('#define BOOST_VERSION 107400\n#define BOOST_LIB_VERSION "1_74"')).toBe('1.74.0')
    expect(parseBoostVersionHeader('#define BOOST_VERSION 108500')).toBe('1.85.0')
    expect(parseOpenSubdivHeader('#define OPENSUBDIV_VERSION v3_5_0\n')).toBe('3.5.0')
    expect(
      parseUsdHeader('#define PXR_MAJOR_VERSION 0\n#define PXR_MINOR_VERSION 25\n#define PXR_PATCH_VERSION 5\n')
    ).toBe('25.05')
  })

  test('os-release', () => {
    expect(parseOsRelease('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n')).toEqual({
      id: 'debian',
      versionId: '12',
      prettyName: 'Debian GNU/Linux 12 (bookworm)'
    })
    expect(parseOsRelease('NAME="Rocky Linux"\nID="rocky"\nVERSION_ID="8.10"')).toEqual({
      id: 'rocky',
      versionId: '8.10',
      prettyName: 'Rocky Linux'
    })
  })

  test('newest Windows SDK by numeric order, not text order', () => {
    expect(newestWindowsSdk(['10.0.19041.0', '10.0.22621.0', '10.0.9200.0', 'wdf'])).toBe('10.0.22621.0')
    expect(newestWindowsSdk([])).toBeUndefined()
  })
})
