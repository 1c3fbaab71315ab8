import { describe, expect, it } from '@jest/globals'
import { installedVersions, parseComponents, planInstall } from './plan.js'
import { targetPlatform } from './platform.js'

const linux = targetPlatform('Linux', 'X64', 'glibc2.36')
const manifest = {
  location: 'https://example.test/rel/platform-bundles.json',
  data: {
    schema: 1,
    toolMirror: undefined as string | undefined,
    bundles: [
      {
        year: 2022,
        os: 'linux' as const,
        arch: 'x64' as const,
        libc: 'glibc2.28',
        url: 'cy2022.tar.zst',
        sha256: 'b'.repeat(64),
        size: 5,
        versions: { openexr: '3.1.5', imath: '3.1.6' }
      }
    ]
  }
}

describe('parseComponents', () => {
  it.each([
    [[], []],
    [
      ['libraries', 'cmake'],
      ['cmake', 'libraries']
    ],
    [['Ninja', 'ninja'], ['ninja']]
  ])('%j -> %j', (input, expected) => {
    expect(parseComponents(input)).toEqual(expected)
  })

  it('names the unknown items', () => {
    expect(() => parseComponents(['cmake', 'qt'])).toThrow(/Input 'install'.*unknown: qt/)
  })
})

describe('planInstall', () => {
  const versions = { cmake: '3.22.0', ninja: '1.11.0' }

  it('plans every component with URL, checksum, tool-cache id and key', () => {
    const plan = planInstall({
      year: 2022,
      components: ['cmake', 'ninja', 'libraries'],
      platform: linux,
      versions,
      manifest
    })
    expect(plan.items.map(i => [i.component, i.url])).toEqual([
      ['cmake', 'https://github.com/Kitware/CMake/releases/download/v3.22.0/cmake-3.22.0-linux-x86_64.tar.gz'],
      ['ninja', 'https://github.com/ninja-build/ninja/releases/download/v1.11.0/ninja-linux.zip'],
      ['libraries', 'https://example.test/rel/cy2022.tar.zst']
    ])
    expect(plan.toolId).toEqual({ tool: 'vfx-platform', version: '2022', arch: 'x64-linux-glibc2.36' })
    expect(plan.cacheKey).toMatch(/^v1-vfx-platform-2022-x64-linux-glibc2\.36-cmake\+ninja\+libraries-[0-9a-f]{16}$/)
    expect(installedVersions(plan.items)).toEqual({
      cmake: '3.22.0',
      ninja: '1.11.0',
      openexr: '3.1.5',
      imath: '3.1.6'
    })
  })

  it('changes the cache key when a bundle checksum changes', () => {
    const a = planInstall({ year: 2022, components: ['libraries'], platform: linux, versions, manifest })
    const changed = {
      ...manifest,
      data: { ...manifest.data, bundles: [{ ...manifest.data.bundles[0]!, sha256: 'c'.repeat(64) }] }
    }
    const b = planInstall({ year: 2022, components: ['libraries'], platform: linux, versions, manifest: changed })
    expect(a.cacheKey).not.toBe(b.cacheKey)
  })

  it('fetches tools from the manifest mirror, still with the catalog checksum', () => {
    const mirrored = { ...manifest, data: { ...manifest.data, toolMirror: 'http://127.0.0.1:9/tools' } }
    const [item] = planInstall({
      year: 2022,
      components: ['ninja'],
      platform: linux,
      versions,
      manifest: mirrored
    }).items
    expect(item).toMatchObject({
      url: 'http://127.0.0.1:9/tools/ninja-linux.zip',
      sha256: '9726e730d5b8599f82654dc80265e64a10a8a817552c34153361ed0c017f9f02'
    })
  })

  it('fails where the year pins nothing or the manifest is missing', () => {
    expect(() => planInstall({ year: 2027, components: ['cmake'], platform: linux, versions: {} })).toThrow(
      /CY2027 pins no cmake/
    )
    expect(() => planInstall({ year: 2022, components: ['libraries'], platform: linux, versions })).toThrow(
      /needs a bundle manifest/
    )
  })
})
