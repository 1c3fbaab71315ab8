/**
 * From the spec's text to a checked spec, annotating every problem at its line and column in the spec file
 * (errors, warnings and notices); and the size checks of the expanded matrix. Throws a UserError when any error.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log } from '../../packages/toolkit/src/runner.js'
import type { Expansion } from './expand.js'
import type { SpecSource } from './inputs.js'
import { problemText, SpecError, type SpecProblem } from './problems.js'
import { parseSpecDocument, type Position } from './spec-document.js'
import { checkSpecShape } from './spec-schema.js'
import type { MatrixCell, MatrixSpec } from './spec-types.js'

export interface ReadSpec {
  spec: MatrixSpec
  /** Where a spec path is in the spec's text, for the problems found later. */
  locate: (path: SpecProblem['path']) => Position
}

/** The spec's text → the spec, its shape checked; its problems annotated. */
export function readSpec(source: SpecSource): ReadSpec {
  const document = parseSpecDocument(source.text)
  if (document.syntaxProblems.length > 0) {
    for (const { message, position } of document.syntaxProblems) annotate(source, 'error', message, position)
    throw new UserError(`The matrix spec (${source.label}) is not valid YAML: ${document.syntaxProblems[0]!.message}`)
  }
  const shape = checkSpecShape(document.value)
  if (!shape.spec) report(shape.problems, source, document.locate)
  return { spec: shape.spec!, locate: document.locate }
}

/** Annotates the expansion's problems; fails when the matrix has errors or more cells than max-jobs. */
export function checkSize(
  expansion: Expansion,
  inputs: { maxJobs: number; source: SpecSource },
  { spec, locate }: ReadSpec,
  profileReason: string
): { cells: MatrixCell[]; warnings: string[] } {
  report(expansion.problems, inputs.source, locate)
  const { cells } = expansion
  if (cells.length > inputs.maxJobs) {
    throw new UserError(
      `The matrix has ${cells.length} cells, more than max-jobs (${inputs.maxJobs}); ${profileReason}. Axes: ` +
        `${expansion.axesText}, ${spec.include?.length ?? 0} include, ${expansion.excluded} excluded. ` +
        'Narrow an axis, add excludes or run a profile: nothing was trimmed.'
    )
  }
  const warnings: string[] = []
  for (const year of new Set(cells.filter(c => c['legacy-glibc']).map(c => c['vfx-platform']))) {
    warnings.push(
      `CY${year} Linux cells run in a CentOS 7 (glibc 2.17) image: node24 actions cannot start inside it. ` +
        "Run JavaScript actions on the host for those cells (see the cell's legacy-glibc)."
    )
  }
  if (cells.length === 0)
    warnings.push(`The matrix is empty (${profileReason}): skip the jobs that use it with is-empty.`)
  return { cells, warnings }
}

/** Annotates every problem at its spec line; throws when any is an error. */
function report(problems: SpecProblem[], source: SpecSource, locate: (path: SpecProblem['path']) => Position): void {
  for (const p of problems) annotate(source, p.severity, problemText(p), locate(p.path))
  if (problems.some(p => p.severity === 'error')) throw new SpecError(problems, source.label)
}

function annotate(source: SpecSource, level: SpecProblem['severity'], message: string, at: Position): void {
  const properties = { title: 'build-matrix spec', file: source.file, startLine: at.line, startColumn: at.column }
  const text = source.file ? message : `${message} (${source.label}, line ${at.line})`
  log[level](text, properties)
}
