/**
 * build-matrix: reads the spec (inline or a file), checks it, expands it into `strategy.matrix` JSON and writes
 * the outputs and the job summary. Problems are annotated at their line in the spec file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import { readInt, readString } from '../../packages/toolkit/src/inputs.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { formatPath, SpecError, type SpecProblem } from './problems.js'
import type { Position } from './spec-document.js'

const DEFAULT_SPEC_FILE = '.github/ci-matrix.yml'
/** GitHub refuses a matrix of more than 256 jobs. */
const GITHUB_MATRIX_LIMIT = 256

export async function main(): Promise<void> {
  const inline = readString('spec')
  const specFile = readString('spec-file', { fallback: DEFAULT_SPEC_FILE })
  const profileInput = readString('profile', { fallback: 'auto' })
  const maxJobs = readInt('max-jobs', { fallback: GITHUB_MATRIX_LIMIT, min: 1, max: GITHUB_MATRIX_LIMIT })
  const context = runnerContext()
  const source = inline ? { text: inline, label: "the 'spec' input" } : readSpecFile(specFile, context.workspace)

  // Loaded only now: an input error above stays on the fast path.
  const { parseSpecDocument, checkSpecShape, expandMatrix, chooseProfile, renderSummary } =
    await import('./pipeline.js')

  const document = await parseSpecDocument(source.text)
  if (document.syntaxProblems.length > 0) {
    for (const { message, position } of document.syntaxProblems) annotate(source, 'error', message, position)
    throw new UserError(`The matrix spec (${source.label}) is not valid YAML: ${document.syntaxProblems[0]!.message}`)
  }
  const shape = checkSpecShape(document.value)
  if (!shape.spec) report(shape.problems, source, document.locate)
  const spec = shape.spec!

  const profile = chooseProfile(profileInput, context.eventName, Object.keys(spec.profiles ?? {}))
  const expansion = expandMatrix(spec, { profile: profile.name })
  report(expansion.problems, source, document.locate)

  const { cells } = expansion
  if (cells.length > maxJobs) {
    throw new UserError(
      `The matrix has ${cells.length} cells, more than max-jobs (${maxJobs}); ${profile.reason}. Axes: ` +
        `${expansion.axesText}, ${spec.include?.length ?? 0} include, ${expansion.excluded} excluded. ` +
        'Narrow an axis, add excludes or run a profile: nothing was trimmed.'
    )
  }
  for (const year of new Set(cells.filter(c => c['legacy-glibc']).map(c => c['vfx-platform']))) {
    log.warning(
      `CY${year} Linux cells run in a CentOS 7 (glibc 2.17) image: node24 actions cannot start inside it. ` +
        "Run JavaScript actions on the host for those cells (see the cell's legacy-glibc)."
    )
  }
  if (cells.length === 0)
    log.warning(`The matrix is empty (${profile.reason}): skip the jobs that use it with is-empty.`)

  setOutput('matrix', { include: cells })
  setOutput('count', cells.length)
  setOutput('is-empty', cells.length === 0)
  setOutput(
    'ids',
    cells.map(c => c.id)
  )
  setOutput('profile', profile.name ?? 'full')
  log.info(`build-matrix: ${cells.length} cells, ${profile.reason} (${expansion.axesText}).`)
  writeSummary(
    renderSummary(cells, {
      source: source.label,
      profile: profile.reason,
      axesText: expansion.axesText,
      excluded: expansion.excluded,
      duplicates: expansion.duplicates
    })
  )
}

interface SpecSource {
  text: string
  label: string
  /** The spec file relative to the workspace, for annotations; absent for an inline spec. */
  file?: string
}

function readSpecFile(specFile: string, workspace: string): SpecSource {
  const path = isAbsolute(specFile) ? specFile : join(workspace, specFile)
  if (!existsSync(path)) {
    throw new InputError(
      'spec-file',
      specFile,
      `a spec file in the workspace (${workspace}): check out the repository first, or give the spec inline with the 'spec' input`
    )
  }
  const file = relative(workspace, path).split('\\').join('/')
  return { text: readFileSync(path, 'utf8'), label: file, file }
}

/** Annotates every problem at its spec line; throws when any is an error. */
function report(problems: SpecProblem[], source: SpecSource, locate: (path: SpecProblem['path']) => Position): void {
  for (const p of problems) {
    const where = formatPath(p.path)
    annotate(source, p.severity, where ? `${where}: ${p.message}` : p.message, locate(p.path))
  }
  if (problems.some(p => p.severity === 'error')) throw new SpecError(problems, source.label)
}

function annotate(source: SpecSource, level: 'error' | 'warning', message: string, at: Position): void {
  const properties = { title: 'build-matrix spec', file: source.file, startLine: at.line, startColumn: at.column }
  const text = source.file ? message : `${message} (${source.label}, line ${at.line})`
  if (level === 'error') log.error(text, properties)
  else log.warning(text, properties)
}
