/**
 * expandMatrix: the spec → the cells of `strategy.matrix`. The cartesian product of the axes (in the order
 * os, year, compiler, build type, C++ standard), minus `exclude`, plus `include`, restricted to a profile,
 * duplicates removed. Every value is checked against the platform table and the ASWF images on the way; all
 * problems are collected with their spec paths.
 */
import { normaliseAxes, canonicalBuildType, yearAt, describeAxes, type Axes, type Located } from './axes.js'
import { DEFAULT_COMPILER, parseCompiler, type Os, type ParsedCompiler } from './compilers.js'
import { buildCell } from './cells.js'
import { ImageResolver, type ImagePin } from './images.js'
import { fuzzCells } from './fuzz.js'
import { compilePattern, matches, type CellKey, type Matcher } from './patterns.js'
import type { PlatformYear } from './platform.js'
import { problem, warningAt, type SpecProblem } from './problems.js'
import type { IncludeEntry, MatrixCell, MatrixSpec } from './spec-types.js'

/** Beyond this many product cells the spec is surely a mistake: stop before building them. */
const PRODUCT_CEILING = 100_000

export interface Candidate {
  os: Located<Os>
  year: Located<PlatformYear>
  compiler: Located<ParsedCompiler>
  buildType: string
  /** Only when the spec states it; otherwise the year's standard applies. */
  cxxStandard?: number
  include?: { index: number; entry: IncludeEntry }
  gpu: boolean
}

export interface Expansion {
  cells: MatrixCell[]
  problems: SpecProblem[]
  axes: Axes
  /** "vfx-platform 3 × os 3 × …", for messages about the matrix size. */
  axesText: string
  excluded: number
  duplicates: number
}

export interface ExpandOptions {
  /** A profile name from the spec, or undefined for the whole matrix. */
  profile?: string
}

export function expandMatrix(spec: MatrixSpec, options: ExpandOptions = {}): Expansion {
  const problems: SpecProblem[] = []
  const axes = normaliseAxes(spec, problems)
  const axesText = describeAxes(axes)
  const productSize = axes.oses.reduce(
    (sum, os) =>
      sum +
      axes.years.length *
        (axes.compilers[os.value]?.length ?? 0) *
        axes.buildTypes.length *
        Math.max(1, axes.cxxStandards.length),
    0
  )
  if (productSize > PRODUCT_CEILING) {
    problems.push(problem([], `the axes give ${productSize} cells (${axesText}): far more than a CI matrix can run`))
    return { cells: [], problems, axes, axesText, excluded: 0, duplicates: 0 }
  }

  const excludes = (spec.exclude ?? []).map((p, i) => compilePattern(p, ['exclude', i], problems))
  const gpus = (spec.gpu ?? []).map((p, i) => compilePattern(p, ['gpu', i], problems))
  const profile = options.profile === undefined ? undefined : compileProfile(spec, options.profile, problems)

  const excludeUsed = excludes.map(() => false)
  const all = cartesian(axes)
  const product = all.filter(candidate => {
    const hit = excludes.findIndex(matcher => matches(matcher, cellKey(candidate)))
    if (hit >= 0) excludeUsed[hit] = true
    return hit < 0
  })
  excludeUsed.forEach((used, i) => {
    if (!used) problems.push(warningAt(['exclude', i], 'this exclude matches no cell'))
  })
  const includes = (spec.include ?? []).map((entry, index) => includeCandidate(entry, index, axes, problems))
  let candidates = [...product, ...includes.filter((c): c is Candidate => c !== undefined)]

  const gpuUsed = gpus.map(() => false)
  for (const candidate of candidates) {
    gpus.forEach((matcher, i) => {
      if (matches(matcher, cellKey(candidate))) {
        gpuUsed[i] = true
        if (candidate.include?.entry.gpu === undefined) candidate.gpu = true
      }
    })
  }
  gpuUsed.forEach((used, i) => {
    if (!used) problems.push(warningAt(['gpu', i], 'this gpu pattern matches no cell'))
  })
  if (profile)
    candidates = candidates.filter(c => (c.include ? profile.includes : true) && matches(profile.matcher, cellKey(c)))

  const images = new ImageResolver(spec.project, imagePins(spec, axes, problems), problems)
  const { cells, duplicates } = uniqueCells(
    candidates.map(candidate => ({ candidate, cell: buildCell(candidate, spec, images, problems) })),
    problems
  )
  const excluded = all.length - product.length
  cells.push(...fuzzCells(spec.fuzz, cells, problems))
  return { cells, problems: dedupeProblems(problems), axes, axesText, excluded, duplicates }
}

function cartesian(axes: Axes): Candidate[] {
  const out: Candidate[] = []
  const standards = axes.cxxStandards.length ? axes.cxxStandards.map(s => s.value) : [undefined]
  for (const os of axes.oses) {
    for (const year of axes.years) {
      for (const compiler of axes.compilers[os.value] ?? []) {
        for (const buildType of axes.buildTypes) {
          for (const cxxStandard of standards) {
            out.push({ os, year, compiler, buildType: buildType.value, cxxStandard, gpu: false })
          }
        }
      }
    }
  }
  return out
}

export function cellKey(c: Candidate): CellKey {
  return {
    'vfx-platform': String(c.year.value.year),
    os: c.os.value,
    compiler: c.compiler.value.name,
    'build-type': c.buildType,
    'cxx-standard': String(c.cxxStandard ?? c.year.value.cxxStandard)
  }
}

/** An include entry as a candidate: missing axis values are the first value of each axis. */
function includeCandidate(
  entry: IncludeEntry,
  index: number,
  axes: Axes,
  problems: SpecProblem[]
): Candidate | undefined {
  const at = (key: string) => ['include', index, key]
  const os: Located<Os> = entry.os
    ? { value: entry.os, path: at('os') }
    : (axes.oses[0] ?? { value: 'linux', path: [] })
  let year: Located<PlatformYear> | undefined = axes.years[0]
  if (entry['vfx-platform'] !== undefined) {
    const resolved = yearAt(entry['vfx-platform'], at('vfx-platform'), problems)
    year = resolved && { value: resolved, path: at('vfx-platform') }
  } else if (!year) {
    return undefined
  }
  let compiler: Located<ParsedCompiler> | undefined = axes.compilers[os.value]?.[0] ?? {
    value: parseCompiler(os.value, DEFAULT_COMPILER[os.value])!,
    path: []
  }
  if (entry.compiler !== undefined) {
    const parsed = parseCompiler(os.value, entry.compiler)
    if (!parsed) problems.push(problem(at('compiler'), `'${entry.compiler}' is not a compiler for ${os.value}`))
    compiler = parsed && { value: parsed, path: at('compiler') }
  }
  const buildType =
    entry['build-type'] !== undefined ? canonicalBuildType(entry['build-type']) : axes.buildTypes[0]?.value
  if (!year || !compiler || !buildType) return undefined
  return {
    os,
    year,
    compiler,
    buildType,
    cxxStandard: entry['cxx-standard'] ?? axes.cxxStandards[0]?.value,
    include: { index, entry },
    gpu: entry.gpu ?? false
  }
}

interface CompiledProfile {
  matcher: Matcher
  includes: boolean
}

/** A profile keeps, for each axis it names, only the values it lists; each must be a value of the spec. */
function compileProfile(spec: MatrixSpec, name: string, problems: SpecProblem[]): CompiledProfile | undefined {
  const given = spec.profiles?.[name]
  if (!given) return undefined
  const { include, ...pattern } = given
  return { matcher: compilePattern(pattern, ['profiles', name], problems), includes: include ?? true }
}

function imagePins(spec: MatrixSpec, axes: Axes, problems: SpecProblem[]): Map<number, ImagePin> {
  const pins = new Map<number, ImagePin>()
  for (const [key, tag] of Object.entries(spec['image-tags'] ?? {})) {
    const path = ['image-tags', key]
    const year = yearAt(key, path, problems)
    if (!year) continue
    if (!axes.years.some(y => y.value.year === year.year))
      problems.push(warningAt(path, `CY${year.year} is not in 'vfx-platform': this pin is unused`))
    pins.set(year.year, { tag: String(tag), path })
  }
  return pins
}

/**
 * Identical cells collapse into one. Two different cells with one id would break cache keys and job names:
 * that is an error at the include that caused it.
 */
function uniqueCells(built: { candidate: Candidate; cell: MatrixCell }[], problems: SpecProblem[]) {
  const byId = new Map<string, { text: string; candidate: Candidate }>()
  const cells: MatrixCell[] = []
  let duplicates = 0
  for (const { candidate, cell } of built) {
    const text = JSON.stringify(cell)
    const seen = byId.get(cell.id)
    if (!seen) {
      byId.set(cell.id, { text, candidate })
      cells.push(cell)
    } else if (seen.text === text) {
      duplicates++
    } else {
      const path = candidate.include ? ['include', candidate.include.index] : []
      problems.push(
        problem(path, `this cell's id '${cell.id}' is already used by another cell: give it a distinct 'name'`)
      )
    }
  }
  return { cells, duplicates }
}

function dedupeProblems(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>()
  return problems.filter(p => {
    const key = `${p.severity}|${JSON.stringify(p.path)}|${p.message}`
    return !seen.has(key) && seen.add(key)
  })
}
