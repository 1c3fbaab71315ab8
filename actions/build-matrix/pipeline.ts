/**
 * The one build-matrix pipeline, from the spec's text to the cells: read (YAML with positions), check the shape,
 * choose the profile, expand, check the size. Pure: every problem comes back located in the spec, every warning as
 * text, and the caller reports them through its own sink (the action annotates, the CLI prints `file:line:col`).
 * The action and `ci-actions matrix` both call `planMatrix`, so they cannot drift apart.
 *
 * The whole spec is validated whatever the profile: a profile narrows which cells run, never which problems are
 * found, so a spec error is an error on pull requests too.
 */
import { expandMatrix, type Expansion } from './expand.js'
import { legacyImage } from './images.js'
import type { SpecSource } from './inputs.js'
import { chooseProfile, type ProfileChoice } from './profile.js'
import { problemText, type SpecPath, type SpecProblem } from './problems.js'
import { parseSpecDocument, type Position } from './spec-document.js'
import { checkSpecShape } from './spec-schema.js'
import type { MatrixCell, MatrixSpec } from './spec-types.js'

export interface LocatedProblem extends SpecProblem {
  at: Position
  /** `include[0].compiler: message`: how the problem reads wherever it is printed. */
  text: string
}

export interface ReadResult {
  /** The spec, when it is YAML of the right shape (problems may still hold warnings). */
  spec?: MatrixSpec
  problems: LocatedProblem[]
  locate: (path: SpecPath) => Position
}

/** The spec's text → the spec, its shape checked; every problem at its place. */
export function readMatrixSpec(source: SpecSource): ReadResult {
  const document = parseSpecDocument(source.text)
  if (document.syntaxProblems.length > 0) {
    const problems = document.syntaxProblems.map(({ message, position }) => ({
      path: [],
      message,
      severity: 'error' as const,
      at: position,
      text: message
    }))
    return { problems, locate: document.locate }
  }
  const shape = checkSpecShape(document.value)
  return {
    spec: shape.spec,
    problems: locateAll(shape.problems, document.locate),
    locate: document.locate
  }
}

export interface PlanRequest {
  source: SpecSource
  /** 'auto', 'full' or a profile of the spec. */
  profile: string
  eventName: string
  maxJobs: number
}

export interface MatrixPlan {
  /** The cells to run (empty when there is an error). */
  cells: MatrixCell[]
  /** Every problem of the spec, located, errors first where they come first in the spec. */
  problems: LocatedProblem[]
  /** Facts about the matrix a user should see that belong to no line of the spec. */
  warnings: string[]
  /** Why the matrix cannot be used, when it cannot: one line that counts the problems and points to them. */
  failure?: string
  profile?: ProfileChoice
  expansion?: Expansion
  spec?: MatrixSpec
}

/** Throws InputError only for a profile the spec does not define (an input problem, not a spec problem). */
export function planMatrix(request: PlanRequest): MatrixPlan {
  const read = readMatrixSpec(request.source)
  const { spec } = read
  if (!spec || hasError(read.problems)) return failed(read.problems, request.source, spec)

  const profile = chooseProfile(request.profile, request.eventName, Object.keys(spec.profiles ?? {}))
  const full = expandMatrix(spec)
  const expansion = profile.name === undefined ? full : expandMatrix(spec, { profile: profile.name })
  const problems = [...read.problems, ...locateAll(unique([...full.problems, ...expansion.problems]), read.locate)]
  if (hasError(problems)) return { ...failed(problems, request.source, spec), profile, expansion }

  const { cells } = expansion
  const plan: MatrixPlan = { cells, problems, warnings: [], profile, expansion, spec }
  if (cells.length > request.maxJobs) {
    plan.cells = []
    plan.failure =
      `The matrix has ${cells.length} cells, more than max-jobs (${request.maxJobs}); ${profile.reason}. Axes: ` +
      `${expansion.axesText}, ${spec.include?.length ?? 0} include, ${expansion.excluded} excluded. ` +
      'Narrow an axis, add excludes or run a profile: nothing was trimmed.'
    return plan
  }
  // The year of the CentOS 7 image, whether the year or an include named it (an include's aswf/ci-base:2021).
  const legacyYears = cells.filter(c => c['legacy-glibc']).map(c => legacyImage(c.container) ?? c['vfx-platform'])
  for (const year of new Set(legacyYears)) {
    plan.warnings.push(
      `CY${year} Linux cells run in a CentOS 7 (glibc 2.17) image: node24 actions cannot start inside it. ` +
        "Run JavaScript actions on the host for those cells (see the cell's legacy-glibc)."
    )
  }
  if (cells.length === 0)
    plan.warnings.push(`The matrix is empty (${profile.reason}): skip the jobs that use it with is-empty.`)
  return plan
}

function failed(problems: LocatedProblem[], source: SpecSource, spec?: MatrixSpec): MatrixPlan {
  const errors = problems.filter(p => p.severity === 'error')
  const lines = [...new Set(errors.map(p => p.at.line))].sort((a, b) => a - b)
  const where = `line${lines.length === 1 ? '' : 's'} ${lines.join(', ')}`
  const count = errors.length === 1 ? '1 error' : `${errors.length} errors`
  const failure = `The matrix spec (${source.label}) has ${count}, at ${where}, each reported at its place.`
  return { cells: [], problems, warnings: [], failure, spec }
}

const hasError = (problems: SpecProblem[]) => problems.some(p => p.severity === 'error')

/** Each problem with its place in the spec and its text. */
export function locateAll(problems: SpecProblem[], locate: (path: SpecPath) => Position): LocatedProblem[] {
  return problems.map(p => ({ ...p, at: locate(p.path), text: problemText(p) }))
}

/** The full expansion and the profile's find the same problems twice: each once, in the order first found. */
function unique(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>()
  return problems.filter(p => {
    const key = `${p.severity}\u0000${problemText(p)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
