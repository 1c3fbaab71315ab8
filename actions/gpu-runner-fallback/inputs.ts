/**
 * Every input of gpu-runner-fallback, read and validated here and nowhere else: one error naming the input.
 * The runner environment the select mode depends on (GITHUB_API_URL) is checked here too, so that nothing later
 * has to cope with a value it cannot use.
 */
import { InputError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readChoice, readInt, readSecret, readString } from '../../packages/toolkit/src/inputs.js'
import { FALLBACK_MODES, parseMatrix, type FallbackMode, type MatrixCell } from './route-matrix.js'

export type Mode = 'select' | 'probe'
export type Scope = 'auto' | 'repo' | 'org'
export type OnUnavailable = 'fallback' | 'skip' | 'fail'
/** What gpu-runner names: found out from the API (auto), or declared. */
export type RunnerType = 'auto' | 'hosted' | 'self-hosted'
/** What the primary runner is for: a GPU, or only more CPU (a paid larger runner, as OpenVDB uses). */
export type Kind = 'gpu' | 'cpu'

export interface SelectInputs {
  gpuRunner: string[]
  fallbackRunner: string[]
  onUnavailable: OnUnavailable
  token: string
  scope: Scope
  requireIdle: boolean
  allowedOwners: string[]
  allowForkPullRequests: boolean
  runnerType: RunnerType
  kind: Kind
  /** The `matrix` input and what the plan of its cells needs; absent without a matrix. */
  plan?: PlanInputs
}

export interface PlanInputs {
  cells: MatrixCell[]
  fallbackMode: FallbackMode
  runTests: boolean
  skipTestsKey: string
}

export interface ProbeInputs {
  required: boolean
  minComputeCapability?: string
  minMemoryMb?: number
  gpuTestRegex: string
}

export interface Inputs {
  mode: Mode
  /** One limit for every API request and every nvidia-smi call, so a hang ends in a clear result. */
  timeoutMs: number
  select?: SelectInputs
  probe?: ProbeInputs
}

export function readInputs(): Inputs {
  const mode = readChoice('mode', ['select', 'probe'], 'select')
  const timeoutMs = readInt('timeout-seconds', { fallback: 10, min: 1, max: 600 }) * 1000
  return mode === 'probe'
    ? { mode, timeoutMs, probe: readProbeInputs() }
    : { mode, timeoutMs, select: readSelectInputs() }
}

function readSelectInputs(): SelectInputs {
  const plan = readPlanInputs()
  const gpuRunner = parseRunsOn('gpu-runner', readString('gpu-runner'))
  // With a matrix, no gpu-runner is a plan without a selection: cells keep their runs-on.
  if (gpuRunner.length === 0 && !plan)
    throw new InputError('gpu-runner', '', 'a runner label or a JSON array of labels (or a matrix to plan)')
  const fallback = parseRunsOn('fallback-runner', readString('fallback-runner'))
  const allowedOwnersText = readString('allowed-owners')
  return {
    gpuRunner,
    fallbackRunner: fallback.length > 0 ? fallback : ['ubuntu-latest'],
    onUnavailable: readChoice('on-unavailable', ['fallback', 'skip', 'fail'], 'fallback'),
    token: readSecret('token'),
    scope: readChoice('scope', ['auto', 'repo', 'org'], 'auto'),
    requireIdle: readBoolean('require-idle', false),
    allowedOwners: parseOwners(allowedOwnersText),
    allowForkPullRequests: readBoolean('allow-fork-pull-requests', false),
    runnerType: readChoice('runner-type', ['auto', 'hosted', 'self-hosted'], 'auto'),
    kind: readChoice('kind', ['gpu', 'cpu'], 'gpu'),
    plan
  }
}

/** A cell key as `cell-skip-tests` names it: letters, digits, _ and -, dots for nested keys. */
const CELL_KEY = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/

function readPlanInputs(): PlanInputs | undefined {
  const matrix = readString('matrix')
  if (matrix.trim() === '') return undefined
  return {
    cells: parseMatrix(matrix),
    fallbackMode: readChoice('fallback-mode', FALLBACK_MODES, 'cpu-tests'),
    runTests: readBoolean('run-tests', true),
    skipTestsKey: readString('cell-skip-tests', {
      pattern: {
        regex: CELL_KEY,
        description: 'the name of a cell key (letters, digits, _ and -; dots for nested keys), or empty'
      }
    })
  }
}

function readProbeInputs(): ProbeInputs {
  const minCc = readString('min-compute-capability', {
    pattern: { regex: /^\d+(\.\d+)?$/, description: 'a compute capability such as 7.5 or 8.0' }
  })
  const minMemory = readString('min-memory-mb', { pattern: { regex: /^\d+$/, description: 'a whole number of MiB' } })
  const gpuTestRegex = readString('gpu-test-regex', { fallback: 'gpu|cuda|optix' })
  try {
    new RegExp(gpuTestRegex)
  } catch {
    throw new InputError('gpu-test-regex', gpuTestRegex, 'a regular expression for ctest -E')
  }
  return {
    required: readBoolean('require', false),
    minComputeCapability: minCc || undefined,
    minMemoryMb: minMemory ? Number(minMemory) : undefined,
    gpuTestRegex
  }
}

/** A runner label as GitHub accepts one: printable, no line breaks or control characters, at most 256 characters. */
const LABEL = /^[^\p{Cc}\p{Cf},]{1,256}$/u
const RUNS_ON = 'a runner label or a JSON array of labels, e.g. ["self-hosted", "gpu"]'

/**
 * `runs-on` in its label and label-list forms. The object form (`{"group": …}`) is refused clearly: a runner group
 * cannot be checked for availability the way labels can, and taking it as a label would queue a job for nothing.
 */
export function parseRunsOn(name: string, value: string): string[] {
  if (value === '') return []
  if (value.startsWith('{')) {
    throw new InputError(
      name,
      value,
      `${RUNS_ON}; the runner-group form of runs-on is not supported: name the labels of the group's runners`
    )
  }
  let labels: unknown = [value]
  if (value.startsWith('[')) {
    try {
      labels = JSON.parse(value)
    } catch {
      throw new InputError(name, value, RUNS_ON)
    }
  }
  if (
    !Array.isArray(labels) ||
    labels.length === 0 ||
    !labels.every(l => typeof l === 'string' && LABEL.test(l.trim()))
  )
    throw new InputError(name, value, `${RUNS_ON} (no empty labels, commas or control characters)`)
  return labels.map(label => (label as string).trim())
}

/** An owner login as GitHub allows it. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/

/**
 * allowed-owners: comma or newline separated logins, `#` comments allowed. A value that is not empty but names no
 * owner (`" , "`, `"#org"`) is an error: read as "no list" it would silently switch the owner check off.
 */
export function parseOwners(value: string): string[] {
  if (value.trim() === '') return []
  const owners = value
    .split(/\r?\n/)
    .map(line => line.replace(/#.*$/, ''))
    .flatMap(line => line.split(','))
    .map(owner => owner.trim())
    .filter(owner => owner !== '')
  const accepted = 'GitHub owner logins separated by commas or newlines (e.g. AcademySoftwareFoundation)'
  if (owners.length === 0) throw new InputError('allowed-owners', value, `${accepted}; this value names no owner`)
  const bad = owners.find(owner => !OWNER.test(owner))
  if (bad !== undefined) throw new InputError('allowed-owners', value, `${accepted}; '${bad}' is not a login`)
  return owners
}
