/**
 * expandMatrix: the spec → the cells of `strategy.matrix`, the way GitHub expands its own matrix. The cartesian
 * product of the axes the spec lists (os, vfx-platform, container, compiler, build-type, cxx-standard,
 * python-version, backend), minus `exclude`; then each `include` entry (one per value of a list it gives for an
 * axis) extends every generated cell whose axis values it matches, adding its other keys without overwriting an
 * axis value; an entry that matches no generated cell creates a cell of its own. Then GPU patterns, the profile
 * and duplicates. Every value is checked against the platform table and the ASWF images; all problems are
 * collected with their spec paths. An include that changes a value naming a generated cell, or the container,
 * runner or compiler commands of several, is a notice (rewrites.ts).
 */
import { canonicalAxisValue, describeAxes, located, normaliseAxes, type Axes, type Located } from './axes.js'
import { buildCell } from './cells.js'
import { ImageResolver, type ImagePin } from './images.js'
import { fuzzCells } from './fuzz.js'
import { compilePattern, matches, type CellKey, type Matcher } from './patterns.js'
import { problem, warningAt, type SpecPath, type SpecProblem } from './problems.js'
import { rewriteNotices } from './rewrites.js'
import {
  AXIS_KEYS,
  type AxisKey,
  type IncludeEntry,
  type MatrixCell,
  type MatrixSpec,
  type Scalar
} from './spec-types.js'
import { yearAt } from './axes.js'

/** Beyond this many product cells the spec is surely a mistake: stop before building them. */
const PRODUCT_CEILING = 100_000
/** An include entry with lists for several axes multiplies; past this many entries it is a mistake. */
const INCLUDE_CEILING = 10_000

export interface Candidate {
  /** Axis values as canonical text, each with the spec path it came from. */
  axis: Partial<Record<AxisKey, Located<string>>>
  /** Keys an include added (overrides and free keys), later includes overwriting earlier ones. */
  set: Map<string, Located<unknown>>
  /** `env` of each include that applied, in order (a null value removes the variable). */
  envs: Located<Record<string, Scalar | null>>[]
  /** The axis values a generated cell was generated with: its id, which an extending include never changes. */
  origin?: Partial<Record<AxisKey, Located<string>>>
  /** The include entry that created this cell (absent for a generated cell). */
  created?: { index: number; name?: string }
  /** The include entries that extended this generated cell, in order. */
  extendedBy?: number[]
  gpu: boolean
}

export interface Expansion {
  cells: MatrixCell[]
  problems: SpecProblem[]
  axes: Axes
  /** "os 3 × vfx-platform 3 × …", for messages about the matrix size. */
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
  const empty = { cells: [], axes, axesText, excluded: 0, duplicates: 0 }
  const sizes = [axes.years, axes.buildTypes, axes.cxxStandards, axes.pythons, axes.backends].map(a =>
    Math.max(1, a.length)
  )
  const productSize = axes.oses.reduce(
    (sum, os) =>
      sum +
      sizes.reduce((p, n) => p * n, axes.compilers[os.value]?.length ?? 0) *
        (os.value === 'linux' ? Math.max(1, axes.containers.length) : 1),
    0
  )
  if (productSize > PRODUCT_CEILING) {
    problems.push(problem([], `the axes give ${productSize} cells (${axesText}): far more than a CI matrix can run`))
    return { ...empty, problems }
  }

  const backends = Object.keys(axes.backendTable)
  const excludes = (spec.exclude ?? []).map((p, i) => compilePattern(p, ['exclude', i], problems, backends))
  const gpus = (spec.gpu ?? []).map((p, i) => compilePattern(p, ['gpu', i], problems, backends))
  const profile = options.profile === undefined ? undefined : compileProfile(spec, options.profile, problems, backends)

  // As in GitHub: a spec with no axis at all generates nothing, its includes are the cells.
  const all = axes.declared.size > 0 ? cartesian(axes) : []
  const excludeUsed = excludes.map(() => false)
  const generated = all.filter(candidate => {
    const hit = excludes.findIndex(matcher => matches(matcher, cellKey(candidate)))
    if (hit >= 0) excludeUsed[hit] = true
    return hit < 0
  })
  excludeUsed.forEach((used, i) => {
    if (!used) problems.push(warningAt(['exclude', i], 'this exclude matches no cell'))
  })

  const created: Candidate[] = []
  for (const [index, entry] of (spec.include ?? []).entries()) {
    const expanded = expandEntry(entry, index, axes, problems)
    if (expanded.length > INCLUDE_CEILING) {
      problems.push(
        problem(['include', index], `this entry gives ${expanded.length} cells: far more than a CI matrix can run`)
      )
      return { ...empty, problems }
    }
    for (const one of expanded) applyInclude(one, index, entry, generated, created, axes)
  }
  let candidates = [...generated, ...created]

  const gpuUsed = gpus.map(() => false)
  const markedGpu = (candidate: Candidate) =>
    gpus.reduce((marked, matcher, i) => {
      if (!matches(matcher, cellKey(candidate))) return marked
      gpuUsed[i] = true
      return true
    }, false)
  for (const candidate of candidates) if (markedGpu(candidate) && !candidate.set.has('gpu')) candidate.gpu = true
  gpuUsed.forEach((used, i) => {
    if (!used) problems.push(warningAt(['gpu', i], 'this gpu pattern matches no cell'))
  })
  if (profile)
    candidates = candidates.filter(c => (c.created ? profile.includes : true) && matches(profile.matcher, cellKey(c)))

  const images = new ImageResolver(spec.project, imagePins(spec, axes, problems), problems)
  const built = candidates.flatMap(candidate => {
    const cell = buildCell(candidate, spec, axes, images, problems)
    return cell ? [{ candidate, cell }] : []
  })
  // Computed on the whole matrix only: a profile shows part of it, and the pipeline always expands the whole.
  if (options.profile === undefined)
    problems.push(
      ...rewriteNotices(
        built,
        candidate => buildCell(candidate, spec, axes, images, []),
        markedGpu,
        index => {
          // A name reads as a cell of its own; no axis value, as a change of every cell.
          const entry = spec.include?.[index] ?? {}
          return entry.name !== undefined || !AXIS_KEYS.some(key => axes.declared.has(key) && entry[key] !== undefined)
        }
      )
    )
  const { cells, duplicates } = uniqueCells(built, problems)
  const excluded = all.length - generated.length
  cells.push(...fuzzCells(spec.fuzz, cells, problems, backends))
  return { cells, problems: dedupeProblems(problems), axes, axesText, excluded, duplicates }
}

function cartesian(axes: Axes): Candidate[] {
  const out: Candidate[] = []
  const each = <T>(list: T[]): (T | undefined)[] => (list.length ? list : [undefined])
  for (const os of axes.oses) {
    for (const year of each(axes.years)) {
      // Containers are images of Linux cells: other OSes are not multiplied by them.
      for (const container of os.value === 'linux' ? each(axes.containers) : [undefined]) {
        for (const compiler of axes.compilers[os.value] ?? []) {
          for (const buildType of each(axes.buildTypes)) {
            for (const cxx of each(axes.cxxStandards)) {
              for (const python of each(axes.pythons)) {
                for (const backend of each(axes.backends)) {
                  const axis: Candidate['axis'] = { os, compiler }
                  if (year) axis['vfx-platform'] = year
                  if (container) axis.container = container
                  if (buildType) axis['build-type'] = buildType
                  if (cxx) axis['cxx-standard'] = cxx
                  if (python) axis['python-version'] = python
                  if (backend) axis.backend = backend
                  out.push({ axis, origin: { ...axis }, set: new Map(), envs: [], gpu: false })
                }
              }
            }
          }
        }
      }
    }
  }
  return out
}

/** The axis values patterns look at ('' where a cell has none; defaults filled as the cell will have them). */
export function cellKey(c: Candidate): CellKey {
  return {
    os: c.axis.os?.value ?? 'linux',
    'vfx-platform': c.axis['vfx-platform']?.value ?? '',
    container: c.axis.container?.value ?? '',
    compiler: c.axis.compiler?.value ?? '',
    'build-type': c.axis['build-type']?.value ?? 'Release',
    'cxx-standard': c.axis['cxx-standard']?.value ?? '',
    'python-version': c.axis['python-version']?.value ?? '',
    backend: c.axis.backend?.value ?? ''
  }
}

interface ExpandedEntry {
  /** Canonical axis values the entry gives, each with its path. */
  axis: Partial<Record<AxisKey, Located<string>>>
}

/** One entry per combination of the lists the entry gives for axis keys (`vfx-platform: [2024, 2025]`). */
function expandEntry(entry: IncludeEntry, index: number, axes: Axes, problems: SpecProblem[]): ExpandedEntry[] {
  let out: ExpandedEntry[] = [{ axis: {} }]
  for (const key of AXIS_KEYS) {
    if (entry[key] === undefined) continue
    const os = typeof entry.os === 'string' ? entry.os : undefined
    const context = { os: key === 'compiler' ? os : undefined, backends: Object.keys(axes.backendTable) }
    const values = located(entry[key] as unknown, ['include', index, key]).flatMap(v => {
      const text = canonicalAxisValue(key, v.value, v.path, problems, context)
      return text === undefined ? [] : [{ value: text, path: v.path }]
    })
    if (values.length === 0) return []
    out = out.flatMap(e => values.map(v => ({ axis: { ...e.axis, [key]: v } })))
    if (out.length > INCLUDE_CEILING) return out
  }
  return out
}

/**
 * GitHub's rule: the entry's values for the spec's axes select the generated cells it extends (all of them when
 * it names no axis); it never overwrites an axis value of those cells; keys added by an earlier include can be
 * overwritten. An entry that extends no generated cell becomes a cell of its own.
 */
function applyInclude(
  one: ExpandedEntry,
  index: number,
  entry: IncludeEntry,
  generated: Candidate[],
  created: Candidate[],
  axes: Axes
): void {
  const selecting = AXIS_KEYS.filter(key => axes.declared.has(key) && one.axis[key] !== undefined)
  const targets = generated.filter(c => selecting.every(key => (c.axis[key]?.value ?? '') === one.axis[key]!.value))
  const addTo = (c: Candidate, overwriteAxes: boolean) => {
    for (const key of AXIS_KEYS) {
      const value = one.axis[key]
      if (!value || (!overwriteAxes && axes.declared.has(key))) continue
      c.axis[key] = value
    }
    for (const [key, value] of Object.entries(entry)) {
      if ((AXIS_KEYS as readonly string[]).includes(key) || value === undefined) continue
      if (key === 'env') c.envs.push({ value: value as Record<string, Scalar | null>, path: ['include', index, 'env'] })
      else c.set.set(key, { value, path: ['include', index, key] })
      if (key === 'gpu') c.gpu = value === true
    }
  }
  if (targets.length > 0) {
    for (const c of targets) {
      addTo(c, false)
      c.extendedBy = [...(c.extendedBy ?? []), index]
    }
    return
  }
  const cell: Candidate = { axis: {}, set: new Map(), envs: [], gpu: false, created: { index, name: entry.name } }
  addTo(cell, true)
  created.push(cell)
}

interface CompiledProfile {
  matcher: Matcher
  includes: boolean
}

/** A profile keeps, for each axis it names, only the values it lists. */
function compileProfile(
  spec: MatrixSpec,
  name: string,
  problems: SpecProblem[],
  backends: readonly string[]
): CompiledProfile | undefined {
  const given = spec.profiles?.[name]
  if (!given) return undefined
  const { include, ...pattern } = given
  return { matcher: compilePattern(pattern, ['profiles', name], problems, backends), includes: include ?? true }
}

function imagePins(spec: MatrixSpec, axes: Axes, problems: SpecProblem[]): Map<number, ImagePin> {
  const pins = new Map<number, ImagePin>()
  for (const [key, tag] of Object.entries(spec['image-tags'] ?? {})) {
    const path = ['image-tags', key]
    const year = yearAt(key, path, problems)
    if (!year) continue
    if (axes.years.length && !axes.years.some(y => y.value === String(year.year)))
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
  const byId = new Map<string, MatrixCell>()
  const cells: MatrixCell[] = []
  let duplicates = 0
  for (const { candidate, cell } of built) {
    const seen = byId.get(cell.id)
    if (seen === undefined) {
      byId.set(cell.id, cell)
      cells.push(cell)
    } else if (JSON.stringify(seen) === JSON.stringify(cell)) {
      // Compared as text only when two cells share an id: rare, and the common path stays cheap.
      duplicates++
    } else {
      const path: SpecPath = candidate.created ? ['include', candidate.created.index] : []
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
