import { describe, expect, test } from '@jest/globals'
import { GPU_CONTAINER_OPTIONS, finish, type SelectPolicy } from './decide.js'
import type { Kind, OnUnavailable } from './inputs.js'
import { cellValue, isRouted, parseMatrix, routeCell, type MatrixCell, type RoutePolicy } from './route-matrix.js'

const T4 = 'ubuntu-20.04-gpu-t4-4c-16g-176h'
const PAID = 'ubuntu-22.04-8c-32g-300h'
const FALLBACK = 'ubuntu-latest'

/** A selection as select makes it: the decision of `finish` for an available or unavailable runner. */
function selection(
  gpuRunner: string[],
  available: boolean,
  kind: Kind = 'gpu',
  onUnavailable: OnUnavailable = 'fallback'
) {
  const policy: SelectPolicy = {
    gpuRunner,
    fallbackRunner: [FALLBACK],
    onUnavailable,
    allowedOwners: [],
    allowForkPullRequests: false,
    runnerType: 'hosted',
    kind
  }
  return finish(policy, { available, reason: available ? 'it is Ready.' : 'none is online.' })
}

const policy = (extra: Partial<RoutePolicy> = {}): RoutePolicy => ({
  gpuRunner: [T4],
  kind: 'gpu',
  fallbackMode: 'cpu-tests',
  runTests: true,
  skipTestsKey: '',
  ...extra
})

const host: MatrixCell = {
  id: 'linux-2025-gcc-release',
  'runs-on': 'ubuntu-24.04',
  container: 'aswf/ci-osl:2025',
  gpu: false,
  'legacy-glibc': false
}
const gpuCell: MatrixCell = { ...host, id: 'linux-2025-gcc-release-gpu', gpu: true }
// OSL's OptiX cell names the T4 label itself; OpenVDB's Linux cells name the paid 8-core one.
const optix: MatrixCell = { ...host, id: 'optix', 'runs-on': T4 }
const paid: MatrixCell = { ...host, id: 'paid', 'runs-on': PAID }

const gpuFound = selection([T4], true)
const gpuMissing = selection([T4], false)
const gpuSkipped = selection([T4], false, 'gpu', 'skip')

type Row = [string, MatrixCell, Partial<RoutePolicy>, Record<string, unknown>]

describe('routeCell: the route, runner, probe and mode of each cell', () => {
  test.each<Row>([
    [
      'a cell nobody routes keeps its runner and runs everything',
      host,
      { selection: gpuMissing, fallbackMode: 'skip' },
      { 'runs-on': 'ubuntu-24.04', 'gpu-route': 'none', 'gpu-probe': 'off', mode: 'full', 'container-options': '' }
    ],
    [
      'a gpu cell that got the GPU runner: its labels, the GPU options, a GPU required',
      gpuCell,
      { selection: gpuFound },
      {
        'runs-on': T4,
        'gpu-route': 'gpu',
        'gpu-probe': 'require',
        mode: 'full',
        'container-options': GPU_CONTAINER_OPTIONS
      }
    ],
    [
      'a gpu cell on the fallback runner runs its CPU tests; the probe decides which',
      gpuCell,
      { selection: gpuMissing },
      { 'runs-on': FALLBACK, 'gpu-route': 'fallback', 'gpu-probe': 'check', mode: 'cpu-tests', 'container-options': '' }
    ],
    [
      'gpu-fallback build-only: no tests, so no probe',
      gpuCell,
      { selection: gpuMissing, fallbackMode: 'build-only' },
      { 'runs-on': FALLBACK, 'gpu-route': 'fallback', 'gpu-probe': 'off', mode: 'build-only' }
    ],
    [
      'on-unavailable skip: the cell is skipped',
      gpuCell,
      { selection: gpuSkipped },
      { 'gpu-route': 'fallback', 'gpu-probe': 'off', mode: 'skip' }
    ],
    [
      'gpu-fallback skip',
      gpuCell,
      { selection: gpuMissing, fallbackMode: 'skip' },
      { 'gpu-route': 'fallback', mode: 'skip' }
    ],
    [
      'no gpu-runner: a gpu cell keeps its own runner, without a known GPU',
      gpuCell,
      { gpuRunner: [], fallbackMode: 'build-only' },
      { 'runs-on': 'ubuntu-24.04', 'gpu-route': 'fallback', 'gpu-probe': 'off', mode: 'build-only' }
    ],
    [
      'runs-on is the gpu-runner label: routed like a gpu cell',
      optix,
      { selection: gpuFound },
      { 'runs-on': T4, 'gpu-route': 'gpu', 'gpu-probe': 'require', mode: 'full' }
    ],
    [
      'runs-on is the gpu-runner label, no GPU runner free',
      optix,
      { selection: gpuMissing, fallbackMode: 'build-only' },
      { 'runs-on': FALLBACK, 'gpu-route': 'fallback', mode: 'build-only' }
    ],
    [
      'no gpu-runner: a runs-on label is only a label',
      optix,
      { gpuRunner: [], fallbackMode: 'skip' },
      { 'runs-on': T4, 'gpu-route': 'none', mode: 'full' }
    ],
    [
      'kind cpu, the paid runner: no GPU, no probe, no GPU options',
      paid,
      { gpuRunner: [PAID], kind: 'cpu', selection: selection([PAID], true, 'cpu') },
      { 'runs-on': PAID, 'gpu-route': 'none', 'gpu-probe': 'off', mode: 'full', 'container-options': '' }
    ],
    [
      'kind cpu, the fallback runner builds and tests the same',
      paid,
      { gpuRunner: [PAID], kind: 'cpu', selection: selection([PAID], false, 'cpu'), fallbackMode: 'build-only' },
      { 'runs-on': FALLBACK, 'gpu-route': 'fallback', 'gpu-probe': 'off', mode: 'full' }
    ],
    [
      'kind cpu, skip',
      paid,
      { gpuRunner: [PAID], kind: 'cpu', selection: selection([PAID], false, 'cpu', 'skip') },
      { 'gpu-route': 'fallback', mode: 'skip' }
    ],
    [
      'kind cpu, another runs-on: not routed',
      host,
      { gpuRunner: [PAID], kind: 'cpu', selection: selection([PAID], false, 'cpu') },
      { 'runs-on': 'ubuntu-24.04', 'gpu-route': 'none', mode: 'full' }
    ],
    [
      'run-tests false: build only, everywhere',
      gpuCell,
      { selection: gpuFound, runTests: false },
      { 'gpu-route': 'gpu', 'gpu-probe': 'require', mode: 'build-only' }
    ]
  ])('%s', (_what, cell, extra, want) => {
    expect(routeCell(cell, policy(extra))).toMatchObject(want)
  })

  test('every key of the cell is kept, free keys included; a list of labels stays a list', () => {
    const cell = { ...gpuCell, fmt_ver: '11.2.0', config: { abi: 13 } }
    const planned = routeCell(
      cell,
      policy({ gpuRunner: ['self-hosted', 'gpu'], selection: selection(['self-hosted', 'gpu'], true) })
    )
    expect(planned).toMatchObject({ fmt_ver: '11.2.0', config: { abi: 13 }, 'runs-on': ['self-hosted', 'gpu'] })
    expect(Object.keys(planned).slice(0, Object.keys(cell).length)).toEqual(Object.keys(cell))
  })

  test('a CY2022-and-older cell runs on the host: no job container, its image and options for docker', () => {
    const legacy = {
      ...gpuCell,
      container: 'aswf/ci-osl:2022-clang14',
      'legacy-glibc': true,
      'container-options': '--privileged'
    }
    expect(routeCell(legacy, policy({ selection: gpuFound }))).toMatchObject({
      container: '',
      image: 'aswf/ci-osl:2022-clang14',
      'container-options': `--privileged ${GPU_CONTAINER_OPTIONS}`
    })
    expect(routeCell({ ...host, container: undefined }, policy())).toMatchObject({ container: '', image: '' })
  })

  test.each([
    [{ skip_tests: 1 }, 'build-only'],
    [{ skip_tests: '1' }, 'build-only'],
    [{ skip_tests: true }, 'build-only'],
    [{ skip_tests: 0 }, 'full'],
    [{ skip_tests: 'false' }, 'full'],
    [{}, 'full']
  ])('cell-skip-tests: %j gives %s', (keys, mode) => {
    expect(routeCell({ ...host, ...keys }, policy({ skipTestsKey: 'skip_tests' })).mode).toBe(mode)
  })

  test('cell-skip-tests reaches nested keys; a skipped cell stays skipped', () => {
    expect(routeCell({ ...host, config: { skip: 1 } }, policy({ skipTestsKey: 'config.skip' })).mode).toBe('build-only')
    expect(
      routeCell({ ...gpuCell, skip_tests: 1 }, policy({ skipTestsKey: 'skip_tests', selection: gpuSkipped })).mode
    ).toBe('skip')
  })
})

describe('isRouted', () => {
  test.each([
    [host, [T4], false],
    [gpuCell, [], true],
    [{ ...host, 'runs-on': T4.toUpperCase() }, [T4], true],
    [{ ...host, 'runs-on': ['gpu', 'self-hosted'] }, ['self-hosted', 'gpu'], true],
    [{ ...host, 'runs-on': ['self-hosted'] }, ['self-hosted', 'gpu'], false],
    [optix, [], false]
  ])('%#', (cell, gpuRunner, routed) => expect(isRouted(cell as MatrixCell, gpuRunner)).toBe(routed))
})

test('cellValue reads dotted keys and nothing inherited', () => {
  expect(cellValue({ a: { b: 2 } }, 'a.b')).toBe(2)
  expect(cellValue({ a: 1 }, 'a.b')).toBeUndefined()
  expect(cellValue({}, 'constructor')).toBeUndefined()
})

describe('parseMatrix', () => {
  test('build-matrix output', () => {
    expect(parseMatrix(JSON.stringify({ include: [host, optix] }))).toEqual([host, optix])
  })
  test.each([
    ['not json', /Input 'matrix'/],
    ['[]', /\{"include": \[cells\]\}/],
    ['{"include": [1]}', /cell 0: not an object/],
    ['{"include": [{"runs-on": "x"}]}', /cell 0: no id/],
    ['{"include": [{"id": "a", "runs-on": []}]}', /a: runs-on must be a label/],
    ['{"include": [{"id": "a", "runs-on": "x", "gpu": "yes"}]}', /a: gpu must be true or false/],
    ['{"include": [{"id": "a", "runs-on": "x", "container": 3}]}', /a: container must be text/],
    [
      JSON.stringify({ include: Array.from({ length: 257 }, (_, i) => ({ ...host, id: `c${i}` })) }),
      /…': .*at most 256/
    ]
  ])('case %#: an input error naming the cell and the problem', (text, message) =>
    expect(() => parseMatrix(text)).toThrow(message)
  )
})
