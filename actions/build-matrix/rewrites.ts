/**
 * What includes changed in the generated cells, said as notices. An include extends every generated cell its axis
 * values match and adds its other keys, as GitHub's include does; a key the spec does not list as an axis is one of
 * those, so an include can turn the Release cell into a Debug one, or a named include meant as a cell of its own
 * can turn every ASWF cell into a host cell. Neither is an error (it is GitHub's rule), but neither may be silent:
 * - a value that names a cell (year, compiler, build type, C++ standard, Python, backend) changed in any generated
 *   cell: its id changes with it, and the notice gives both ids and how to add a cell instead;
 * - the container, runner or compiler commands changed in more than one generated cell by an include that reads as
 *   a cell of its own (it has a name) or as a change of everything (it gives no axis value): the notice lists them.
 *   An unnamed include that picks cells by an axis value (`{ backend: cuda, container: … }`) does what it says.
 * Each cell is compared with the cell its generated values alone give (built the same way, without the includes).
 */
import type { Candidate } from './expand.js'
import { notice, type SpecPath, type SpecProblem } from './problems.js'
import { AXIS_KEYS, type MatrixCell } from './spec-types.js'

/** Values that name a cell: part of its id. */
const NAMING = ['vfx-platform', 'compiler', 'build-type', 'cxx-standard', 'python-version', 'backend'] as const
/** Values build-matrix derives for a cell, which an include may replace. */
const DERIVED = ['container', 'runs-on', 'cc', 'cxx'] as const
/** Include keys that replace a derived value. */
const OVERRIDES = ['runs-on', 'cc', 'cxx', 'gpu']
/** Cells listed in one notice before "and N more". */
const LISTED = 8

interface Renamed {
  before: MatrixCell
  after: MatrixCell
  keys: string[]
}

export function rewriteNotices(
  built: { candidate: Candidate; cell: MatrixCell }[],
  buildCell: (candidate: Candidate) => MatrixCell | undefined,
  markedGpu: (candidate: Candidate) => boolean,
  /** Whether include[index] reads as a cell of its own or as a change of every cell (see above). */
  broad: (index: number) => boolean
): SpecProblem[] {
  const renamed = new Map<number, Renamed[]>()
  const changed = new Map<number, Map<string, string[]>>()
  for (const { candidate, cell } of built) {
    const extendedBy = candidate.extendedBy ?? []
    const origin = candidate.origin
    if (!origin || extendedBy.length === 0) continue
    // Only an axis value or a runner/compiler override can change what is compared: env, arguments and free keys
    // (the common include) cannot, and the cell is not built a second time for them.
    const touched =
      AXIS_KEYS.some(key => candidate.axis[key] !== origin[key]) || OVERRIDES.some(key => candidate.set.has(key))
    if (!touched) continue
    const bare: Candidate = {
      axis: { ...origin },
      origin: { ...origin },
      set: new Map(),
      envs: [],
      gpu: false
    }
    bare.gpu = markedGpu(bare)
    const before = buildCell(bare)
    if (!before) continue
    const responsible = (path: SpecPath | undefined) =>
      path?.[0] === 'include' && typeof path[1] === 'number' ? path[1] : extendedBy[extendedBy.length - 1]!
    const naming = NAMING.filter(key => differ(before[key], cell[key]))
    const byInclude = new Map<number, string[]>()
    for (const key of naming) append(byInclude, responsible(candidate.axis[key]?.path), key)
    for (const [index, keys] of byInclude) append(renamed, index, { before, after: cell, keys })
    for (const key of DERIVED) {
      if (!differ(before[key], cell[key])) continue
      const index = responsible(key === 'container' ? candidate.axis.container?.path : candidate.set.get(key)?.path)
      if (byInclude.has(index)) continue // said with the renaming
      const keys = changed.get(index) ?? new Map<string, string[]>()
      changed.set(index, keys)
      append(keys, key, cell.id)
    }
  }
  const notices: SpecProblem[] = []
  for (const [index, cells] of [...renamed].sort(([a], [b]) => a - b)) notices.push(renameNotice(index, cells))
  for (const [index, keys] of [...changed].sort(([a], [b]) => a - b)) {
    const ids = [...new Set([...keys.values()].flat())]
    if (ids.length < 2 || !broad(index)) continue
    notices.push(
      notice(
        ['include', index],
        `this include changes the ${[...keys.keys()].join(', ')} of ${ids.length} generated cells (${list(ids)}): ` +
          'an include extends every generated cell its axis values match; to add a cell of its own instead, give ' +
          'it an axis value no generated cell has'
      )
    )
  }
  return notices
}

function renameNotice(index: number, cells: Renamed[]): SpecProblem {
  const keys = [...new Set(cells.flatMap(c => c.keys))]
  const what = keys
    .map(key => {
      const pairs = [...new Set(cells.map(c => `${text(c.before[key])} → ${text(c.after[key])}`))]
      return `${key} (${pairs.join(', ')})`
    })
    .join(', ')
  const ids = cells.map(c => `${c.before.id} (now ${c.after.id})`)
  const hint = keys.map(key => `${key}: [${[...new Set(cells.map(c => text(c.before[key])))].join(', ')}]`)
  const one = cells.length === 1
  return notice(
    ['include', index],
    `this include changes the ${what} of ${one ? 'the generated cell' : `${cells.length} generated cells`} ` +
      `${list(ids)}: ${keys.join(', ')} ${keys.length === 1 ? 'is not an axis' : 'are not axes'} of the spec, so ` +
      "the include adds its value to the cells its axis values match, as GitHub's include does. To add a cell of " +
      `its own instead, list the value the generated cells have at the top (${hint.join(', ')})`
  )
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function differ(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)
}

function text(value: unknown): string {
  if (value === undefined || value === null) return 'none'
  if (value === '') return "''"
  return Array.isArray(value) ? `[${value.join(', ')}]` : String(value)
}

function list(items: string[]): string {
  const shown = items.slice(0, LISTED).join(', ')
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown
}
