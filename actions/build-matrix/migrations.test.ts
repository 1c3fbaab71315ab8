// What the migrations of MaterialX, OpenTimelineIO, openfx and Kokkos found build-matrix lacking: ids that follow
// every value naming a cell, CentOS 7 images named in an include, `vfx-platform: null`, includes that change many
// cells said aloud, containers as an axis, the project's own backends, and ids that do not say a thing twice.
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { expandMatrix } from './expand.js'
import { planMatrix } from './pipeline.js'
import { checkSpecShape } from './spec-schema.js'
import type { MatrixSpec } from './spec-types.js'

function spec(yaml: string): MatrixSpec {
  const shape = checkSpecShape(parse(yaml))
  expect(shape.problems).toEqual([])
  return shape.spec!
}
const expand = (yaml: string) => expandMatrix(spec(yaml))
const ids = (yaml: string) => expand(yaml).cells.map(c => c.id)
const notices = (yaml: string) =>
  expand(yaml)
    .problems.filter(p => p.severity === 'notice')
    .map(p => ({ path: p.path, message: p.message }))
const errors = (yaml: string) => expand(yaml).problems.filter(p => p.severity === 'error')
const plan = (yaml: string) =>
  planMatrix({ source: { text: yaml, label: 'spec' }, profile: 'full', eventName: 'push', maxJobs: 256 })

// build-matrix/README.md's OSL example, as it was: the asan include names no build-type axis value of the spec.
const OSL = `project: osl
vfx-platform: [2024, 2025, 2026]
compiler: [gcc, clang, clang18]
exclude:
  - { compiler: clang18, vfx-platform: [2024, 2026] }
image-tags: { 2024: "2024-clang17.7" }
include:
  - { name: asan, vfx-platform: 2025, compiler: clang, build-type: Debug, env: { SANITIZE: address } }
`

describe("a cell's id follows every value that names it", () => {
  it('an include that switches build-type to Debug does not keep -release (the OSL asan case), and says so', () => {
    const result = expand(OSL)
    expect(result.cells).toHaveLength(7)
    const asan = result.cells.find(c => c.env.SANITIZE === 'address')!
    expect(asan).toMatchObject({ id: 'linux-2025-clang-debug-asan', 'build-type': 'Debug' })
    expect(result.cells.filter(c => c['build-type'] === 'Debug' && c.id.includes('release'))).toEqual([])
    expect(notices(OSL)).toEqual([
      {
        path: ['include', 0],
        message:
          'this include changes the build-type (Release → Debug) of the generated cell linux-2025-clang-release ' +
          "(now linux-2025-clang-debug-asan): build-type is not an axis of the spec, so the include adds its value to the cells its axis values match, as GitHub's include does. " +
          'To add a cell of its own instead, list the value the generated cells have at the top (build-type: [Release])'
      }
    ])
  })

  it('with the value listed at the top, the same include adds a cell: 8 cells, the Release one kept, no notice', () => {
    const withAxis = `${OSL}build-type: [Release]\n`
    expect(ids(withAxis)).toHaveLength(8)
    expect(ids(withAxis)).toEqual(expect.arrayContaining(['linux-2025-clang-release', 'linux-2025-clang-debug-asan']))
    expect(notices(withAxis)).toEqual([])
  })

  it.each([
    ['cxx-standard', 'cxx-standard: 20', 'cxx20'],
    ['python-version', "python-version: '3.12'", 'py3.12']
  ])('%s: the same suffix whether the include created or extended the cell', (_key, value, suffix) => {
    const cells = expand(
      `vfx-platform: [2025, 2026]\ninclude:\n  - { vfx-platform: 2025, ${value} }\n  - { vfx-platform: 2024, ${value} }`
    ).cells
    expect(cells.map(c => c.id)).toEqual([
      `linux-2025-gcc-release-${suffix}`,
      'linux-2026-gcc-release',
      `linux-2024-gcc-release-${suffix}`
    ])
  })

  it('an include whose values name nothing new leaves ids alone', () => {
    expect(ids('vfx-platform: [2025, 2026]\ninclude: [{ vfx-platform: 2026, docs: true }]')).toEqual([
      'linux-2025-gcc-release',
      'linux-2026-gcc-release'
    ])
  })
})

describe('an include container that is a CentOS 7 image is a legacy cell, as the year through project: is', () => {
  it.each([
    ['aswf/ci-base:2021', true],
    ['aswf/ci-osl:2022-clang14', true],
    ['docker.io/aswf/ci-vfxall:2019.2', true],
    ['aswf/ci-osl:2023-clang15.2', false],
    ['ubuntu:22.04', false],
    ['', false]
  ])('%p: legacy-glibc %p', (container, legacy) => {
    const [cell] = expand(`include: [{ name: c, container: "${container}" }]`).cells
    expect(cell!['legacy-glibc']).toBe(legacy)
  })

  it('with the same notice as a year given through project:', () => {
    const viaProject = plan('project: osl\nvfx-platform: 2021\n').warnings
    const viaInclude = plan('include: [{ name: old, container: "aswf/ci-base:2021" }]').warnings
    expect(viaInclude).toEqual(viaProject)
    expect(viaInclude).toEqual([expect.stringMatching(/^CY2021 Linux cells run in a CentOS 7 \(glibc 2\.17\) image/)])
  })
})

describe('vfx-platform: null, at the top and in an include, as the README says', () => {
  it('at the top: cells without a year, exactly as leaving the key out', () => {
    const yaml = "os: [macos, windows]\npython-version: ['3.12']\n"
    expect(expand(`vfx-platform: null\n${yaml}`).cells).toEqual(expand(yaml).cells)
    expect(expand(`vfx-platform: null\n${yaml}`).problems).toEqual([])
  })

  it('in an include of a spec with years: a cell of its own without a year', () => {
    const result = expand("vfx-platform: [2025]\ninclude: [{ vfx-platform: null, python-version: '3.11' }]")
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
    expect(result.cells.map(c => [c.id, c['vfx-platform'], c['cxx-standard']])).toEqual([
      ['linux-2025-gcc-release', 2025, 17],
      ['linux-gcc-release-py3.11', null, 17]
    ])
  })

  it('in an include of a spec without years', () => {
    expect(ids("python-version: ['3.11']\ninclude: [{ vfx-platform: null, python-version: '3.12' }]")).toEqual([
      'linux-gcc-release-py3.11',
      'linux-gcc-release-py3.12'
    ])
  })
})

describe('an include that changes derived values of several generated cells says so', () => {
  it('a named include meant as a cell of its own turns four ASWF cells into host cells: one notice naming them', () => {
    const yaml =
      'project: osl\nvfx-platform: [2024, 2025]\ncompiler: [gcc, clang]\ninclude: [{ name: docs, container: "" }]'
    expect(expand(yaml).cells.every(c => c.container === '')).toBe(true)
    expect(notices(yaml)).toEqual([
      {
        path: ['include', 0],
        message:
          'this include changes the container of 4 generated cells (linux-2024-gcc-release-docs, linux-2024-clang-release-docs, ' +
          'linux-2025-gcc-release-docs, linux-2025-clang-release-docs): an include extends every generated cell its axis values ' +
          'match; to add a cell of its own instead, give it an axis value no generated cell has'
      }
    ])
  })

  it('runs-on and compiler commands too; one cell changed is an override, not a notice', () => {
    const several = 'vfx-platform: [2024, 2025]\ninclude: [{ runs-on: big, cc: gcc-13, cxx: g++-13 }]'
    expect(notices(several)).toEqual([
      {
        path: ['include', 0],
        message: expect.stringMatching(/^this include changes the runs-on, cc, cxx of 2 generated cells/)
      }
    ])
    expect(
      notices('project: osl\nvfx-platform: [2024, 2025]\ninclude: [{ vfx-platform: 2025, container: "" }]')
    ).toEqual([])
  })

  it('an unnamed include that picks cells by an axis value does what it says: no notice', () => {
    const yaml =
      'compiler: [gcc-12, clang-17]\nbackend: [serial, cuda]\n' +
      'runners: { cuda: gpu }\ninclude: [{ backend: cuda, container: "nvcr.io/nvidia/cuda:12.6.3-devel-ubuntu24.04" }]'
    expect(expand(yaml).cells.filter(c => c.container !== '')).toHaveLength(2)
    expect(notices(yaml)).toEqual([])
    expect(notices(yaml.replace('{ backend: cuda,', '{ name: cuda, backend: cuda,'))).toEqual([
      {
        path: ['include', 0],
        message: expect.stringMatching(/^this include changes the container, cc, cxx of 2 generated cells/)
      }
    ])
  })

  it('a compiler switched in one cell renames it: a notice', () => {
    expect(notices('vfx-platform: [2024, 2025]\ninclude: [{ vfx-platform: 2025, compiler: clang }]')).toEqual([
      {
        path: ['include', 0],
        message: expect.stringContaining(
          'changes the compiler (gcc → clang) of the generated cell linux-2025-gcc-release (now linux-2025-clang-release)'
        )
      }
    ])
  })
})

describe('containers (distributions) as an axis', () => {
  const KOKKOS = `container: [ghcr.io/kokkos/ci-containers/fedora:latest, ghcr.io/kokkos/ci-containers/ubuntu:latest]
compiler: [gcc, clang]
build-type: [Release, Debug]
`
  it('distro × compiler × build type: 8 cells from three lines, each in its image, named by it', () => {
    const cells = expand(KOKKOS).cells
    expect(cells.map(c => [c.id, c.container, c.cxx])).toEqual([
      ['linux-fedora-latest-gcc-release', 'ghcr.io/kokkos/ci-containers/fedora:latest', 'g++'],
      ['linux-fedora-latest-gcc-debug', 'ghcr.io/kokkos/ci-containers/fedora:latest', 'g++'],
      ['linux-fedora-latest-clang-release', 'ghcr.io/kokkos/ci-containers/fedora:latest', 'clang++'],
      ['linux-fedora-latest-clang-debug', 'ghcr.io/kokkos/ci-containers/fedora:latest', 'clang++'],
      ['linux-ubuntu-latest-gcc-release', 'ghcr.io/kokkos/ci-containers/ubuntu:latest', 'g++'],
      ['linux-ubuntu-latest-gcc-debug', 'ghcr.io/kokkos/ci-containers/ubuntu:latest', 'g++'],
      ['linux-ubuntu-latest-clang-release', 'ghcr.io/kokkos/ci-containers/ubuntu:latest', 'clang++'],
      ['linux-ubuntu-latest-clang-debug', 'ghcr.io/kokkos/ci-containers/ubuntu:latest', 'clang++']
    ])
    expect(cells[0]!.name).toBe('Linux fedora:latest gcc Release')
  })

  it('only Linux cells multiply; exclude, include and profiles match a container', () => {
    const result = expand(
      'container: [ghcr.io/kokkos/ci-containers/fedora:latest, ghcr.io/kokkos/ci-containers/ubuntu:latest]\n' +
        'build-type: [Release, Debug]\nos: [linux, macos]\ncompiler: { linux: [gcc], macos: [apple-clang] }\n' +
        'exclude: [{ container: ghcr.io/kokkos/ci-containers/fedora:latest, build-type: Debug }]\n' +
        'include: [{ container: ghcr.io/kokkos/ci-containers/ubuntu:intel, compiler: icx }]'
    )
    expect(result.cells.map(c => c.id)).toEqual([
      'linux-fedora-latest-gcc-release',
      'linux-ubuntu-latest-gcc-release',
      'linux-ubuntu-latest-gcc-debug',
      'macos-apple-clang-release',
      'macos-apple-clang-debug',
      'linux-ubuntu-intel-icx-release'
    ])
    expect(result.problems.filter(p => p.severity !== 'notice')).toEqual([])
    const pr = expandMatrix(
      spec(`${KOKKOS}profiles: { pr: { container: ghcr.io/kokkos/ci-containers/ubuntu:latest, build-type: Release } }`),
      { profile: 'pr' }
    )
    expect(pr.cells.map(c => c.id)).toEqual(['linux-ubuntu-latest-gcc-release', 'linux-ubuntu-latest-clang-release'])
  })

  it('a CentOS 7 image in the axis is a legacy cell; a container on macOS is refused', () => {
    expect(expand('container: [aswf/ci-base:2022, aswf/ci-base:2024]').cells.map(c => c['legacy-glibc'])).toEqual([
      true,
      false
    ])
    expect(errors('os: macos\ninclude: [{ container: ubuntu:24.04 }]').map(p => p.message)).toEqual([
      expect.stringContaining('a container runs only in Linux cells')
    ])
  })
})

describe("the project's own backends, with their CMake options", () => {
  const KOKKOS = `backend: [serial, openmp, threads, hpx]
backends:
  serial: { cmake-args: -DKokkos_ENABLE_SERIAL=ON }
  openmp: { cmake-args: -DKokkos_ENABLE_OPENMP=ON }
  threads: { cmake-args: -DKokkos_ENABLE_THREADS=ON }
  HPX: { cmake-args: [-DKokkos_ENABLE_HPX=ON], env: { HPX_HANDLE_FAILED_NEW: 0 } }
cmake-args: -DKokkos_ENABLE_TESTS=ON
`
  it('threads and hpx are backends like the built-in ones: each cell gets its options after its own', () => {
    const cells = expand(KOKKOS).cells
    expect(cells.map(c => [c.id, c['cmake-args'], c.env])).toEqual([
      ['linux-gcc-release-serial', ['-DKokkos_ENABLE_TESTS=ON', '-DKokkos_ENABLE_SERIAL=ON'], { BACKEND: 'serial' }],
      [
        'linux-gcc-release-openmp',
        ['-DKokkos_ENABLE_TESTS=ON', '-DKokkos_ENABLE_OPENMP=ON'],
        { BACKEND: 'openmp', OMP_NUM_THREADS: '2' }
      ],
      ['linux-gcc-release-threads', ['-DKokkos_ENABLE_TESTS=ON', '-DKokkos_ENABLE_THREADS=ON'], { BACKEND: 'threads' }],
      [
        'linux-gcc-release-hpx',
        ['-DKokkos_ENABLE_TESTS=ON', '-DKokkos_ENABLE_HPX=ON'],
        { BACKEND: 'hpx', HPX_HANDLE_FAILED_NEW: '0' }
      ]
    ])
    expect(cells.every(c => c.gpu === false)).toBe(true)
  })

  it('an include keeps the backend options when it replaces the cell arguments; OPENMP matches openmp', () => {
    const [cell] = expand(`${KOKKOS}include: [{ backend: OPENMP, cmake-args: -DX=1 }]`).cells.filter(
      c => c.backend === 'openmp'
    )
    expect(cell!['cmake-args']).toEqual(['-DX=1', '-DKokkos_ENABLE_OPENMP=ON'])
  })

  it('a GPU backend of its own takes runners.gpu or its own runs-on; its OSes and compilers are checked', () => {
    const cells = expand(
      'backend: [sycl-gpu, vk]\nbackends:\n  sycl-gpu: { gpu: true, compilers: icx }\n  vk: { gpu: true, runs-on: [self-hosted, vulkan] }\n' +
        'runners: { gpu: [self-hosted, gpu] }\ncompiler: [icx]'
    ).cells
    expect(cells.map(c => [c.id, c['runs-on'], c.gpu])).toEqual([
      ['linux-icx-release-sycl-gpu', ['self-hosted', 'gpu'], true],
      ['linux-icx-release-vk', ['self-hosted', 'vulkan'], true]
    ])
    expect(
      errors('backend: hpx\ncompiler: [clang]\nbackends: { hpx: { compilers: [gcc] } }').map(p => p.message)
    ).toEqual(['backend hpx cannot be built with clang (accepted: gcc; exclude the others)'])
    expect(errors('os: windows\nbackend: hpx\nbackends: { hpx: { os: linux } }').map(p => p.message)).toEqual([
      'backend hpx runs on linux, not windows (exclude { os: windows, backend: hpx })'
    ])
  })

  it('a name given twice in another case is an error at the second', () => {
    expect(errors('backend: serial\nbackends: { hpx: {}, HPX: {} }').map(p => [p.path, p.message])).toEqual([
      [['backends', 'HPX'], "'HPX' is the backend 'hpx' again (names ignore case)"]
    ])
  })
})

describe('ids and names that do not say a thing twice', () => {
  // MaterialX's main.yml names (AcademySoftwareFoundation/MaterialX@4177b2cb), kept by its migration.
  const MATERIALX = `include:
  - { name: Linux_GCC_10_Python39, compiler: gcc-10, python-version: '3.9', runs-on: ubuntu-22.04 }
  - { name: Linux_GCC_CoverageAnalysis, compiler: gcc, runs-on: ubuntu-24.04 }
  - { name: Linux_Clang_13_Python39, compiler: clang-13, python-version: '3.9', runs-on: ubuntu-22.04 }
  - { name: MacOS_Xcode_15_Python311, os: macos, python-version: '3.11', runs-on: macos-14 }
  - { name: Windows_VS2022_Win32_Python39, os: windows, python-version: '3.9' }
`
  it('the name adds only the words the values do not say', () => {
    expect(expand(MATERIALX).cells.map(c => [c.id, c.name])).toEqual([
      ['linux-gcc-10-release-py3.9', 'Linux_GCC_10_Python39: Release'],
      ['linux-gcc-release-coverageanalysis', 'Linux_GCC_CoverageAnalysis: Release'],
      ['linux-clang13-release-py3.9', 'Linux_Clang_13_Python39: Release'],
      ['macos-apple-clang-release-py3.11-xcode-15', 'MacOS_Xcode_15_Python311: apple-clang Release'],
      ['windows-msvc-release-py3.9-vs2022-win32', 'Windows_VS2022_Win32_Python39: msvc Release']
    ])
  })

  it('a name that says something else is kept whole', () => {
    expect(
      expand('vfx-platform: 2025\ninclude: [{ name: asan, vfx-platform: 2026, compiler: clang }]').cells[1]
    ).toMatchObject({
      id: 'linux-2026-clang-release-asan',
      name: 'asan: Linux CY2026 clang Release'
    })
  })
})
