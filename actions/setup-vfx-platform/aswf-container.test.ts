import { expect, test } from '@jest/globals'
import { detectAswfContainer } from './aswf-container.js'

test.each([
  [{}, undefined],
  [{ PATH: '/usr/bin' }, undefined],
  // 2022 image: old names only, no ASWF_CXX_STANDARD
  [
    {
      ASWF_VFXPLATFORM_VERSION: '2022',
      ASWF_VERSION: '2022.4',
      ASWF_PYTHON_VERSION: '3.9.15',
      ASWF_TBB_VERSION: '2020.3',
      ASWF_OCIO_VERSION: '2.1.1',
      ASWF_USD_VERSION: '22.11'
    },
    {
      year: 2022,
      imageVersion: '2022.4',
      packages: {
        python: { version: '3.9.15', variable: 'ASWF_PYTHON_VERSION' },
        onetbb: { version: '2020.3', variable: 'ASWF_TBB_VERSION' },
        opencolorio: { version: '2.1.1', variable: 'ASWF_OCIO_VERSION' },
        openusd: { version: '22.11', variable: 'ASWF_USD_VERSION' }
      },
      oldNames: ['ASWF_PYTHON_VERSION', 'ASWF_TBB_VERSION', 'ASWF_USD_VERSION', 'ASWF_OCIO_VERSION']
    }
  ],
  // 2026 image: renamed variables win over stale old ones
  [
    {
      ASWF_VFXPLATFORM_VERSION: '2026',
      ASWF_VERSION: '2026-clang20.4',
      ASWF_CPYTHON_VERSION: '3.13.3',
      ASWF_PYTHON_VERSION: '',
      ASWF_OPENIMAGEIO_VERSION: '3.1.13.1',
      ASWF_CXX_STANDARD: '20'
    },
    {
      year: 2026,
      imageVersion: '2026-clang20.4',
      packages: {
        python: { version: '3.13.3', variable: 'ASWF_CPYTHON_VERSION' },
        openimageio: { version: '3.1.13.1', variable: 'ASWF_OPENIMAGEIO_VERSION' },
        'cxx-standard': { version: '20', variable: 'ASWF_CXX_STANDARD' }
      },
      oldNames: []
    }
  ],
  // ci-common: no year variable, a generation version
  [
    { ASWF_VERSION: '6-clang20.4', ASWF_CMAKE_VERSION: '4.0.6' },
    {
      year: undefined,
      imageVersion: '6-clang20.4',
      packages: { cmake: { version: '4.0.6', variable: 'ASWF_CMAKE_VERSION' } },
      oldNames: []
    }
  ],
  // only ASWF_VERSION of a year image: the year comes from it
  [{ ASWF_VERSION: '2024.7' }, { year: 2024, imageVersion: '2024.7', packages: {}, oldNames: [] }]
])('%p', (env, expected) => {
  const result = detectAswfContainer(env)
  if (expected === undefined) return expect(result).toBeUndefined()
  expect(result).toEqual({ ...expected, oldNames: expect.arrayContaining(expected.oldNames) })
  expect(result?.oldNames).toHaveLength(expected.oldNames.length)
})
