/**
 * The spec's axes, normalised and checked against the platform table: each value keeps the spec path it came
 * from, so a problem found with it later can still point at its line. Axis values are compared as canonical text
 * (CY2025 = 2025, clang-19 = clang19, debug = Debug), the way `exclude`, `include` and profiles match them.
 */
import { BACKEND_NAMES, resolveBackends, type Backend } from './backends.js'
import { acceptedCompilers, DEFAULT_COMPILER, OSES, parseCompiler, type Os } from './compilers.js'
import { resolveYear, type PlatformYear } from './platform.js'
import { problem, warningAt, type SpecPath, type SpecProblem } from './problems.js'
import { AXIS_KEYS, type AxisKey, type MatrixSpec, type OneOrMany } from './spec-types.js'

export interface Located<T> {
  value: T
  path: SpecPath
}

export const BUILD_TYPES = ['Release', 'Debug', 'RelWithDebInfo', 'MinSizeRel']

export interface Axes {
  /** The axis keys the spec lists at its top level (os is always one, linux by default). */
  declared: Set<AxisKey>
  oses: Located<Os>[]
  years: Located<string>[]
  /** Compilers of each OS in `oses` (the OS default when the spec names none). */
  compilers: Partial<Record<Os, Located<string>[]>>
  buildTypes: Located<string>[]
  cxxStandards: Located<string>[]
  pythons: Located<string>[]
  backends: Located<string>[]
  /** Containers of the Linux cells when the spec lists them ('' is the runner itself). */
  containers: Located<string>[]
  /** The backends this spec knows: the built-in ones with its settings, and its own. */
  backendTable: Record<string, Backend>
}

/** What canonicalAxisValue checks a value against: the cell's OS (for a compiler) and the spec's backends. */
export interface AxisContext {
  os?: Os
  backends?: readonly string[]
}

/** Each value of a one-or-list key with its path: `key` itself for a single value, `key[i]` in a list. */
export function located<T>(value: OneOrMany<T> | undefined, path: SpecPath): Located<T>[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : [{ value, path }]
}

/** Duplicates (2025 and CY2025, or a value listed twice) would only give duplicate cells. */
function unique<T>(items: Located<T>[]): Located<T>[] {
  const seen = new Set<string>()
  return items.filter(item => !seen.has(String(item.value)) && seen.add(String(item.value)))
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

export function canonicalBuildType(value: string | number): string | undefined {
  return BUILD_TYPES.find(b => b.toLowerCase() === String(value).toLowerCase())
}

/**
 * The canonical text of an axis value, or undefined after reporting why it is refused. A compiler is checked
 * against `os` when given; without one, any OS that knows it will do (patterns, include entries).
 */
export function canonicalAxisValue(
  key: AxisKey,
  value: unknown,
  path: SpecPath,
  problems: SpecProblem[],
  { os, backends = BACKEND_NAMES }: AxisContext = {}
): string | undefined {
  switch (key) {
    case 'vfx-platform': {
      // null: no platform year, the value of a cell without one.
      if (value === null) return ''
      const year = yearAt(value as string, path, problems)
      return year ? String(year.year) : undefined
    }
    case 'os': {
      const text = String(value).toLowerCase()
      if (OSES.includes(text as Os)) return text
      problems.push(problem(path, `'${String(value)}' is not an OS (accepted: ${OSES.join(', ')})`))
      return undefined
    }
    case 'compiler': {
      const parsed = (os ? [os] : OSES).map(o => parseCompiler(o, value as string)).find(c => c !== undefined)
      // An unknown compiler is accepted by name: the cell must then give cc and cxx (checked when it is built).
      return parsed ? parsed.name : String(value).trim().toLowerCase()
    }
    case 'build-type': {
      const buildType = canonicalBuildType(value as string)
      if (!buildType)
        problems.push(
          problem(path, `'${String(value)}' is not a CMake build type (accepted: ${BUILD_TYPES.join(', ')})`)
        )
      return buildType
    }
    case 'backend': {
      const text = String(value).toLowerCase()
      if (backends.includes(text)) return text
      problems.push(
        problem(
          path,
          `'${String(value)}' is not a backend (accepted: ${backends.join(', ')}; declare a backend of the project's own under 'backends')`
        )
      )
      return undefined
    }
    case 'container':
      return String(value).trim()
    case 'cxx-standard':
    case 'python-version':
      return String(value)
  }
}

function axis(
  key: AxisKey,
  value: unknown,
  path: SpecPath,
  problems: SpecProblem[],
  context: AxisContext = {}
): Located<string>[] {
  return unique(
    located(value as OneOrMany<unknown>, path).flatMap(v => {
      const text = canonicalAxisValue(key, v.value, v.path, problems, context)
      return text === undefined ? [] : [{ value: text, path: v.path }]
    })
  )
}

export function normaliseAxes(spec: MatrixSpec, problems: SpecProblem[]): Axes {
  // `vfx-platform: null` is the same spec as leaving the key out: cells without a platform year.
  const declared = new Set<AxisKey>(AXIS_KEYS.filter(key => spec[key] !== undefined && spec[key] !== null))
  const backendTable = resolveBackends(spec, problems)
  // os is always an axis of a generated matrix (linux unless the spec lists others).
  if (declared.size > 0) declared.add('os')
  const oses = spec.os === undefined ? [{ value: 'linux', path: [] }] : axis('os', spec.os, ['os'], problems)
  const osNames = oses.map(os => os.value as Os)
  return {
    declared,
    oses: oses as Located<Os>[],
    years: axis('vfx-platform', spec['vfx-platform'] ?? undefined, ['vfx-platform'], problems),
    compilers: compilerAxes(spec, osNames, problems),
    buildTypes: axis('build-type', spec['build-type'], ['build-type'], problems),
    cxxStandards: axis('cxx-standard', spec['cxx-standard'], ['cxx-standard'], problems),
    pythons: axis('python-version', spec['python-version'], ['python-version'], problems),
    backends: axis('backend', spec.backend, ['backend'], problems, { backends: Object.keys(backendTable) }),
    containers: axis('container', spec.container, ['container'], problems),
    backendTable
  }
}

/**
 * `compiler` is a map from OS to names, or one list for every OS: then each OS takes the names it knows, a name
 * no listed OS knows is an error (an axis compiler must be a known family: other compilers come in an include
 * with their cc and cxx), and so is an OS left with no compiler.
 */
function compilerAxes(spec: MatrixSpec, osNames: Os[], problems: SpecProblem[]): Axes['compilers'] {
  const result: Axes['compilers'] = {}
  const given = spec.compiler
  const known = (os: Os, names: Located<string>[]) =>
    unique(
      names.flatMap(({ value, path }) => {
        const parsed = parseCompiler(os, value)
        return parsed ? [{ value: parsed.name, path }] : []
      })
    )
  if (given !== undefined && !Array.isArray(given) && typeof given === 'object') {
    for (const os of OSES) {
      const names = located(given[os], ['compiler', os])
      if (names.length > 0 && !osNames.includes(os)) {
        problems.push(warningAt(['compiler', os], `compilers are given for ${os}, but ${os} is not in 'os'`))
      }
      if (!osNames.includes(os)) continue
      for (const { value, path } of names) {
        if (!parseCompiler(os, value))
          problems.push(problem(path, `'${value}' is not a compiler for ${os} (accepted: ${acceptedCompilers(os)})`))
      }
      result[os] = names.length === 0 ? [{ value: DEFAULT_COMPILER[os], path: [] }] : known(os, names)
    }
    return result
  }
  const names = located(given as OneOrMany<string> | undefined, ['compiler'])
  if (names.length === 0) {
    for (const os of osNames) result[os] = [{ value: DEFAULT_COMPILER[os], path: [] }]
    return result
  }
  for (const { value, path } of names) {
    if (!osNames.some(os => parseCompiler(os, value))) {
      const accepted = osNames.map(os => `${os}: ${acceptedCompilers(os)}`).join('; ')
      problems.push(problem(path, `'${value}' is not a compiler of ${osNames.join(', ')} (accepted: ${accepted})`))
    }
  }
  for (const os of osNames) {
    const mine = known(os, names)
    if (mine.length === 0) {
      problems.push(problem(['compiler'], `no compiler listed for ${os} (accepted: ${acceptedCompilers(os)})`))
    }
    result[os] = mine
  }
  return result
}

/** "vfx-platform 3 × os 3 × compiler (linux 2, macos 1, windows 1) × build-type 1": the size of each axis. */
export function describeAxes(axes: Axes): string {
  const compilers = axes.oses.map(os => `${os.value} ${axes.compilers[os.value]?.length ?? 0}`).join(', ')
  return [
    ...(axes.years.length ? [`vfx-platform ${axes.years.length}`] : []),
    `os ${axes.oses.length}`,
    ...(axes.containers.length ? [`container ${axes.containers.length} (linux)`] : []),
    `compiler (${compilers})`,
    ...(axes.buildTypes.length ? [`build-type ${axes.buildTypes.length}`] : []),
    ...(axes.cxxStandards.length ? [`cxx-standard ${axes.cxxStandards.length}`] : []),
    ...(axes.pythons.length ? [`python-version ${axes.pythons.length}`] : []),
    ...(axes.backends.length ? [`backend ${axes.backends.length}`] : [])
  ].join(' × ')
}
