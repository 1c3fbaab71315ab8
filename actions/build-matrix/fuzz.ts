/**
 * The `fuzz` spec key: for each seed, a copy of every Linux cell the `cells` pattern matches (all Linux cells by
 * default; legacy CentOS 7 cells cannot run the action), with `fuzz-seed` set, so vfx-build.yml plants decoys
 * with setup-vfx-platform before the build and audits the build after it (docs/adr/0060).
 */
import { compilePattern, matches, type CellKey } from './patterns.js'
import { warningAt, type SpecProblem } from './problems.js'
import { AXIS_KEYS, type MatrixCell, type MatrixSpec } from './spec-types.js'

/** The cell's own values of every axis, as patterns compare them (a cell without a year matches no year). */
function keyOf(cell: MatrixCell): CellKey {
  return Object.fromEntries(
    AXIS_KEYS.map(key => [key, cell[key] === null || cell[key] === undefined ? '' : String(cell[key])])
  ) as CellKey
}

export function fuzzCells(
  fuzz: MatrixSpec['fuzz'],
  cells: MatrixCell[],
  problems: SpecProblem[],
  backends?: readonly string[]
): MatrixCell[] {
  if (!fuzz) return []
  const matcher = compilePattern(fuzz.cells ?? {}, ['fuzz', 'cells'], problems, backends)
  const chosen = cells.filter(
    c => c.os === 'linux' && !c['legacy-glibc'] && c['vfx-platform'] !== null && matches(matcher, keyOf(c))
  )
  if (chosen.length === 0) problems.push(warningAt(['fuzz'], 'fuzz matches no Linux cell of CY2023 or later'))
  // The audit reads include folders from compile_commands.json: the fuzz cells export it.
  return [...new Set(fuzz.seeds)].flatMap(seed =>
    chosen.map(cell => ({
      ...cell,
      id: `${cell.id}-fuzz${seed}`,
      name: `${cell.name} (fuzz ${seed})`,
      'cmake-args': [...cell['cmake-args'], '-DCMAKE_EXPORT_COMPILE_COMMANDS=ON'],
      'fuzz-seed': seed
    }))
  )
}
