/**
 * Runs one JavaScript action on this machine under the runner's contract (see ARCHITECTURE.md): inputs as
 * INPUT_* with action.yml defaults filled in, fresh runner files per step, `main`, then `post` when `post-if`
 * allows, with the state main saved, the environment it exported and the PATH it added.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join, resolve } from 'node:path'
import { loadActionMetadata, type ActionMetadata } from './action-metadata.js'
import { evaluate, interpolate, isTruthy, type ExpressionContext } from './expressions.js'
import { parseKeyValueFile, parsePathFile } from './runner-files.js'

export interface LocalRunOptions {
  actionDir: string
  inputs?: Record<string, string>
  /** Extra environment for the action (also the place for RUNNER_OS etc. overrides). */
  env?: Record<string, string>
  eventName?: string
  event?: unknown
  /**
   * A root for workspace, temp and tool cache; by default a new temporary folder, removed when the run ends
   * unless `keep` is set (a root the caller gives is the caller's and is never removed).
   */
  root?: string
  keep?: boolean
  workspace?: string
  toolCache?: string
  /** Echo the action's (masked) output to this process as it runs. */
  echo?: boolean
  timeoutMs?: number
  /**
   * The Node.js binary that runs the action's scripts. Default: the `LOCAL_RUNNER_NODE` environment variable when
   * set (another runtime, e.g. the win32 Node.js under Wine), else this process's node.
   */
  node?: string
}

/** The environment variable that names the Node.js binary running actions (documented in README, Test). */
export const NODE_ENV_VARIABLE = 'LOCAL_RUNNER_NODE'

/** Which node runs the action: the option, else LOCAL_RUNNER_NODE, else the node running this process. */
export function actionNode(option: string | undefined, env: NodeJS.ProcessEnv, execPath: string): string {
  const chosen = option ?? env[NODE_ENV_VARIABLE]
  return chosen && chosen.trim() !== '' ? resolve(chosen) : execPath
}

export interface StepResult {
  phase: 'main' | 'post'
  exitCode: number
  /** stdout and stderr as the runner would log them: masked values replaced by ***. */
  log: string
  /** The unmasked raw stdout and stderr, for tests that check masking itself. */
  rawStdout: string
  rawStderr: string
  summary: string
}

export interface LocalRunResult {
  exitCode: number
  success: boolean
  steps: StepResult[]
  outputs: Record<string, string>
  exportedEnv: Record<string, string>
  paths: string[]
  state: Record<string, string>
  summary: string
  masks: string[]
  /** The `::error::` and `::warning::` annotations from all steps. */
  annotations: { level: string; message: string }[]
  root: string
  workspace: string
  temp: string
  toolCache: string
  /** True when `root` is still on disk after the run (given by the caller, or kept with `keep`). */
  kept: boolean
}

const RUNNER_PREFIXES = ['INPUT_', 'STATE_', 'GITHUB_', 'RUNNER_', 'ACTIONS_']

export async function runLocalAction(options: LocalRunOptions): Promise<LocalRunResult> {
  const actionDir = resolve(options.actionDir)
  const metadata = loadActionMetadata(actionDir)
  const owned = options.root === undefined
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'ci-actions-run-'))
  const remove = owned && !options.keep
  try {
    return await runIn(root, !remove)
  } finally {
    if (remove) rmSync(root, { recursive: true, force: true, maxRetries: 3 })
  }

  async function runIn(root: string, kept: boolean): Promise<LocalRunResult> {
    const workspace = options.workspace ?? join(root, 'workspace')
    const temp = join(root, 'temp')
    const toolCache = options.toolCache ?? join(root, 'tool-cache')
    const files = join(root, 'runner-files')
    for (const dir of [workspace, temp, toolCache, files]) mkdirSync(dir, { recursive: true })

    const eventPath = join(files, 'event.json')
    writeFileSync(eventPath, JSON.stringify(options.event ?? {}))
    const base = baseEnvironment({ workspace, temp, toolCache, eventPath, eventName: options.eventName ?? 'push' })
    const userEnv = { ...base, ...options.env }
    const context = expressionContext(userEnv, 'success')
    const inputs = resolveInputs(metadata, options.inputs ?? {}, context)

    const result: LocalRunResult = {
      exitCode: 0,
      success: true,
      steps: [],
      outputs: {},
      exportedEnv: {},
      paths: [],
      state: {},
      summary: '',
      masks: [],
      annotations: [],
      root,
      workspace,
      temp,
      toolCache,
      kept
    }

    const main = await runStep('main', metadata.runs.main, {})
    result.outputs = main.outputs
    result.state = main.state
    result.exportedEnv = main.env
    result.paths = main.paths

    const postIf = metadata.runs['post-if'] ?? 'always()'
    const status = main.exitCode === 0 ? 'success' : 'failure'
    if (
      metadata.runs.post &&
      isTruthy(evaluate(postIf, expressionContext({ ...userEnv, ...result.exportedEnv }, status)))
    ) {
      const stateEnv = Object.fromEntries(Object.entries(main.state).map(([k, v]) => [`STATE_${k}`, v]))
      const post = await runStep('post', metadata.runs.post, stateEnv)
      Object.assign(result.exportedEnv, post.env)
      result.paths.push(...post.paths)
    }
    result.summary = result.steps.map(step => step.summary).join('')
    result.exitCode = result.steps.find(step => step.exitCode !== 0)?.exitCode ?? 0
    result.success = result.exitCode === 0
    return result

    async function runStep(phase: 'main' | 'post', entry: string, stateEnv: Record<string, string>) {
      const stepFiles = Object.fromEntries(
        ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map(name => {
          const path = join(files, `${phase}-${name.toLowerCase()}`)
          writeFileSync(path, '')
          return [name, path]
        })
      ) as Record<string, string>
      const pathVar = [...result.paths]
        .reverse()
        .concat(userEnv.PATH ?? process.env.PATH ?? '')
        .join(delimiter)
      const env: Record<string, string> = {
        ...userEnv,
        ...(phase === 'post' ? result.exportedEnv : {}),
        ...inputs,
        ...stateEnv,
        ...stepFiles,
        PATH: pathVar
      }
      const script = resolve(actionDir, entry)
      if (!existsSync(script))
        throw new Error(`${metadata.name}: runs.${phase} points at ${script}, which does not exist`)
      const { exitCode, stdout, stderr } = await runNode(
        actionNode(options.node, process.env, process.execPath),
        script,
        env,
        workspace,
        options.timeoutMs
      )
      const read = (name: string) => readFileSync(stepFiles[name] as string, 'utf8')
      scanWorkflowCommands(stdout, result)
      // As the runner: debug lines are shown only when the run has debug logging on (RUNNER_DEBUG=1).
      const shown = env.RUNNER_DEBUG === '1' ? stdout : stdout.replace(/^::debug::.*(?:\r?\n|$)/gm, '')
      const log = applyMasks(shown + stderr, result.masks)
      if (options.echo) process.stdout.write(log)
      const step: StepResult = {
        phase,
        exitCode,
        log,
        rawStdout: stdout,
        rawStderr: stderr,
        summary: read('GITHUB_STEP_SUMMARY')
      }
      result.steps.push(step)
      return {
        exitCode,
        outputs: parseKeyValueFile(read('GITHUB_OUTPUT')),
        env: parseKeyValueFile(read('GITHUB_ENV')),
        state: parseKeyValueFile(read('GITHUB_STATE')),
        paths: parsePathFile(read('GITHUB_PATH'))
      }
    }
  }
}

function baseEnvironment(dirs: {
  workspace: string
  temp: string
  toolCache: string
  eventPath: string
  eventName: string
}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !RUNNER_PREFIXES.some(prefix => name.startsWith(prefix))) env[name] = value
  }
  const os = process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux'
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_EVENT_NAME: dirs.eventName,
    GITHUB_EVENT_PATH: dirs.eventPath,
    GITHUB_REPOSITORY: 'aswf-local/example',
    GITHUB_REPOSITORY_OWNER: 'aswf-local',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'local',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_OS: os,
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    RUNNER_TEMP: dirs.temp,
    RUNNER_TOOL_CACHE: dirs.toolCache,
    RUNNER_NAME: 'local-runner'
  }
}

function expressionContext(env: Record<string, string>, status: ExpressionContext['status']): ExpressionContext {
  const github: Record<string, string | undefined> = {
    token: env.GITHUB_TOKEN ?? '',
    repository: env.GITHUB_REPOSITORY,
    repository_owner: env.GITHUB_REPOSITORY_OWNER,
    workspace: env.GITHUB_WORKSPACE,
    event_name: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    server_url: env.GITHUB_SERVER_URL,
    api_url: env.GITHUB_API_URL
  }
  const runner: Record<string, string | undefined> = { os: env.RUNNER_OS, arch: env.RUNNER_ARCH, temp: env.RUNNER_TEMP }
  return {
    status,
    lookup(path) {
      const [scope, ...rest] = path.split('.')
      const key = rest.join('.')
      if (scope === 'env') return env[key]
      if (scope === 'github') return github[key]
      if (scope === 'runner') return runner[key]
      throw new Error(`Unsupported context '${path}' (the local runner knows env, github and runner)`)
    }
  }
}

function resolveInputs(metadata: ActionMetadata, given: Record<string, string>, context: ExpressionContext) {
  for (const name of Object.keys(given)) {
    if (!(name in metadata.inputs)) {
      // The runner only warns here; so do we, on stderr, and still pass the value through.
      process.stderr.write(`warning: unexpected input '${name}' for ${metadata.name}\n`)
    }
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(metadata.inputs)) {
    const value = given[name] ?? (spec.default !== undefined ? interpolate(spec.default, context) : undefined)
    if (value !== undefined) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(given)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

function runNode(node: string, script: string, env: Record<string, string>, cwd: string, timeoutMs = 10 * 60 * 1000) {
  if (!existsSync(node)) {
    throw new Error(`The Node.js binary ${node} (option node or ${NODE_ENV_VARIABLE}) does not exist`)
  }
  return new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(node, [script], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', chunk => out.push(chunk))
    child.stderr.on('data', chunk => err.push(chunk))
    child.on('error', reject)
    child.on('close', code => {
      clearTimeout(timer)
      resolvePromise({
        exitCode: code ?? 1,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString()
      })
    })
  })
}

function unescapeCommandData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function scanWorkflowCommands(stdout: string, result: LocalRunResult): void {
  for (const line of stdout.split(/\r?\n/)) {
    const command = /^::([\w-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!command) continue
    const [, name, data] = command as unknown as [string, string, string]
    if (name === 'add-mask') {
      const value = unescapeCommandData(data)
      if (value && !result.masks.includes(value)) result.masks.push(value)
    } else if (name === 'error' || name === 'warning' || name === 'notice') {
      result.annotations.push({ level: name, message: unescapeCommandData(data) })
    }
  }
}

function applyMasks(text: string, masks: string[]): string {
  let masked = text
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) masked = masked.split(mask).join('***')
  // The runner never echoes the add-mask command itself.
  return masked.replace(/^::add-mask::.*$/gm, '::add-mask::***')
}
