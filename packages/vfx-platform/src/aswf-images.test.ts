/** Image availability and names against vfx-platform-facts.md §2.4 (ci-images of versions.yaml @ e41baee). */
import { describe, expect, test } from '@jest/globals'
import { UserError } from '../../toolkit/src/errors.js'
import {
  aswfClangVariants,
  aswfDefaultClang,
  aswfEnvironment,
  aswfImage,
  aswfImageProjects,
  aswfImageYears,
  aswfLatestTag,
  ciCommonGeneration
} from './aswf-images.js'

const ALL = [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]

test('aswfImageProjects lists every image', () => {
  expect(aswfImageProjects()).toEqual([
    'base',
    'baseqt',
    'common',
    'imath',
    'materialx',
    'ocio',
    'oiio',
    'opencue',
    'openexr',
    'openfx',
    'openrv',
    'openvdb',
    'osl',
    'otio',
    'rawtoaces',
    'usd',
    'vfxall'
  ])
})

describe('aswfImageYears', () => {
  test.each([
    ['base', ALL],
    ['baseqt', ALL],
    ['openexr', ALL],
    ['ocio', ALL],
    ['opencue', ALL],
    ['osl', ALL],
    ['openvdb', ALL],
    ['common', ALL],
    ['usd', ALL.slice(1)],
    ['otio', ALL.slice(1)],
    ['vfxall', ALL.slice(1)],
    ['materialx', [2022, 2023, 2024, 2025, 2026]],
    ['imath', [2023, 2024, 2025, 2026]],
    ['oiio', [2023, 2024, 2025, 2026]],
    ['openfx', [2023, 2024, 2025, 2026]],
    ['rawtoaces', [2023, 2024, 2025, 2026]],
    // 2024.7, 2025.6 and 2026.4 are in versions.yaml but were never released (only aswf/ci-openrv/2024.2 is tagged)
    ['openrv', [2024]],
    ['ci-openexr', ALL],
    ['aswf/ci-osl', ALL]
  ])('%s', (project, years) => expect(aswfImageYears(project)).toEqual(years))
})

describe('aswfClangVariants', () => {
  test.each([
    ['osl', 2018, [7]],
    ['osl', 2019, [6, 7, 8, 9, 10]],
    ['openvdb', 2019, [6, 7, 8, 9]],
    ['vfxall', 2019, [6, 7, 8, 9]],
    ['osl', 2021, [10, 11]],
    ['openvdb', 2021, [10]],
    ['osl', 2022, [10, 11, 12, 13, 14]],
    ['osl', 2023, [14, 15]],
    ['vfxall', 2024, [16, 17]],
    ['osl', 2025, [18, 19]],
    ['openvdb', 2026, [19, 20]],
    ['common', 2019, [6, 7, 8, 9, 10]],
    ['common', 2025, [18, 19]],
    ['openexr', 2025, []],
    ['vfxall', 2018, []],
    ['osl', 2027, []]
  ])('%s %i → %p', (project, year, variants) => expect(aswfClangVariants(project, year)).toEqual(variants))
})

describe('aswfImage', () => {
  test.each([
    ['osl', 2025, { clang: 19 }, 'aswf/ci-osl:2025-clang19'],
    ['osl', 2025, { clang: 'clang18' }, 'aswf/ci-osl:2025-clang18'],
    ['osl', 2025, {}, 'aswf/ci-osl:2025'],
    ['openexr', 2023, { tag: '2023.2' }, 'aswf/ci-openexr:2023.2'],
    ['openexr', 2023, { tag: '2023.3' }, 'aswf/ci-openexr:2023.3'],
    ['openexr', 2026, {}, 'aswf/ci-openexr:2026'],
    ['ci-base', 2020, {}, 'aswf/ci-base:2020'],
    ['vfxall', 2026, { clang: 20, tag: '2026-clang20.4' }, 'aswf/ci-vfxall:2026-clang20.4'],
    ['vfxall', 2026, { clang: 20, tag: '2026.3' }, 'aswf/ci-vfxall:2026-clang20.3'],
    ['osl', 2026, { tag: '2026-clang19.1' }, 'aswf/ci-osl:2026-clang19.1'],
    ['common', 2025, { clang: 19 }, 'aswf/ci-common:5-clang19'],
    ['common', 2026, {}, 'aswf/ci-common:6'],
    ['common', 2018, { tag: '1-clang6.8' }, 'aswf/ci-common:1-clang6.8'],
    ['osl', 2018, { tag: '2018.1' }, 'aswf/ci-osl:2018.1'],
    ['osl', 2018, {}, 'aswf/ci-osl:2018']
  ] as const)('%s %i %p → %s', (project, year, options, image) => {
    expect(aswfImage(project, year, options)).toBe(image)
  })

  test.each([
    ['osl', 2027, {}, /aswf\/ci-osl does not exist for CY2027: it exists for 2018, .*2026/],
    ['openrv', 2023, {}, /aswf\/ci-openrv does not exist for CY2023: it exists for 2024\./],
    ['openrv', 2025, {}, /aswf\/ci-openrv:2025.6 is planned .* but was never released: it exists for 2024\./],
    ['osl', 2018, { tag: '2018.2' }, /no tag '2018.2'/],
    ['osl', 2025, { clang: 17 }, /no clang17 variant for CY2025: its variants are clang18, clang19/],
    ['openexr', 2025, { clang: 19 }, /ci-openexr has no clang variants.*ci-common, ci-openvdb, ci-osl, ci-vfxall/],
    ['openexr', 2023, { tag: '2023.4' }, /no tag '2023.4': the newest is 2023.3/],
    ['openexr', 2023, { tag: '2024.1' }, /no tag '2024.1' for CY2023: its tags are 2023.0 to .3/],
    ['osl', 2026, { tag: '2026.4' }, /exact tags of its clang variants are 2026-clang19.0 to .4, 2026-clang20.0 to .4/],
    ['osl', 2026, { clang: 19, tag: '2026-clang20.4' }, /not the clang19 variant/],
    ['osl', 2025, { clang: 'gcc' }, /'gcc' is not a clang variant/],
    ['nuke', 2025, {}, /no ASWF image 'ci-nuke': known images are ci-base, /]
  ] as const)('%s %i %p is a UserError', (project, year, options, message) => {
    expect(() => aswfImage(project, year, options)).toThrow(UserError)
    expect(() => aswfImage(project, year, options)).toThrow(message)
  })
})

describe('default clang, latest tags, generations', () => {
  test.each([
    ['osl', 2019, 7],
    ['osl', 2022, 10],
    ['openvdb', 2023, 15],
    ['vfxall', 2024, 17],
    ['osl', 2025, 19],
    ['osl', 2026, 20],
    ['common', 2023, 15],
    ['openexr', 2025, undefined],
    // the bare :2018 of ci-osl / ci-openvdb is a one-image build (2018.1 / 2018.5), not the 2018-clang7 variant
    ['osl', 2018, undefined],
    ['openvdb', 2018, undefined]
  ])('bare tag of %s %i is clang%p', (project, year, clang) => expect(aswfDefaultClang(project, year)).toBe(clang))

  test.each([
    ['base', 2024, undefined, '2024.7'],
    ['opencue', 2018, undefined, '2018.10'],
    ['osl', 2022, 12, '2022-clang12.2'],
    ['osl', 2026, undefined, '2026-clang20.4'],
    ['common', 2021, 11, '2-clang11.6'],
    ['osl', 2018, undefined, '2018.1'],
    ['openvdb', 2018, undefined, '2018.5'],
    ['openvdb', 2018, 7, '2018-clang7.8'],
    ['openrv', 2024, undefined, '2024.2']
  ])('latest tag of %s %i clang %p is %s', (project, year, clang, tag) => {
    expect(aswfLatestTag(project, year, clang)).toBe(tag)
  })

  test('years map to ci-common generations', () => {
    expect(ALL.map(ciCommonGeneration)).toEqual(['1', '1', '1', '2', '2', '3', '4', '5', '6'])
    expect(ciCommonGeneration(2027)).toBeUndefined()
  })
})

test('identifying environment variables, old and renamed names, newest first', () => {
  expect(aswfEnvironment.year).toEqual(['ASWF_VFXPLATFORM_VERSION'])
  expect(aswfEnvironment.imageVersion).toEqual(['ASWF_VERSION'])
  expect(aswfEnvironment.packages).toMatchObject({
    python: ['ASWF_CPYTHON_VERSION', 'ASWF_PYTHON_VERSION'],
    onetbb: ['ASWF_ONETBB_VERSION', 'ASWF_TBB_VERSION'],
    openusd: ['ASWF_OPENUSD_VERSION', 'ASWF_USD_VERSION'],
    opentimelineio: ['ASWF_OPENTIMELINEIO_VERSION', 'ASWF_OTIO_VERSION'],
    opencolorio: ['ASWF_OPENCOLORIO_VERSION', 'ASWF_OCIO_VERSION'],
    openimageio: ['ASWF_OPENIMAGEIO_VERSION', 'ASWF_OIIO_VERSION'],
    'c-blosc': ['ASWF_C_BLOSC_VERSION', 'ASWF_BLOSC_VERSION'],
    openexr: ['ASWF_OPENEXR_VERSION'],
    'cxx-standard': ['ASWF_CXX_STANDARD']
  })
})
