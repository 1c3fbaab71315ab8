import { describe, expect, it } from '@jest/globals'
import { vcpkgManifest, vcpkgVersion } from './vcpkg.js'

const baseline = '0123456789abcdef0123456789abcdef01234567'

describe('vcpkgVersion', () => {
  it.each([
    ['3.1.12', '3.1.12'],
    ['3.1.x', '3.1.0'],
    ['3_4_4', '3.4.4'],
    ['2021', '2021.0.0'],
    ['2020_u3', undefined],
    ['system', undefined]
  ])('%s -> %s', (input, expected) => {
    expect(vcpkgVersion(input)).toBe(expected)
  })
})

describe('vcpkgManifest', () => {
  const cy2024 = {
    year: 2024,
    platform: { openexr: '3.2.x', imath: '3.1.x', boost: '1.82' },
    aswf: { openexr: '3.2.9', imath: '3.1.12' }
  }

  it('pins each port to the ASWF version, else the platform series', () => {
    expect(vcpkgManifest(cy2024, ['openexr', 'imath', 'boost'], baseline)).toEqual({
      name: 'vfx-platform-cy2024',
      version: '2024',
      'builtin-baseline': baseline,
      dependencies: ['boost', 'imath', 'openexr'],
      overrides: [
        { name: 'boost', version: '1.82.0' },
        { name: 'imath', version: '3.1.12' },
        { name: 'openexr', version: '3.2.9' }
      ]
    })
  })

  it('rejects unknown components, missing versions and a non-commit baseline', () => {
    expect(() => vcpkgManifest(cy2024, ['qt'], baseline)).toThrow(/No vcpkg port is known for 'qt'/)
    expect(() => vcpkgManifest(cy2024, ['openvdb'], baseline)).toThrow(/CY2024 pins no usable version for openvdb/)
    expect(() => vcpkgManifest(cy2024, ['openexr'], 'master')).toThrow(/full commit sha/)
  })
})
