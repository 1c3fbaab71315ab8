/**
 * The plan of each cell of a build matrix, pure: which cells go through the runner selection, and for each cell the
 * final `runs-on`, job `container` and its options, the `image`, the GPU route, the GPU probe and what the cell runs
 * (its `mode`). This is the one place the rule is written (ADR 0051): select's `matrix` input runs it, vfx-plan.yml
 * outputs its result, and build jobs only read the keys it adds.
 */
import { InputError } from '../../packages/toolkit/src/errors.js'
import { GPU_CONTAINER_OPTIONS, type SelectResult } from './decide.js'
import type { Kind } from './inputs.js'

/** `gpu`: on the GPU runner; `fallback`: a cell that wanted it and did not get it; `none`: not routed (or kind cpu's primary runner, which has no GPU). */
export type GpuRoute = 'gpu' | 'fallback' | 'none'
/** What a cell runs: everything, the tests except the GPU ones, the build only, or nothing. */
export type CellMode = 'full' | 'cpu-tests' | 'build-only' | 'skip'
/** `require`: a usable GPU must be there (the cell got the GPU runner); `check`: the probe decides which tests run; `off`: no probe. */
export type GpuProbe = 'require' | 'check' | 'off'
/** What a GPU cell runs when it does not get the GPU runner. */
export type FallbackMode = 'cpu-tests' | 'build-only' | 'skip'
export const FALLBACK_MODES: readonly FallbackMode[] = ['cpu-tests', 'build-only', 'skip']

export interface RoutePolicy {
  /** gpu-runner's labels; empty when no runner is selected. */
  gpuRunner: readonly string[]
  kind: Kind
  /** The selection, when one was made (a gpu-runner and at least one routed cell). */
  selection?: SelectResult
  fallbackMode: FallbackMode
  /** False: no cell runs its tests. */
  runTests: boolean
  /** A cell key (dots reach nested keys); a cell where it is 1 or true builds without its tests. */
  skipTestsKey: string
}

/** A cell as build-matrix writes it; only the keys the plan reads are typed. */
export interface MatrixCell extends Record<string, unknown> {
  id: string
  'runs-on': string | string[]
  container?: string
  gpu?: boolean
  'legacy-glibc'?: boolean
  'container-options'?: string
}

/** The keys the plan adds or makes final, after every key of the cell. */
export interface PlannedKeys {
  'runs-on': string | string[]
  container: string
  'container-options': string
  image: string
  'gpu-route': GpuRoute
  'gpu-probe': GpuProbe
  mode: CellMode
}
export type PlannedCell = MatrixCell & PlannedKeys

/** GitHub compares runner labels without regard to case; a label list is a set (all of them must match). */
function labelSet(value: string | readonly string[]): string {
  const labels = typeof value === 'string' ? [value] : [...value]
  return [...new Set(labels.map(label => label.trim().toLowerCase()))].sort().join('\n')
}

/**
 * Whether a cell goes through the runner selection: the spec marks it `gpu`, or its `runs-on` is gpu-runner itself
 * (OSL's OptiX cell names the T4 label, OpenVDB's Linux cells the paid 8-core one).
 */
export function isRouted(cell: MatrixCell, gpuRunner: readonly string[]): boolean {
  if (cell.gpu === true) return true
  return gpuRunner.length > 0 && labelSet(cell['runs-on']) === labelSet(gpuRunner)
}

/** `config.abi` → cell.config.abi; undefined when any part is missing. */
export function cellValue(cell: Record<string, unknown>, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined
    return Object.hasOwn(node, part) ? (node as Record<string, unknown>)[part] : undefined
  }, cell)
}

const skipsTests = (value: unknown) => value === 1 || value === true || value === '1' || value === 'true'

export function routeCell(cell: MatrixCell, policy: RoutePolicy): PlannedCell {
  const own = typeof cell['container-options'] === 'string' ? cell['container-options'].trim() : ''
  const image = typeof cell.container === 'string' ? cell.container : ''
  let runsOn = cell['runs-on']
  let route: GpuRoute = 'none'
  let mode: CellMode = 'full'
  let gpuOptions = false
  if (isRouted(cell, policy.gpuRunner)) {
    const decision = policy.selection?.decision
    if (decision !== undefined) runsOn = runsOnValue(policy.selection!.runsOn)
    if (decision === 'gpu') {
      route = 'gpu'
      gpuOptions = true
    } else if (decision === 'primary') {
      // kind cpu: a larger runner without a GPU, nothing GPU about the cell.
      route = 'none'
    } else {
      // fallback, skip, or no selection at all (no gpu-runner): the cell runs without a known GPU.
      route = 'fallback'
      if (decision === 'skip') mode = 'skip'
      else if (policy.kind === 'gpu') mode = policy.fallbackMode
    }
  }
  if ((mode === 'full' || mode === 'cpu-tests') && !testsWanted(cell, policy)) mode = 'build-only'
  const probe: GpuProbe =
    policy.kind !== 'gpu' || mode === 'skip'
      ? 'off'
      : route === 'gpu'
        ? 'require'
        : route === 'fallback' && mode === 'cpu-tests'
          ? 'check'
          : 'off'
  return {
    ...cell,
    'runs-on': runsOn,
    // CY2022-and-older (CentOS 7) cells run on the host: node24 actions cannot start in their image, which the
    // build runs through `docker run` instead (`image`).
    container: cell['legacy-glibc'] === true ? '' : image,
    'container-options': [own, gpuOptions ? GPU_CONTAINER_OPTIONS : ''].filter(Boolean).join(' '),
    image,
    'gpu-route': route,
    'gpu-probe': probe,
    mode
  }
}

function testsWanted(cell: MatrixCell, policy: RoutePolicy): boolean {
  if (!policy.runTests) return false
  return policy.skipTestsKey === '' || !skipsTests(cellValue(cell, policy.skipTestsKey))
}

/** One label as a string (as build-matrix writes it), several as a list. */
function runsOnValue(labels: readonly string[]): string | string[] {
  return labels.length === 1 ? labels[0]! : [...labels]
}

/** GitHub's own limit on the jobs of one matrix. */
const MAX_CELLS = 256
const ACCEPTED = 'build-matrix\'s `matrix` output: JSON {"include": [cells]}, each cell with an id and a runs-on'

/** The `matrix` input: build-matrix's output, each cell checked for the keys the plan reads. */
export function parseMatrix(text: string): MatrixCell[] {
  // The error quotes the beginning of the value: a matrix is long.
  const shown = text.length > 80 ? `${text.slice(0, 80)}…` : text
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError('matrix', shown, ACCEPTED)
  }
  const include = (value as { include?: unknown } | null)?.include
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(include))
    throw new InputError('matrix', shown, ACCEPTED)
  if (include.length > MAX_CELLS) throw new InputError('matrix', shown, `${ACCEPTED}; at most ${MAX_CELLS} cells`)
  return include.map((cell, index) => checkCell(cell, index, shown))
}

function checkCell(cell: unknown, index: number, text: string): MatrixCell {
  const problem = (why: string) => new InputError('matrix', text, `${ACCEPTED} (cell ${index}: ${why})`)
  if (cell === null || typeof cell !== 'object' || Array.isArray(cell)) throw problem('not an object')
  const c = cell as Record<string, unknown>
  if (typeof c.id !== 'string' || c.id === '') throw problem('no id')
  const runsOn = c['runs-on']
  const labels = typeof runsOn === 'string' ? [runsOn] : Array.isArray(runsOn) ? runsOn : []
  if (labels.length === 0 || !labels.every(label => typeof label === 'string' && label.trim() !== ''))
    throw problem(`${c.id}: runs-on must be a label or a list of labels`)
  for (const key of ['container', 'container-options'] as const)
    if (c[key] !== undefined && typeof c[key] !== 'string') throw problem(`${c.id}: ${key} must be text`)
  for (const key of ['gpu', 'legacy-glibc'] as const)
    if (c[key] !== undefined && typeof c[key] !== 'boolean') throw problem(`${c.id}: ${key} must be true or false`)
  return c as MatrixCell
}
