// build-matrix: expanding and validating a ~1,000-cell spec (YAML with positions, the schema, the platform table
// and the ASWF images), and the bundle's cold start on a real spec and on an input error, against `node -e 0`.
import { join } from 'node:path'
import { expandMatrix } from '../actions/build-matrix/expand.js'
import { checkSpecShape } from '../actions/build-matrix/spec-schema.js'
import { parseSpecDocument } from '../actions/build-matrix/spec-document.js'
import { type BenchRow, nodeBaselineMs, runnerEnvironment, timeAsync, timeCommand } from './support.js'

/** 9 years × (linux gcc+clang, macos, windows msvc+clang-cl) × 4 build types × 6 C++ standards, less 2 excludes. */
const BIG_SPEC = `
project: openexr
vfx-platform: [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]
os: [linux, macos, windows]
compiler: { linux: [gcc, clang], macos: [apple-clang], windows: [msvc, clang-cl] }
build-type: [Release, Debug, RelWithDebInfo, MinSizeRel]
cxx-standard: [11, 14, 17, 20, 23, 26]
image-tags: { 2023: "2023.2" }
exclude:
  - { os: windows, vfx-platform: 2018, cxx-standard: 11 }
  - { os: macos, vfx-platform: 2018, build-type: MinSizeRel }
include:
  - { name: asan, os: linux, vfx-platform: 2025, compiler: clang, build-type: Debug, env: { SANITIZE: address } }
gpu:
  - { os: linux, vfx-platform: [2025, 2026] }
profiles:
  pr: { vfx-platform: [2026], os: [linux] }
`

const ISSUE_SPEC = BIG_SPEC.replace(/vfx-platform: \[2018[^\]]*\]/, 'vfx-platform: [2024, 2025, 2026]')
  .replace(/build-type: \[[^\]]*\]/, 'build-type: [Release]')
  .replace(/cxx-standard: .*\n/, '')
  .replace(/, clang-cl/, '')

async function expandText(text: string): Promise<number> {
  const document = parseSpecDocument(text)
  const shape = checkSpecShape(document.value)
  if (!shape.spec) throw new Error(JSON.stringify(shape.problems))
  const { cells, problems } = expandMatrix(shape.spec)
  if (problems.some(p => p.severity === 'error')) throw new Error(JSON.stringify(problems))
  return cells.length
}

/** The same, with an include that extends every generated cell: each is then compared with its generated values. */
const EXTEND_ALL = BIG_SPEC.replace('include:\n', 'include:\n  - { name: all, runs-on: big, cc: gcc-13 }\n')

export default async function buildMatrixBench(): Promise<BenchRow[]> {
  const cells = await expandText(BIG_SPEC)
  const expandMs = await timeAsync(() => expandText(BIG_SPEC), 15)
  const extendAllMs = await timeAsync(() => expandText(EXTEND_ALL), 15)

  const { dir, env: runnerEnv } = runnerEnvironment('build-matrix-bench')
  const base = { ...process.env, ...runnerEnv, GITHUB_EVENT_NAME: 'push' }
  const bundle = join(process.cwd(), 'dist', 'build-matrix', 'index.js')
  const baseline = nodeBaselineMs()
  const fullRun = timeCommand(process.execPath, [bundle], { env: { ...base, INPUT_SPEC: ISSUE_SPEC }, cwd: dir })
  const inputError = timeCommand(process.execPath, [bundle], { env: { ...base, 'INPUT_MAX-JOBS': 'many' }, cwd: dir })
  return [
    {
      name: `expand + validate a ${cells}-cell spec (YAML, schema, platform, images)`,
      value: expandMs,
      unit: 'ms',
      goal: '< 50 ms',
      ok: expandMs < 50
    },
    {
      name: `the same with an include extending all ${cells} cells (each compared with its generated values)`,
      value: extendAllMs,
      unit: 'ms',
      goal: '< 100 ms',
      ok: extendAllMs < 100
    },
    { name: 'node -e 0 (baseline)', value: baseline, unit: 'ms' },
    { name: 'cold start, a 14-cell spec via INPUT_SPEC', value: fullRun, unit: 'ms' },
    {
      name: 'cold start, a 14-cell spec, over node -e 0',
      value: fullRun - baseline,
      unit: 'ms',
      goal: '<= +200 ms',
      ok: fullRun - baseline <= 200
    },
    { name: 'cold start, input error', value: inputError, unit: 'ms' },
    {
      name: 'cold start, input error, over node -e 0',
      value: inputError - baseline,
      unit: 'ms',
      goal: '<= +200 ms',
      ok: inputError - baseline <= 200
    }
  ]
}
