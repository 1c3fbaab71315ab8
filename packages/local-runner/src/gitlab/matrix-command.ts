/**
 * ci-actions matrix --spec-file <file> --format gitlab|github [--profile auto|full|<name>] [--max-jobs N]
 *
 * build-matrix's expansion outside GitHub: `github` prints today's matrix JSON (`{"include": [cells]}`, the action's
 * `matrix` output); `gitlab` prints a child pipeline for `trigger: include: artifact:`. Spec problems are printed
 * as `file:line:col: error: <where>: <message>`, the very messages and places the action annotates; exit status 1
 * when there is an error, 2 for a bad command line.
 */
import { InputError, UserError } from '../../../toolkit/src/errors.js'
import { DEFAULT_SPEC_FILE, GITHUB_MATRIX_LIMIT, readSpecFile } from '../../../../actions/build-matrix/inputs.js'
import { expandMatrix } from '../../../../actions/build-matrix/expand.js'
import { chooseProfile } from '../../../../actions/build-matrix/profile.js'
import { problemText, type SpecProblem } from '../../../../actions/build-matrix/problems.js'
import { parseSpecDocument, type SpecDocument } from '../../../../actions/build-matrix/spec-document.js'
import { checkSpecShape } from '../../../../actions/build-matrix/spec-schema.js'
import type { MatrixSpec } from '../../../../actions/build-matrix/spec-types.js'
import { childPipeline, renderChildPipeline } from './child-pipeline.js'
import { OptionError, parseOptions } from './options.js'
import { gitlabTrust } from './trust.js'

export interface CommandIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

const FORMATS = ['gitlab', 'github']

export async function runMatrixCommand(argv: string[], io: CommandIo): Promise<number> {
  let format: string
  let options: Map<string, string>
  try {
    options = parseOptions(argv, {
      values: {
        '--spec-file': 'a YAML matrix spec file',
        '--format': FORMATS.join(' or '),
        '--profile': "'auto', 'full' or a profile of the spec (--format github)",
        '--max-jobs': `a whole number from 1 to ${GITHUB_MATRIX_LIMIT} (--format github)`
      }
    })
    const maxJobs = options.get('--max-jobs')
    if (
      maxJobs !== undefined &&
      (!/^\d+$/.test(maxJobs) || Number(maxJobs) < 1 || Number(maxJobs) > GITHUB_MATRIX_LIMIT)
    )
      throw new OptionError('--max-jobs', maxJobs, `a whole number from 1 to ${GITHUB_MATRIX_LIMIT}`)
    format = options.get('--format') ?? ''
    if (!FORMATS.includes(format)) throw new OptionError('--format', options.get('--format'), FORMATS.join(' or '))
    if (format === 'gitlab' && (options.has('--profile') || options.has('--max-jobs')))
      throw new OptionError(
        '--profile/--max-jobs',
        'with --format gitlab',
        "--format github (GitLab's rules pick the 'pr' profile)"
      )
  } catch (error) {
    if (!(error instanceof OptionError)) throw error
    io.err(`ci-actions matrix: ${error.message}\n`)
    return 2
  }

  const specFile = options.get('--spec-file') ?? DEFAULT_SPEC_FILE
  let source
  try {
    source = readSpecFile(specFile, io.cwd)
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    io.err(`ci-actions matrix: --spec-file '${error.value}': expected ${error.accepted.split(':')[0]}.\n`)
    return 1
  }
  const document = parseSpecDocument(source.text)
  const print = (problems: SpecProblem[]) => printProblems(problems, source.label, document, io)
  if (document.syntaxProblems.length > 0) {
    for (const { message, position } of document.syntaxProblems)
      io.err(`${source.label}:${position.line}:${position.column}: error: ${message}\n`)
    return 1
  }
  const shape = checkSpecShape(document.value)
  if (!shape.spec) {
    print(shape.problems)
    return 1
  }
  const spec = shape.spec

  try {
    return format === 'github' ? github(spec, options, io, print) : await gitlab(spec, source.label, io, print)
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    io.err(`ci-actions matrix: ${error.message}\n`)
    return 1
  }
}

function github(
  spec: MatrixSpec,
  options: Map<string, string>,
  io: CommandIo,
  print: (problems: SpecProblem[]) => boolean
): number {
  const maxJobs = Number(options.get('--max-jobs') ?? GITHUB_MATRIX_LIMIT)
  const profile = chooseProfile(
    options.get('--profile') ?? 'auto',
    io.env.GITHUB_EVENT_NAME ?? '',
    Object.keys(spec.profiles ?? {})
  )
  const expansion = expandMatrix(spec, { profile: profile.name })
  if (print(expansion.problems)) return 1
  if (expansion.cells.length > maxJobs) {
    io.err(
      `ci-actions matrix: the matrix has ${expansion.cells.length} cells, more than --max-jobs (${maxJobs}); ${profile.reason}. Nothing was trimmed.\n`
    )
    return 1
  }
  io.out(`${JSON.stringify({ include: expansion.cells })}\n`)
  return 0
}

async function gitlab(
  spec: MatrixSpec,
  label: string,
  io: CommandIo,
  print: (problems: SpecProblem[]) => boolean
): Promise<number> {
  const forExpansion = withGitlabNodeTypes(spec)
  const full = expandMatrix(forExpansion)
  if (print(full.problems)) return 1
  const pr = spec.profiles?.pr ? expandMatrix(forExpansion, { profile: 'pr' }) : undefined
  const trust = gitlabTrust(io.env)
  const pipeline = childPipeline(spec, full.cells, {
    prCells: pr && new Set(pr.cells.map(cell => cell.id)),
    trust
  })
  if (print(pipeline.problems)) return 1
  const header = [
    `Generated by ci-actions matrix --format gitlab from ${label}: ${Object.keys(pipeline.jobs).length} jobs (${full.axesText}).`,
    pr
      ? `Merge-request pipelines run the 'pr' profile (${pr.cells.length} jobs); other pipelines run them all.`
      : 'Every pipeline runs every job (the spec has no pr profile).',
    `Trust: ${trust.trusted ? 'trusted' : 'untrusted'}, ${trust.reason}.`
  ]
  io.out(await renderChildPipeline(pipeline, header))
  return 0
}

/**
 * build-matrix wants a GitHub node type for cuda and hip cells (runners.cuda/hip/gpu). On GitLab the node types are
 * runners.gitlab's; fill the GitHub keys from them (or a placeholder) so the expansion runs, and let the GitLab
 * mapping report a missing node type in GitLab's terms. `runs-on` is not used in a GitLab pipeline.
 */
function withGitlabNodeTypes(spec: MatrixSpec): MatrixSpec {
  const runners = { ...spec.runners }
  runners.cuda ??= runners.gpu ?? spec.runners?.gitlab?.nvidia ?? 'gitlab-nvidia'
  runners.hip ??= spec.runners?.gitlab?.amd ?? 'gitlab-amd'
  return { ...spec, runners }
}

/** Prints each problem at its place in the spec, as the action annotates it; true when any is an error. */
function printProblems(problems: SpecProblem[], label: string, document: SpecDocument, io: CommandIo): boolean {
  for (const p of problems) {
    const { line, column } = document.locate(p.path)
    io.err(`${label}:${line}:${column}: ${p.severity}: ${problemText(p)}\n`)
  }
  return problems.some(p => p.severity === 'error')
}
