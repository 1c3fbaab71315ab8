/**
 * Partial cells, as used by `exclude`, `gpu` and `profiles`: every key given must match, and a list matches any
 * of its values. Values are normalised the way cells are (CY2025 = 2025, clang-19 = clang19, debug = Debug), so
 * a pattern matches what a person meant.
 */
import { canonicalBuildType, yearAt } from './axes.js'
import { OSES, parseCompiler, type Os } from './compilers.js'
import { problem, type SpecPath, type SpecProblem } from './problems.js'
import { asList, type CellPattern } from './spec-types.js'

export const PATTERN_KEYS = ['vfx-platform', 'os', 'compiler', 'build-type', 'cxx-standard'] as const
export type PatternKey = (typeof PATTERN_KEYS)[number]

/** The values of a cell that patterns look at, as text. */
export type CellKey = Record<PatternKey, string>

export type Matcher = Partial<Record<PatternKey, Set<string>>>

export function compilePattern(pattern: CellPattern, path: SpecPath, problems: SpecProblem[]): Matcher {
  const matcher: Matcher = {}
  for (const key of PATTERN_KEYS) {
    if (pattern[key] === undefined) continue
    const values = asList(pattern[key]).map((value, index) => {
      const at = Array.isArray(pattern[key]) ? [...path, key, index] : [...path, key]
      return normaliseValue(key, value, at, problems)
    })
    matcher[key] = new Set(values.filter((v): v is string => v !== undefined))
  }
  return matcher
}

function normaliseValue(key: PatternKey, value: string | number, path: SpecPath, problems: SpecProblem[]) {
  switch (key) {
    case 'vfx-platform': {
      const year = yearAt(value, path, problems)
      return year ? String(year.year) : undefined
    }
    case 'os': {
      const os = String(value).toLowerCase()
      if (OSES.includes(os as Os)) return os
      problems.push(problem(path, `'${value}' is not an OS (accepted: ${OSES.join(', ')})`))
      return undefined
    }
    case 'compiler': {
      const parsed = OSES.map(os => parseCompiler(os, value)).find(c => c !== undefined)
      if (parsed) return parsed.name
      problems.push(problem(path, `'${value}' is not a compiler of any OS`))
      return undefined
    }
    case 'build-type': {
      const buildType = canonicalBuildType(value)
      if (!buildType) problems.push(problem(path, `'${value}' is not a CMake build type`))
      return buildType
    }
    case 'cxx-standard':
      return String(value)
  }
}

export function matches(matcher: Matcher, cell: CellKey): boolean {
  return PATTERN_KEYS.every(key => matcher[key] === undefined || matcher[key]!.has(cell[key]))
}
