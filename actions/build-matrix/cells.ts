/**
 * One output cell from a candidate: its axis values and what includes added, checked and completed with the
 * facts of its platform year (C++ standard, Python, legacy glibc), its image, compiler commands, runner labels,
 * generator, arguments, environment, a readable name and a stable id. Keys no cell has of its own are passed
 * through unchanged.
 */
import type { Axes, Located } from './axes.js'
import { argumentList, compilerFamily, type Backend } from './backends.js'
import { canonicalBuildType, yearAt } from './axes.js'
import {
  acceptedCompilers,
  DEFAULT_COMPILER,
  DEFAULT_GENERATOR,
  DEFAULT_RUNNER,
  hostCommands,
  parseCompiler,
  type Os,
  type ParsedCompiler
} from './compilers.js'
import type { Candidate } from './expand.js'
import { checkContainer, legacyImage, type ImageResolver } from './images.js'
import { cellId, cellName } from './names.js'
import type { PlatformYear } from './platform.js'
import { problem, type SpecPath, type SpecProblem } from './problems.js'
import type { MatrixCell, MatrixSpec, OneOrMany, Scalar } from './spec-types.js'

/** Keys every cell has, in this order; an include's other keys are passed through after them. */
export const CELL_KEYS = [
  'id',
  'name',
  'os',
  'runs-on',
  'container',
  'vfx-platform',
  'compiler',
  'cc',
  'cxx',
  'cxx-standard',
  'python-version',
  'build-type',
  'cmake-generator',
  'cmake-args',
  'ctest-args',
  'gpu',
  'legacy-glibc',
  'env'
] as const

/** Include keys that set a cell key rather than being passed through. */
const OVERRIDE_KEYS = new Set([
  'name',
  'container',
  'cc',
  'cxx',
  'runs-on',
  'cmake-generator',
  'cmake-args',
  'ctest-args',
  'gpu',
  'env'
])
const FIXED = new Set<string>(CELL_KEYS)

/** The C++ standard of a cell without a platform year, unless the spec gives one. */
export const YEARLESS_CXX_STANDARD = 17

export function buildCell(
  c: Candidate,
  spec: MatrixSpec,
  axes: Axes,
  images: ImageResolver,
  problems: SpecProblem[]
): MatrixCell | undefined {
  const set = <T>(key: string): Located<T> | undefined => c.set.get(key) as Located<T> | undefined
  const os = (c.axis.os?.value ?? 'linux') as Os
  // '' is `vfx-platform: null`: a cell without a platform year.
  const yearValue = c.axis['vfx-platform']?.value ? c.axis['vfx-platform'] : undefined
  const year: Located<PlatformYear> | undefined =
    yearValue && located(yearAt(yearValue.value, yearValue.path, problems), yearValue.path)
  if (yearValue && !year) return undefined

  const backendValue = c.axis.backend
  const backend: Backend | undefined = backendValue && axes.backendTable[backendValue.value]
  const compilerLeftToDefault = c.axis.compiler === undefined || c.axis.compiler.path.length === 0
  const compilerValue =
    backend?.defaultCompiler && compilerLeftToDefault
      ? { value: backend.defaultCompiler, path: [] }
      : (c.axis.compiler ?? { value: defaultCompiler(os, axes), path: [] })
  const cc = set<string>('cc')
  const cxx = set<string>('cxx')
  const parsed = parseCompiler(os, compilerValue.value)
  if (!parsed && (!cc || !cxx)) {
    problems.push(
      problem(
        compilerValue.path,
        `'${compilerValue.value}' is not a compiler for ${os}: give its 'cc' and 'cxx' in the include (accepted without them: ${acceptedCompilers(os)})`
      )
    )
    return undefined
  }
  const compiler: Located<ParsedCompiler> = {
    value: parsed ?? {
      name: compilerValue.value,
      family: { cc: cc!.value, cxx: cxx!.value },
      base: compilerValue.value
    },
    path: compilerValue.path
  }

  if (backend && backendValue && !backendFits(backend, backendValue, os, compiler, problems)) return undefined

  const containerSet = c.axis.container
  let container = ''
  if (containerSet !== undefined) {
    container = String(containerSet.value)
    if (os !== 'linux' && container !== '')
      problems.push(
        problem(
          containerSet.path,
          `a container runs only in Linux cells, this cell is ${os} (accepted: '' or leave it out)`
        )
      )
    else checkContainer(container, containerSet.path, problems)
  } else if (os === 'linux' && year) {
    container = images.resolve(year, compiler, problems)
  }
  // On the runner itself a versioned compiler is its versioned commands; inside an image clang19 is the image's.
  const commands = container === '' ? hostCommands(compiler.value) : compiler.value.family

  const buildType = c.axis['build-type']?.value ?? 'Release'
  if (!canonicalBuildType(buildType)) return undefined
  const cxxStandard = Number(c.axis['cxx-standard']?.value ?? year?.value.cxxStandard ?? YEARLESS_CXX_STANDARD)
  const python = c.axis['python-version']?.value ?? year?.value.python ?? ''

  const env = { ...backend?.env, ...cellEnv(c, spec, os, year?.value, problems) }
  const generator = spec['cmake-generator']
  const gpu = c.gpu || (backend?.gpu ?? false)
  let runner = set<OneOrMany<string>>('runs-on')?.value ?? backend?.runsOn
  if (runner === undefined && backend?.runners) {
    const key = backend.runners.find(k => spec.runners?.[k] !== undefined)
    if (!key) {
      problems.push(
        problem(
          backendValue!.path,
          `backend ${backendValue!.value} needs its node type: set ${backend.runners.map(k => `runners.${k}`).join(' or ')}`
        )
      )
      return undefined
    }
    runner = spec.runners![key]
  }
  // The values that name the cell, final: an include that changes one changes the id with it.
  const naming = {
    os,
    year: year?.value.year,
    container: axes.declared.has('container') && os === 'linux' ? container : undefined,
    compiler: compiler.value.name,
    buildType,
    // The C++ standard and Python name a cell when the spec gives them: an axis, or an include (created or extended).
    cxx: c.axis['cxx-standard'] ? cxxStandard : undefined,
    python: c.axis['python-version']?.value,
    backend: backendValue?.value,
    gpu,
    name: set<string>('name')?.value
  }
  const cell: MatrixCell = {
    id: cellId(naming),
    name: cellName(naming),
    os,
    'runs-on': runner ?? runsOn(spec, os, gpu),
    container,
    'vfx-platform': year?.value.year ?? null,
    compiler: compiler.value.name,
    cc: cc?.value ?? commands.cc,
    cxx: cxx?.value ?? commands.cxx,
    'cxx-standard': cxxStandard,
    'python-version': python,
    'build-type': buildType,
    'cmake-generator':
      set<string>('cmake-generator')?.value ??
      (typeof generator === 'string' ? generator : (generator?.[os] ?? DEFAULT_GENERATOR[os])),
    'cmake-args': [
      ...argumentList(set<OneOrMany<string>>('cmake-args')?.value ?? spec['cmake-args']),
      ...(backend?.cmakeArgs ?? [])
    ],
    'ctest-args': argumentList(set<OneOrMany<string>>('ctest-args')?.value ?? spec['ctest-args']),
    gpu,
    // CentOS 7 (glibc 2.17): the year's ASWF image, or an image the spec names that is one (aswf/ci-base:2021).
    'legacy-glibc':
      container !== '' &&
      (containerSet === undefined ? (year?.value.legacyGlibc ?? false) : legacyImage(container) !== undefined),
    env
  }
  if (backendValue) cell.backend = backendValue.value
  for (const [key, value] of c.set) {
    if (FIXED.has(key) || key === 'backend') {
      if (!OVERRIDE_KEYS.has(key))
        problems.push(
          problem(value.path, `'${key}' is derived by build-matrix and cannot be set (set the keys it comes from)`)
        )
      continue
    }
    cell[key] = value.value
  }
  return cell
}

/** Whether a backend can run in this cell: its OS and compiler; a problem at the backend value when not. */
function backendFits(
  backend: Backend,
  at: Located<string>,
  os: Os,
  compiler: Located<ParsedCompiler>,
  problems: SpecProblem[]
): boolean {
  if (!backend.oses.includes(os)) {
    problems.push(
      problem(
        at.path,
        `backend ${at.value} runs on ${backend.oses.join(', ')}, not ${os} (exclude { os: ${os}, backend: ${at.value} })`
      )
    )
    return false
  }
  const family = compilerFamily(compiler.value.name)
  const known = parseCompiler(os, compiler.value.name) !== undefined
  if (known && backend.compilers && !backend.compilers.includes(family)) {
    problems.push(
      problem(
        at.path,
        `backend ${at.value} cannot be built with ${compiler.value.name} (accepted: ${backend.compilers.join(', ')}; exclude the others)`
      )
    )
    return false
  }
  return true
}

function located<T>(value: T | undefined, path: SpecPath): Located<T> | undefined {
  return value === undefined ? undefined : { value, path }
}

function defaultCompiler(os: Os, axes: Axes): string {
  return axes.compilers[os]?.[0]?.value ?? DEFAULT_COMPILER[os]
}

/**
 * The spec's env, then each include's env in order (a null value removes the variable). MACOSX_DEPLOYMENT_TARGET
 * only when the spec asks for it: 'platform' is the year's minimum macOS, any other value is used as given.
 */
function cellEnv(c: Candidate, spec: MatrixSpec, os: Os, year: PlatformYear | undefined, problems: SpecProblem[]) {
  const env: Record<string, string> = {}
  const apply = (vars: Record<string, Scalar | null> | undefined) => {
    for (const [key, value] of Object.entries(vars ?? {})) {
      if (value === null) delete env[key]
      else env[key] = String(value)
    }
  }
  const target = spec['macos-deployment-target']
  if (os === 'macos' && target !== undefined) {
    if (String(target) !== 'platform') env.MACOSX_DEPLOYMENT_TARGET = String(target)
    else if (year?.macosDeploymentTarget) env.MACOSX_DEPLOYMENT_TARGET = year.macosDeploymentTarget
    else if (!year)
      problems.push(
        problem(
          ['macos-deployment-target'],
          `'platform' needs a platform year, and a macOS cell has none (accepted: a version such as '12.0')`
        )
      )
  }
  apply(spec.env)
  for (const { value } of c.envs) apply(value)
  return env
}

function runsOn(spec: MatrixSpec, os: Os, gpu: boolean): string | string[] {
  return (gpu ? spec.runners?.gpu : undefined) ?? spec.runners?.[os] ?? DEFAULT_RUNNER[os]
}
