/**
 * Partial cells, as used by `exclude`, `gpu` and `profiles`: every key given must match, and a list matches any
 * of its values. Values are normalised the way cells are (CY2025 = 2025, clang-19 = clang19, debug = Debug), so
 * a pattern matches what a person meant.
 */
import { canonicalAxisValue } from './axes.js'
import type { SpecPath, SpecProblem } from './problems.js'
import { asList, AXIS_KEYS, type AxisKey, type CellPattern } from './spec-types.js'

/** The axis values of a cell, as canonical text ('' for a cell without that value, e.g. no platform year). */
export type CellKey = Record<AxisKey, string>

export type Matcher = Partial<Record<AxisKey, Set<string>>>

export function compilePattern(
  pattern: CellPattern,
  path: SpecPath,
  problems: SpecProblem[],
  backends?: readonly string[]
): Matcher {
  const matcher: Matcher = {}
  for (const key of AXIS_KEYS) {
    if (pattern[key] === undefined) continue
    const values = asList(pattern[key] as unknown).map((value, index) => {
      const at = Array.isArray(pattern[key]) ? [...path, key, index] : [...path, key]
      return canonicalAxisValue(key, value, at, problems, { backends })
    })
    matcher[key] = new Set(values.filter((v): v is string => v !== undefined))
  }
  return matcher
}

export function matches(matcher: Matcher, cell: CellKey): boolean {
  return AXIS_KEYS.every(key => matcher[key] === undefined || matcher[key]!.has(cell[key]))
}
