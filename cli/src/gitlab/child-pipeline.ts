/**
 * build-matrix's cells → a GitLab child pipeline (for `trigger: include: artifact:`), pure. One job per cell: the
 * node type's tags from `runners.gitlab`, the cell's image and variables, rules that keep the `pr` profile for
 * merge-request pipelines, interruptible, a timeout; CPU cells in stage `cpu`, GPU node types in stage `gpu` after
 * it (scarce GPU nodes only run once the CPU builds pass). Fork merge requests never get protected tags unless the
 * spec allows it, and the job says why (a comment and CI_ACTIONS_TRUST).
 */
import type { EventTrust } from '../../../packages/toolkit/src/event.js'
import { problem, type SpecProblem } from '../../../actions/build-matrix/problems.js'
import {
  asList,
  type GitlabRunners,
  type MatrixCell,
  type MatrixSpec
} from '../../../actions/build-matrix/spec-types.js'

export const STAGES = ['cpu', 'gpu'] as const
export const DEFAULT_TIMEOUT = '1h'
/** A child pipeline is a merge-request pipeline when its own source is, or when its parent says so (see README). */
export const MERGE_REQUEST_RULE =
  '$CI_PIPELINE_SOURCE == "merge_request_event" || $CI_ACTIONS_PIPELINE_SOURCE == "merge_request_event"'
export const DEFAULT_SCRIPT = [
  'cmake -S . -B build -G "$CMAKE_GENERATOR" -DCMAKE_BUILD_TYPE="$CMAKE_BUILD_TYPE" -DCMAKE_CXX_STANDARD="$CMAKE_CXX_STANDARD" $CMAKE_ARGS',
  'cmake --build build --parallel',
  'ctest --test-dir build --output-on-failure $CTEST_ARGS'
]

export type NodeType = 'cpu' | 'nvidia' | 'amd' | 'intel'
const GPU_NODE_TYPES: NodeType[] = ['nvidia', 'amd']

export type JobVariable = string | { value: string; expand: false }

export interface GitlabJob {
  stage: (typeof STAGES)[number]
  image?: string
  tags?: string[]
  variables: Record<string, JobVariable>
  rules: { if?: string; when: 'on_success' | 'never' }[]
  interruptible: true
  timeout: string
  script: string[]
}

export interface ChildPipeline {
  stages: string[]
  variables: Record<string, string>
  jobs: Record<string, GitlabJob>
  /** Comment lines written above each job (why its tags are what they are). */
  comments: Record<string, string[]>
  problems: SpecProblem[]
}

export interface ChildPipelineOptions {
  /** Ids of the cells of the spec's `pr` profile; undefined when the spec has none (every cell runs on MRs). */
  prCells?: Set<string>
  trust: EventTrust
}

/** The node type a cell runs on: its backend's, else a GPU cell's NVIDIA node, else a CPU node. */
export function nodeTypeOf(cell: MatrixCell): NodeType {
  switch (cell.backend) {
    case 'cuda':
      return 'nvidia'
    case 'hip':
      return 'amd'
    case 'sycl':
      return 'intel'
    default:
      return cell.gpu ? 'nvidia' : 'cpu'
  }
}

export function childPipeline(spec: MatrixSpec, cells: MatrixCell[], options: ChildPipelineOptions): ChildPipeline {
  const gitlab: GitlabRunners = spec.runners?.gitlab ?? {}
  const problems: SpecProblem[] = []
  const protectedTags = new Set(asList(gitlab.protected))
  const withhold = !options.trust.trusted && gitlab['allow-forks'] !== true
  const jobs: Record<string, GitlabJob> = {}
  const comments: Record<string, string[]> = {}
  const at = spec.runners?.gitlab ? ['runners', 'gitlab'] : spec.runners ? ['runners'] : []

  for (const cell of cells) {
    if (cell.os !== 'linux') {
      problems.push(
        problem(
          ['os'],
          `cell ${cell.id} is a ${cell.os} cell: GitLab jobs are generated for linux cells (exclude { os: ${cell.os} })`
        )
      )
      continue
    }
    let nodeType = nodeTypeOf(cell)
    if (nodeType === 'intel' && gitlab.intel === undefined) nodeType = 'cpu'
    let tags = asList(gitlab[nodeType]).map(String)
    if (tags.length === 0) {
      problems.push(
        problem(
          at,
          `cell ${cell.id} runs on ${nodeType === 'cpu' ? 'a CPU' : `an ${nodeType}`} node: set runners.gitlab.${nodeType} (the tags of that node type)`
        )
      )
      continue
    }
    const lines: string[] = [`${cell.name}: node type ${nodeType}.`]
    const trustVars: Record<string, string> = {}
    const held = tags.filter(tag => protectedTags.has(tag))
    let gpu = cell.gpu
    const withheld = withhold && held.length > 0
    if (withheld) {
      const fallback = asList(gitlab.cpu)
        .map(String)
        .filter(tag => !protectedTags.has(tag))
      const why = `${options.trust.reason}: protected tags ${held.join(', ')} withheld (runners.gitlab.allow-forks is not true)`
      lines.push(
        `Untrusted: ${why}.`,
        fallback.length > 0
          ? `Builds on the CPU node's tags (${fallback.join(', ')}), GPU tests off.`
          : 'No unprotected CPU tags: builds on any untagged runner, GPU tests off.'
      )
      tags = fallback
      nodeType = 'cpu'
      gpu = false
      trustVars.CI_ACTIONS_TRUST = `untrusted: ${why}`
    } else {
      trustVars.CI_ACTIONS_TRUST = `${options.trust.trusted ? 'trusted' : 'untrusted'}: ${options.trust.reason}`
    }
    trustVars.CI_ACTIONS_GPU = String(gpu)
    trustVars.CI_ACTIONS_RUN_GPU_TESTS = String(gpu)

    const inPr = options.prCells === undefined || options.prCells.has(cell.id)
    if (!inPr) lines.push("Not in the 'pr' profile: skipped in merge-request pipelines.")
    const image = cell.container || gitlab.image
    const job: GitlabJob = {
      stage: GPU_NODE_TYPES.includes(nodeType) ? 'gpu' : 'cpu',
      ...(image ? { image } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      variables: jobVariables(cell, trustVars),
      rules: [{ if: MERGE_REQUEST_RULE, when: inPr ? 'on_success' : 'never' }, { when: 'on_success' }],
      interruptible: true,
      timeout: gitlab.timeout ?? DEFAULT_TIMEOUT,
      // A withheld GPU cell builds on a CPU node; the default script then leaves out ctest (its GPU tests cannot
      // run there). A spec's own script reads CI_ACTIONS_RUN_GPU_TESTS.
      script: gitlab.script ?? (withheld ? DEFAULT_SCRIPT.filter(line => !line.startsWith('ctest')) : DEFAULT_SCRIPT)
    }
    jobs[cell.id] = job
    comments[cell.id] = lines
  }
  return {
    stages: [...STAGES],
    variables: {
      CI_ACTIONS_TRUST: `${options.trust.trusted ? 'trusted' : 'untrusted'}: ${options.trust.reason}`
    },
    jobs,
    comments,
    problems
  }
}

/** What a build reads: compilers, CMake settings, the cell's env (backend variables included), then trust. */
function jobVariables(cell: MatrixCell, trust: Record<string, string>): Record<string, JobVariable> {
  const plain: Record<string, string> = {
    CI_ACTIONS_CELL: cell.id,
    CC: cell.cc,
    CXX: cell.cxx,
    CMAKE_BUILD_TYPE: cell['build-type'],
    CMAKE_CXX_STANDARD: String(cell['cxx-standard']),
    CMAKE_GENERATOR: cell['cmake-generator'],
    CMAKE_ARGS: cell['cmake-args'].join(' '),
    CTEST_ARGS: cell['ctest-args'].join(' ')
  }
  if (cell['vfx-platform'] !== null) plain.VFX_PLATFORM = String(cell['vfx-platform'])
  if (cell['python-version']) plain.PYTHON_VERSION = cell['python-version']
  Object.assign(plain, cell.env, trust)
  // GitLab expands $NAME in variables: a value from the spec is meant literally.
  return Object.fromEntries(
    Object.entries(plain).map(([name, value]) => [name, value.includes('$') ? { value, expand: false } : value])
  )
}

/** The pipeline as YAML text, each job preceded by its comment lines. */
export async function renderChildPipeline(pipeline: ChildPipeline, header: string[]): Promise<string> {
  const { stringify } = await import('yaml')
  // GitLab reads YAML 1.1 (Ruby's Psych): written as 1.1, `ON`, `yes` and `0755` stay text in every variable.
  const yaml = (value: unknown) => stringify(value, { version: '1.1', lineWidth: 0 })
  const comment = (lines: string[]) => lines.map(line => `# ${line.replace(/[\r\n]+/g, ' ')}\n`).join('')
  const parts = [comment(header), yaml({ stages: pipeline.stages, variables: pipeline.variables })]
  for (const [name, job] of Object.entries(pipeline.jobs)) {
    parts.push('\n', comment(pipeline.comments[name] ?? []), yaml({ [name]: job }))
  }
  if (Object.keys(pipeline.jobs).length === 0) {
    // GitLab refuses a pipeline without a job: say plainly that the matrix is empty.
    parts.push(
      '\n',
      yaml({ 'empty-matrix': { stage: 'cpu', script: ['echo "The matrix has no cells for this pipeline."'] } })
    )
  }
  return parts.join('')
}
