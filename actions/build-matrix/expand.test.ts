import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { expandMatrix } from './expand.js'
import { checkSpecShape } from './spec-schema.js'
import type { MatrixSpec } from './spec-types.js'

/** The spec of the issue, exactly as written there. */
const ISSUE_SPEC = `
project: openexr
vfx-platform: [2024, 2025, 2026]
os: [linux, macos, windows]
compiler:
  linux: [gcc, clang]
  macos: [apple-clang]
  windows: [msvc]
build-type: [Release]
runners: { linux: ubuntu-24.04, macos: macos-14, windows: windows-2022 }
image-tags: { 2023: "2023.2" }
exclude:
  - { os: windows, vfx-platform: 2024 }
include:
  - { name: asan, os: linux, vfx-platform: 2025, compiler: clang, build-type: Debug, env: { SANITIZE: address } }
gpu:
  - { os: linux, vfx-platform: 2025 }
profiles:
  pr: { vfx-platform: [2026], os: [linux] }
`

function spec(yaml: string): MatrixSpec {
  const shape = checkSpecShape(parse(yaml))
  expect(shape.problems).toEqual([])
  return shape.spec!
}

const expand = (yaml: string, profile?: string) => expandMatrix(spec(yaml), { profile })
const errors = (yaml: string) =>
  expand(yaml)
    .problems.filter(p => p.severity === 'error')
    .map(p => ({ path: p.path, message: p.message }))

describe('expandMatrix: the spec of the issue', () => {
  const result = expand(ISSUE_SPEC)
  it('is the product minus the exclude plus the include, in a stable order', () => {
    expect(result.cells.map(c => c.id)).toEqual([
      'linux-2024-gcc-release',
      'linux-2024-clang-release',
      'linux-2025-gcc-release',
      'linux-2025-clang-release',
      'linux-2026-gcc-release',
      'linux-2026-clang-release',
      'macos-2024-apple-clang-release',
      'macos-2025-apple-clang-release',
      'macos-2026-apple-clang-release',
      'windows-2025-msvc-release',
      'windows-2026-msvc-release',
      'linux-2025-clang-debug-asan'
    ])
    expect(result.excluded).toBe(1)
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
  })
  it('fills every cell from the platform year and the ASWF images', () => {
    const byId = Object.fromEntries(result.cells.map(c => [c.id, c]))
    expect(byId['linux-2026-clang-release']).toEqual({
      id: 'linux-2026-clang-release',
      name: 'Linux CY2026 clang Release',
      os: 'linux',
      'runs-on': 'ubuntu-24.04',
      container: 'aswf/ci-openexr:2026',
      'vfx-platform': 2026,
      compiler: 'clang',
      cc: 'clang',
      cxx: 'clang++',
      'cxx-standard': 20,
      'python-version': '3.13',
      'build-type': 'Release',
      'cmake-generator': 'Ninja',
      'cmake-args': [],
      'ctest-args': [],
      gpu: false,
      'legacy-glibc': false,
      env: {}
    })
    expect(byId['macos-2025-apple-clang-release']).toMatchObject({
      container: '',
      'cxx-standard': 17,
      'python-version': '3.11',
      // never added silently: only with macos-deployment-target
      env: {}
    })
    expect(byId['windows-2026-msvc-release']).toMatchObject({ cc: 'cl', 'cmake-generator': 'Visual Studio 17 2022' })
    expect(byId['linux-2025-clang-debug-asan']).toMatchObject({
      name: 'asan: Linux CY2025 clang Debug (GPU)',
      'build-type': 'Debug',
      env: { SANITIZE: 'address' },
      gpu: true
    })
  })
  it('marks GPU cells by pattern', () => {
    expect(result.cells.filter(c => c.gpu).map(c => c.id)).toEqual([
      'linux-2025-gcc-release',
      'linux-2025-clang-release',
      'linux-2025-clang-debug-asan'
    ])
  })
  it('warns about the pin of a year that is not in the matrix', () => {
    expect(result.problems).toEqual([
      { path: ['image-tags', '2023'], message: expect.stringContaining('unused'), severity: 'warning' }
    ])
  })
  it('the pr profile keeps only its subset (and the includes inside it)', () => {
    expect(expand(ISSUE_SPEC, 'pr').cells.map(c => c.id)).toEqual([
      'linux-2026-gcc-release',
      'linux-2026-clang-release'
    ])
  })
})

describe('expandMatrix: axes, defaults and matching', () => {
  it.each([
    ['a single year, everything else defaulted', 'vfx-platform: 2025', ['linux-2025-gcc-release']],
    ['CY and latest spellings, duplicates collapse', 'vfx-platform: [CY2025, 2025]', ['linux-2025-gcc-release']],
    [
      'a plain compiler list goes to the OSes that know each name',
      'vfx-platform: 2026\nos: [linux, windows]\ncompiler: [gcc, msvc, clang-cl]',
      ['linux-2026-gcc-release', 'windows-2026-msvc-release', 'windows-2026-clang-cl-release']
    ],
    [
      'a C++ standard axis is part of the id',
      'vfx-platform: 2025\ncxx-standard: [17, 20]',
      ['linux-2025-gcc-release-cxx17', 'linux-2025-gcc-release-cxx20']
    ],
    [
      'exclude with a list matches any of its values, case-insensitively for build types',
      'vfx-platform: [2024, 2025, 2026]\nbuild-type: [Release, Debug]\nexclude: [{ vfx-platform: [2024, CY2025], build-type: debug }]',
      ['linux-2024-gcc-release', 'linux-2025-gcc-release', 'linux-2026-gcc-release', 'linux-2026-gcc-debug']
    ],
    [
      'an include naming no axis extends every cell (GitHub): no new cell; its name names them',
      'vfx-platform: [2026, 2025]\ninclude: [{ name: docs, docs: true }]',
      ['linux-2026-gcc-release-docs', 'linux-2025-gcc-release-docs']
    ],
    [
      'an include without a name extends every cell: ids unchanged',
      'vfx-platform: [2026, 2025]\ninclude: [{ docs: true }]',
      ['linux-2026-gcc-release', 'linux-2025-gcc-release']
    ],
    [
      'an include matching no cell creates one; missing values are the defaults',
      'vfx-platform: [2026, 2025]\ninclude: [{ name: docs, build-type: Debug, vfx-platform: 2024 }]',
      ['linux-2026-gcc-release', 'linux-2025-gcc-release', 'linux-2024-gcc-debug-docs']
    ],
    [
      'an include identical to a product cell is a duplicate, removed',
      'vfx-platform: 2025\ninclude: [{ os: linux, compiler: gcc }]',
      ['linux-2025-gcc-release']
    ]
  ])('%s', (_title, yaml, ids) => {
    const result = expand(yaml)
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
    expect(result.cells.map(c => c.id)).toEqual(ids)
  })

  it('passes extra include keys through after the fixed ones', () => {
    const [cell] = expand('vfx-platform: 2025\ninclude: [{ name: docs, docs: true, extra: { a: 1 } }]').cells
    expect(Object.keys(cell!).slice(-3)).toEqual(['env', 'docs', 'extra'])
    expect(cell).toMatchObject({ docs: true, extra: { a: 1 } })
  })

  it('uses the gpu runner for GPU cells and the include runs-on over everything', () => {
    const cells = expand(
      'vfx-platform: [2025, 2026]\nrunners: { gpu: [self-hosted, gpu] }\ngpu: [{ vfx-platform: 2025 }]\n' +
        'include: [{ name: big, vfx-platform: 2026, runs-on: big-box }]'
    ).cells
    expect(cells.map(c => c['runs-on'])).toEqual([['self-hosted', 'gpu'], 'big-box'])
  })

  it('warns about an exclude or gpu pattern that matches nothing', () => {
    const result = expand('vfx-platform: 2025\nexclude: [{ os: windows }]\ngpu: [{ compiler: clang }]')
    expect(result.problems).toEqual([
      { path: ['exclude', 0], message: 'this exclude matches no cell', severity: 'warning' },
      { path: ['gpu', 0], message: 'this gpu pattern matches no cell', severity: 'warning' }
    ])
  })

  it('a profile can leave the includes out', () => {
    const yaml =
      'vfx-platform: 2025\ninclude: [{ name: x, vfx-platform: 2026 }]\nprofiles: { quick: { include: false } }'
    expect(expand(yaml, 'quick').cells.map(c => c.id)).toEqual(['linux-2025-gcc-release'])
    expect(expand(yaml).cells).toHaveLength(2)
  })
})

describe('expandMatrix: ASWF images', () => {
  it.each([
    ['osl bare clang → the bare year tag', 'project: osl\nvfx-platform: 2025\ncompiler: [clang]', 'aswf/ci-osl:2025'],
    ['osl clang18 → the variant', 'project: osl\nvfx-platform: 2025\ncompiler: [clang-18]', 'aswf/ci-osl:2025-clang18'],
    [
      'openvdb clang19 on 2026',
      'project: openvdb\nvfx-platform: 2026\ncompiler: [clang19]',
      'aswf/ci-openvdb:2026-clang19'
    ],
    [
      'vfxall clang17 on 2024',
      'project: vfxall\nvfx-platform: 2024\ncompiler: [clang17]',
      'aswf/ci-vfxall:2024-clang17'
    ],
    [
      'a per-year pin',
      'project: openexr\nvfx-platform: 2023\nimage-tags: { 2023: "2023.2" }',
      'aswf/ci-openexr:2023.2'
    ],
    [
      'a pin of a clang variant',
      'project: osl\nvfx-platform: 2025\ncompiler: [clang19]\nimage-tags: { CY2025: "2025-clang19.3" }',
      'aswf/ci-osl:2025-clang19.3'
    ],
    ['no project: on the runner itself', 'vfx-platform: 2025', '']
  ])('%s', (_title, yaml, container) => {
    const result = expand(yaml)
    expect(result.problems).toEqual([])
    expect(result.cells[0]!.container).toBe(container)
  })

  it('flags a legacy-glibc container year (CentOS 7 images cannot start node24 actions)', () => {
    const cells = expand('project: openexr\nvfx-platform: [2022, 2023]').cells
    expect(cells.map(c => [c.id, c['legacy-glibc']])).toEqual([
      ['linux-2022-gcc-release', true],
      ['linux-2023-gcc-release', false]
    ])
    expect(expand('vfx-platform: 2022').cells[0]!['legacy-glibc']).toBe(false)
  })
})

describe('expandMatrix: every validation error names the spec location', () => {
  it.each([
    ['an unknown year', 'vfx-platform: [2025, 2017]', ['vfx-platform', 1], /2017/],
    [
      'an image that does not exist for a year',
      'project: imath\nvfx-platform: [2022, 2023]',
      ['vfx-platform', 0],
      /ci-imath does not exist for CY2022/
    ],
    ['an unknown project', 'project: nosuch\nvfx-platform: 2025', ['project'], /no ASWF image 'ci-nosuch'/],
    [
      'an unknown compiler for an OS',
      'vfx-platform: 2025\nos: [linux, macos]\ncompiler: { macos: [msvc] }',
      ['compiler', 'macos', 0],
      /'msvc' is not a compiler for macos/
    ],
    [
      'a compiler no listed OS knows',
      'vfx-platform: 2025\ncompiler: [gcc, icc]',
      ['compiler', 1],
      /'icc' is not a compiler of linux/
    ],
    [
      'an OS left without a compiler',
      'vfx-platform: 2025\nos: [linux, windows]\ncompiler: [gcc]',
      ['compiler'],
      /no compiler listed for windows/
    ],
    [
      'a clang variant of a one-image project',
      'project: openexr\nvfx-platform: 2025\ncompiler: [clang19]',
      ['compiler', 0],
      /no clang variants/
    ],
    [
      'a clang variant the year lacks',
      'project: osl\nvfx-platform: 2025\ncompiler: [clang20]',
      ['compiler', 0],
      /no clang20 variant for CY2025/
    ],
    [
      'a pin that does not exist',
      'project: openexr\nvfx-platform: 2025\nimage-tags: { 2025: "2025.99" }',
      ['image-tags', '2025'],
      /2025\.99/
    ],
    [
      'an unknown year in an exclude',
      'vfx-platform: 2025\nexclude: [{ vfx-platform: 1990 }]',
      ['exclude', 0, 'vfx-platform'],
      /1990/
    ],
    [
      'an unknown compiler in an include',
      'vfx-platform: 2025\ninclude: [{ os: windows, compiler: gcc }]',
      ['include', 0, 'compiler'],
      /'gcc' is not a compiler for windows/
    ],
    [
      'two different cells with one id',
      'vfx-platform: 2025\ninclude: [{ name: a, vfx-platform: 2026, env: { X: 1 } }, { name: a, vfx-platform: 2026, env: { X: 2 } }]',
      ['include', 1],
      /already used/
    ]
  ])('%s', (_title, yaml, path, message) => {
    const found = errors(yaml)
    expect(found).toContainEqual({ path, message: expect.stringMatching(message) })
  })
})

describe('include as GitHub does it', () => {
  it('extends matching cells without overwriting an axis value; only a non-matching entry creates a cell', () => {
    const result = expand(
      'vfx-platform: [2025, 2026]\ncompiler: [gcc, clang]\ninclude:\n' +
        '  - { vfx-platform: 2026, docs: true }\n' +
        '  - { compiler: clang, vfx-platform: 2026, build-type: Debug }\n' +
        '  - { name: icx, compiler: icx, vfx-platform: 2025 }'
    )
    expect(result.cells.map(c => [c.id, c.docs ?? null, c['build-type']])).toEqual([
      ['linux-2025-gcc-release', null, 'Release'],
      ['linux-2025-clang-release', null, 'Release'],
      ['linux-2026-gcc-release', true, 'Release'],
      // build-type is no axis of this spec: the entry adds it, as GitHub adds a non-axis key, and the id follows
      ['linux-2026-clang-debug', true, 'Debug'],
      // the name says nothing the values do not: no '-icx' twice
      ['linux-2025-icx-release', null, 'Release']
    ])
  })
  it('a list for an axis in an include is one entry per value', () => {
    const cells = expand('vfx-platform: [2024, 2025, 2026]\ninclude: [{ vfx-platform: [2025, 2026], fast: 1 }]').cells
    expect(cells.map(c => c.fast ?? 0)).toEqual([0, 1, 1])
  })
  it('later includes overwrite keys added by earlier ones; env merges and null removes a variable', () => {
    const [cell] = expand(
      'vfx-platform: 2025\nenv: { A: 1, B: 2 }\ninclude: [{ x: 1, env: { C: 3 } }, { x: 2, env: { A: null } }]'
    ).cells
    expect(cell).toMatchObject({ x: 2, env: { B: '2', C: '3' } })
  })
})

describe('overrides, cells without a year, host Linux', () => {
  it('any container, cc/cxx for an unknown compiler, python-version, runs-on, cmake-args and ctest-args', () => {
    const [cell] = expand(
      'include: [{ container: "aswf/ci-osl:2023-clang15.2", compiler: nvc, cc: nvc, cxx: nvc++, python-version: "3.12",\n' +
        '  runs-on: [self-hosted, big], cmake-args: [-DA=1, "-DB=two words"], ctest-args: -j4 --output-on-failure }]'
    ).cells
    expect(cell).toMatchObject({
      container: 'aswf/ci-osl:2023-clang15.2',
      'vfx-platform': null,
      compiler: 'nvc',
      cc: 'nvc',
      cxx: 'nvc++',
      'python-version': '3.12',
      'runs-on': ['self-hosted', 'big'],
      'cmake-args': ['-DA=1', '-DB=two words'],
      'ctest-args': ['-j4', '--output-on-failure']
    })
  })
  it('an ASWF tag of a year the table does not know is a notice, not an error', () => {
    const result = expand('include: [{ container: "aswf/ci-oiio:2031" }]')
    expect(result.problems).toEqual([
      { path: ['include', 0, 'container'], message: expect.stringContaining('CY2031'), severity: 'notice' }
    ])
  })
  it('macOS and Windows cells follow a Python axis without a year; no MACOSX_DEPLOYMENT_TARGET unless asked', () => {
    const cells = expand("os: [macos, windows]\npython-version: ['3.10', '3.13']").cells
    expect(cells.map(c => [c.id, c['python-version'], c['vfx-platform'], c.env])).toEqual([
      ['macos-apple-clang-release-py3.10', '3.10', null, {}],
      ['macos-apple-clang-release-py3.13', '3.13', null, {}],
      ['windows-msvc-release-py3.10', '3.10', null, {}],
      ['windows-msvc-release-py3.13', '3.13', null, {}]
    ])
    const asked = expand('os: macos\nvfx-platform: 2025\nmacos-deployment-target: platform').cells[0]!
    expect(asked.env).toEqual({ MACOSX_DEPLOYMENT_TARGET: '12.0' })
  })
  it('host Linux cells on the Ubuntu runners with versioned gcc/clang commands', () => {
    const cells = expand(
      'compiler: [gcc-9, clang-11, gcc-14]\ninclude: [{ compiler: gcc-14, runs-on: ubuntu-24.04-arm }, { compiler: [gcc-9, clang-11], runs-on: ubuntu-22.04 }]'
    ).cells
    expect(cells.map(c => [c.id, c.cc, c.cxx, c['runs-on'], c.container])).toEqual([
      ['linux-gcc-9-release', 'gcc-9', 'g++-9', 'ubuntu-22.04', ''],
      ['linux-clang11-release', 'clang-11', 'clang++-11', 'ubuntu-22.04', ''],
      ['linux-gcc-14-release', 'gcc-14', 'g++-14', 'ubuntu-24.04-arm', '']
    ])
  })
})

describe('the HPC backend axis', () => {
  it('maps each backend to its node type, compiler and variables', () => {
    const result = expand(
      'os: linux\nbackend: [serial, openmp, cuda, hip, sycl]\nrunners: { gpu: [self-hosted, nvidia], hip: [self-hosted, amd] }'
    )
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
    expect(result.cells.map(c => [c.id, c['runs-on'], c.gpu, c.cxx, c.backend, c.env.BACKEND])).toEqual([
      ['linux-gcc-release-serial', 'ubuntu-24.04', false, 'g++', 'serial', 'serial'],
      ['linux-gcc-release-openmp', 'ubuntu-24.04', false, 'g++', 'openmp', 'openmp'],
      ['linux-gcc-release-cuda', ['self-hosted', 'nvidia'], true, 'g++', 'cuda', 'cuda'],
      ['linux-gcc-release-hip', ['self-hosted', 'amd'], true, 'g++', 'hip', 'hip'],
      ['linux-icx-release-sycl', 'ubuntu-24.04', false, 'icpx', 'sycl', 'sycl']
    ])
    expect(result.cells[2]!.env).toMatchObject({ CUDACXX: 'nvcc' })
  })
  it('an unknown backend is refused at its value, naming the accepted ones and how to declare one', () => {
    expect(checkSpecShape(parse('backend: [serial, opencl]')).problems).toEqual([])
    expect(errors('backend: [serial, opencl]\nbackends: { threads: {} }')).toEqual([
      {
        path: ['backend', 1],
        message:
          "'opencl' is not a backend (accepted: serial, openmp, cuda, hip, sycl, threads; declare a backend of the project's own under 'backends')"
      }
    ])
  })
  it('cells without backends have no backend key (existing matrices unchanged)', () => {
    expect(Object.keys(expand('vfx-platform: 2025').cells[0]!)).not.toContain('backend')
  })
  it.each([
    ['hip without its node type', 'backend: hip', ['backend'], /backend hip needs its node type: set runners\.hip/],
    [
      'cuda on macOS',
      'os: macos\nbackend: cuda\nrunners: { gpu: g }',
      ['backend'],
      /backend cuda runs on linux, windows, not macos/
    ],
    [
      'openmp with Apple clang',
      'os: macos\nbackend: openmp',
      ['backend'],
      /cannot be built with apple-clang \(accepted: gcc, clang, icx, msvc, clang-cl/
    ],
    [
      'sycl with gcc named',
      'compiler: [gcc]\nbackend: sycl',
      ['backend'],
      /backend sycl cannot be built with gcc \(accepted: icx/
    ]
  ])('%s is an error at the backend value', (_title, yaml, path, message) => {
    expect(errors(yaml)).toContainEqual({ path, message: expect.stringMatching(message) })
  })
  it('is matched by exclude, include and profiles like any axis', () => {
    const cells = expand(
      'compiler: [gcc, clang]\nbackend: [serial, openmp]\nexclude: [{ compiler: clang, backend: serial }]\n' +
        'include: [{ backend: openmp, env: { OMP_NUM_THREADS: 4 } }]\nprofiles: { quick: { backend: serial } }'
    ).cells
    expect(cells.map(c => [c.id, c.env.OMP_NUM_THREADS ?? null])).toEqual([
      ['linux-gcc-release-serial', null],
      ['linux-gcc-release-openmp', '4'],
      ['linux-clang-release-openmp', '4']
    ])
  })
})
