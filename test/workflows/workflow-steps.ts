/**
 * Runs the step scripts of a reusable workflow (.github/scripts/vfx-build/*.sh) the way the runner would run that
 * workflow's steps: the job's and the step's `env:` taken from the workflow file itself and evaluated against a
 * matrix cell, the inputs (with the workflow's defaults) and earlier steps' outputs; GITHUB_ENV written by one step
 * is the environment of the next. A test therefore breaks when the workflow stops passing something to a script.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { evaluate, interpolate, isTruthy } from '../../packages/local-runner/src/expressions.js'
import { parseKeyValueFile } from '../../packages/local-runner/src/runner-files.js'
import { repoRoot } from '../support/run-bundle.js'

const scriptsRoot = join(repoRoot, '.github/scripts')

export interface WorkflowStep {
  id?: string
  name?: string
  if?: string
  uses?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}
interface WorkflowJob {
  env?: Record<string, unknown>
  outputs?: Record<string, string>
  steps: WorkflowStep[]
}
interface Workflow {
  on: { workflow_call: { inputs: Record<string, { default?: unknown }> } }
  jobs: Record<string, WorkflowJob>
}

export function loadWorkflow(file = 'vfx-build.yml'): Workflow {
  return parse(readFileSync(join(repoRoot, '.github/workflows', file), 'utf8')) as Workflow
}

export type Cell = Record<string, unknown>

export interface JobContext {
  cell: Cell
  inputs?: Record<string, string | number | boolean>
  needs?: Record<string, string>
  secrets?: Record<string, string>
  workspace: string
}

/** A job being run step by step: step outputs and GITHUB_ENV carry over, as on a runner. */
export class JobRun {
  readonly stepOutputs: Record<string, Record<string, string>> = {}
  readonly exported: Record<string, string> = {}
  private readonly job: WorkflowJob
  private readonly inputs: Record<string, string>
  /** The workflow's scripts: .github/scripts/<workflow file name without .yml>/. */
  private readonly scriptsFolder: string

  constructor(
    private readonly context: JobContext,
    jobName = 'build',
    workflowFile = 'vfx-build.yml'
  ) {
    const workflow = loadWorkflow(workflowFile)
    this.scriptsFolder = workflowFile.replace(/\.ya?ml$/, '')
    this.job = workflow.jobs[jobName] as WorkflowJob
    this.inputs = {}
    for (const [name, spec] of Object.entries(workflow.on.workflow_call.inputs)) {
      this.inputs[name] = String(context.inputs?.[name] ?? spec.default ?? '')
    }
  }

  /** A context value; booleans print as GitHub prints them ('true'/'false') but test falsy in conditions. */
  private lookup(path: string, inCondition = false): string | undefined {
    const [scope, ...rest] = path.split('.')
    const key = rest.join('.')
    const plain = (value: unknown) =>
      value === undefined || value === null || (value === false && inCondition)
        ? ''
        : typeof value === 'string'
          ? value
          : String(value)
    if (scope === 'matrix') return plain(this.context.cell[key])
    if (scope === 'inputs') return inCondition && this.inputs[key] === 'false' ? '' : this.inputs[key]
    if (scope === 'github' && key === 'workspace') return this.context.workspace
    if (scope === 'github' && key === 'sha') return '0'.repeat(40)
    if (scope === 'needs') return this.context.needs?.[rest.slice(2).join('.')] ?? ''
    if (scope === 'secrets') return this.context.secrets?.[key] ?? ''
    if (scope === 'steps') {
      const [id, kind, name] = rest
      return kind === 'outputs' ? (this.stepOutputs[id as string]?.[name as string] ?? '') : ''
    }
    throw new Error(`the test does not know ${path}`)
  }

  private value(raw: unknown): string {
    const text = String(raw ?? '')
    // toJSON(matrix) and toJSON(matrix.x) are the one function the build job uses in env; the local evaluator has no functions.
    // Its result is data: GitHub never evaluates a `${{` inside a value (OSL's matrix has one), so neither do we.
    const json: string[] = []
    const withTokens = text.replace(/\$\{\{\s*toJSON\(matrix(?:\.([\w-]+))?\)\s*\}\}/g, (_all, key?: string) => {
      json.push(JSON.stringify((key === undefined ? this.context.cell : this.context.cell[key]) ?? null))
      return `\uE000${json.length - 1}\uE000`
    })
    return interpolate(withTokens, { status: 'success', lookup: path => this.lookup(path) }).replace(
      /\uE000(\d+)\uE000/g,
      (_all, i: string) => json[Number(i)] as string
    )
  }

  /** A value of the workflow (a step's `with:`, a job output) as the runner evaluates it now. */
  evaluate(raw: unknown): string {
    return this.value(raw)
  }

  /** The job's steps, in order. */
  get steps(): WorkflowStep[] {
    return this.job.steps
  }

  /** Records the outputs of a step that is not a script (an action run through the local runner). */
  recordOutputs(step: WorkflowStep, outputs: Record<string, string>): void {
    if (step.id) this.stepOutputs[step.id] = outputs
  }

  /** The job's steps that use `action` (e.g. `actions/setup-python@`). */
  uses(action: string): WorkflowStep[] {
    return this.job.steps.filter(s => s.uses?.startsWith(action))
  }

  /** The step that runs `script` through the internal workflow-step action. */
  step(script: string): WorkflowStep {
    const found = this.job.steps.find(
      s => s.uses?.includes('/.github/actions/workflow-step@') && s.with?.script === `${this.scriptsFolder}/${script}`
    )
    if (!found) throw new Error(`no step runs ${script}`)
    return found
  }

  /** Whether the step's `if:` lets it run now (a step script by name, or any step of the job). */
  runs(script: string | WorkflowStep, status: 'success' | 'failure' = 'success'): boolean {
    const condition = (typeof script === 'string' ? this.step(script) : script).if
    if (!condition) return true
    if (status === 'failure' && !/\b(failure|always)\(\)/.test(condition)) return false
    return isTruthy(evaluate(condition, { status, lookup: path => this.lookup(path, true) }))
  }

  env(script: string): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(this.job.env ?? {})) env[k] = this.value(v)
    Object.assign(env, this.exported)
    for (const [k, v] of Object.entries(this.step(script).env ?? {})) env[k] = this.value(v)
    return env
  }

  run(script: string, extra: { path?: string[]; env?: Record<string, string> } = {}): StepResult {
    const result = runScript(
      `${this.scriptsFolder}/${script}`,
      { ...this.env(script), ...extra.env },
      this.context.workspace,
      extra.path
    )
    const id = this.step(script).id
    if (id) this.stepOutputs[id] = result.outputs
    Object.assign(this.exported, result.exported)
    return result
  }
}

export interface StepResult {
  status: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  exported: Record<string, string>
}

/** Runs one step script (`<workflow>/<name>`) with exactly `env` (plus PATH and the runner files), in `cwd`. */
function runScript(script: string, env: Record<string, string>, cwd: string, pathFirst: string[] = []): StepResult {
  const files = mkdtempSync(join(tmpdir(), 'step-files-'))
  const output = join(files, 'output')
  const exported = join(files, 'env')
  writeFileSync(output, '')
  writeFileSync(exported, '')
  const child = spawnSync('bash', [join(scriptsRoot, `${script}.sh`)], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: {
      ...env,
      PATH: [...pathFirst, process.env.PATH ?? ''].join(':'),
      HOME: process.env.HOME ?? files,
      RUNNER_OS: env.RUNNER_OS ?? 'Linux',
      GITHUB_WORKSPACE: cwd,
      GITHUB_OUTPUT: output,
      GITHUB_ENV: exported
    }
  })
  return {
    status: child.status ?? -1,
    stdout: child.stdout,
    stderr: child.stderr,
    outputs: parseKeyValueFile(readFileSync(output, 'utf8')),
    exported: parseKeyValueFile(readFileSync(exported, 'utf8'))
  }
}

/** A `docker` on PATH that records each call (argv and the environment docker would forward) as JSON lines. */
export function dockerStub(
  cmakeVersion: string,
  options: { ccache?: boolean } = {}
): { bin: string; calls: () => DockerCall[] } {
  const bin = mkdtempSync(join(tmpdir(), 'docker-stub-'))
  const log = join(bin, 'calls.jsonl')
  writeFileSync(log, '')
  const stub = `#!/usr/bin/env node
const { appendFileSync } = require('node:fs')
const argv = process.argv.slice(2)
appendFileSync(${JSON.stringify(log)}, JSON.stringify({ argv, env: process.env }) + '\\n')
const tail = argv.join(' ')
if (argv[0] === 'exec' && / cmake --version$/.test(tail)) console.log('cmake version ${cmakeVersion}\\n\\nCMake suite maintained and supported by Kitware')
if (argv[0] === 'exec' && / ccache --version$/.test(tail)) process.exit(${options.ccache === false ? 1 : 0})
`
  writeFileSync(join(bin, 'docker'), stub)
  chmodSync(join(bin, 'docker'), 0o755)
  return {
    bin,
    calls: () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line) as DockerCall)
  }
}

export interface DockerCall {
  argv: string[]
  env: Record<string, string>
}

export function workspaceWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vfx-build-ws-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}
