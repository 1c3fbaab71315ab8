/**
 * The spec's axes, normalised and checked against the platform table: each value keeps the spec path it came
 * from, so a problem found with it later can still point at its line.
 */
import { acceptedCompilers, DEFAULT_COMPILER, OSES, parseCompiler, type Os, type ParsedCompiler } from './compilers.js'
import { resolveYear, type PlatformYear } from './platform.js'
import { problem, warningAt, type SpecPath, type SpecProblem } from './problems.js'
import type { MatrixSpec, OneOrMany } from './spec-types.js'

export interface Located<T> {
  value: T
  path: SpecPath
}

export const BUILD_TYPES = ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel']

export interface Axes {
  years: Located<PlatformYear>[]
  oses: Located<Os>[]
  /** Compilers of each OS in `oses`. */
  compilers: Partial<Record<Os, Located<ParsedCompiler>[]>>
  buildTypes: Located<string>[]
  /** Empty when the spec leaves the standard to each platform year. */
  cxxStandards: Located<number>[]
}

/** Each value of a one-or-list key with its path: `key` itself for a single value, `key[i]` in a list. */
function located<T>(value: OneOrMany<T> | undefined, path: SpecPath): Located<T>[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : [{ value, path }]
}

/** Duplicates (2025 and CY2025, or a value listed twice) would only give duplicate cells. */
function unique<T>(items: Located<T>[], key: (value: T) => string): Located<T>[] {
  const seen = new Set<string>()
  return items.filter(item => !seen.has(key(item.value)) && seen.add(key(item.value)))
}

/** A platform year, or a problem naming the value and the years that exist. */
export function yearAt(value: string | number, path: SpecPath, problems: SpecProblem[]): PlatformYear | undefined {
  try {
    return resolveYear(String(value))
  } catch (error) {
    problems.push(problem(path, (error as Error).message))
    return undefined
  }
}

export function normaliseAxes(spec: MatrixSpec, problems: SpecProblem[]): Axes {
  const years = unique(
    located(spec['vfx-platform'], ['vfx-platform']).flatMap(({ value, path }) => {
      const year = yearAt(value, path, problems)
      return year ? [{ value: year, path }] : []
    }),
    year => String(year.year)
  )
  const oses = unique(spec.os === undefined ? [{ value: 'linux' as Os, path: [] }] : located(spec.os, ['os']), os => os)
  const buildTypes = unique(
    spec['build-type'] === undefined ? [{ value: 'Release', path: [] }] : located(spec['build-type'], ['build-type']),
    b => b
  )
  const cxxStandards = unique(located(spec['cxx-standard'], ['cxx-standard']), String)
  return { years, oses, compilers: compilerAxes(spec, oses, problems), buildTypes, cxxStandards }
}

/**
 * `compiler` is a map from OS to names, or one list for every OS: then each OS takes the names it knows, a name
 * no listed OS knows is an error, and so is an OS left with no compiler.
 */
function compilerAxes(spec: MatrixSpec, oses: Located<Os>[], problems: SpecProblem[]): Axes['compilers'] {
  const result: Axes['compilers'] = {}
  const given = spec.compiler
  const osNames = oses.map(os => os.value)
  if (given !== undefined && !Array.isArray(given) && typeof given === 'object') {
    for (const os of OSES) {
      const names = located(given[os], ['compiler', os])
      if (names.length > 0 && !osNames.includes(os)) {
        problems.push(warningAt(['compiler', os], `compilers are given for ${os}, but ${os} is not in 'os'`))
      }
      if (!osNames.includes(os)) continue
      result[os] = names.length === 0 ? defaultCompiler(os) : compilersOf(os, names, problems)
    }
    return result
  }
  const names = located(given, ['compiler'])
  if (names.length === 0) {
    for (const os of osNames) result[os] = defaultCompiler(os)
    return result
  }
  for (const { value, path } of names) {
    if (!osNames.some(os => parseCompiler(os, value))) {
      const accepted = osNames.map(os => `${os}: ${acceptedCompilers(os)}`).join('; ')
      problems.push(problem(path, `'${value}' is not a compiler of ${osNames.join(', ')} (accepted: ${accepted})`))
    }
  }
  for (const os of osNames) {
    const mine = unique(
      names.flatMap(({ value, path }) => {
        const parsed = parseCompiler(os, value)
        return parsed ? [{ value: parsed, path }] : []
      }),
      c => c.name
    )
    if (mine.length === 0) {
      problems.push(problem(['compiler'], `no compiler listed for ${os} (accepted: ${acceptedCompilers(os)})`))
    }
    result[os] = mine
  }
  return result
}

function defaultCompiler(os: Os): Located<ParsedCompiler>[] {
  return [{ value: parseCompiler(os, DEFAULT_COMPILER[os])!, path: [] }]
}

function compilersOf(os: Os, names: Located<string>[], problems: SpecProblem[]): Located<ParsedCompiler>[] {
  return unique(
    names.flatMap(({ value, path }) => {
      const parsed = parseCompiler(os, value)
      if (!parsed)
        problems.push(problem(path, `'${value}' is not a compiler for ${os} (accepted: ${acceptedCompilers(os)})`))
      return parsed ? [{ value: parsed, path }] : []
    }),
    c => c.name
  )
}

export function canonicalBuildType(value: string | number): string | undefined {
  return BUILD_TYPES.find(b => b.toLowerCase() === String(value).toLowerCase())
}

/** "vfx-platform 3 × os 3 × compiler (linux 2, macos 1, windows 1) × build-type 1": the size of each axis. */
export function describeAxes(axes: Axes): string {
  const compilers = axes.oses.map(os => `${os.value} ${axes.compilers[os.value]?.length ?? 0}`).join(', ')
  return [
    `vfx-platform ${axes.years.length}`,
    `os ${axes.oses.length}`,
    `compiler (${compilers})`,
    `build-type ${axes.buildTypes.length}`,
    ...(axes.cxxStandards.length ? [`cxx-standard ${axes.cxxStandards.length}`] : [])
  ].join(' × ')
}
