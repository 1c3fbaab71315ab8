/**
 * Child processes with argv arrays only (never a shell, so no value can be re-interpreted as shell syntax), through
 * @actions/exec. Output is captured and optionally echoed, neutralized line by line (a tool's output is untrusted
 * text: a line of it must not become a workflow command). Every child gets childEnv(): never the runner's INPUT_*
 * variables (they hold secrets as given), nor its runtime and OIDC request tokens, unless a call passes one by name.
 *
 * @actions/exec has no timeout and no extra file descriptors, does not hand out the child it starts, and writes
 * `input` to the child's stdin without an error handler (a child that exits without reading it crashes the action
 * with EPIPE). A call that needs a timeout (a hung GPU driver), stdin data or an extra fd (a passphrase on fd 3) is
 * therefore started with node:child_process.spawn here, with the same environment, logging and result
 * (docs/adr/0002-child-processes-through-actions-exec.md).
 */
import { exec } from '@actions/exec'
import type { ChildProcess, StdioOptions } from 'node:child_process'
import { access, constants } from 'node:fs/promises'
import { delimiter, isAbsolute, join, resolve } from 'node:path'
import { log } from './runner.js'
import { UserError } from './errors.js'
import { debugDecision } from './runner.js'

export interface RunOptions {
  cwd?: string
  /** Environment of the child, before childEnv() withholds the runner's secrets; defaults to this process's. */
  env?: NodeJS.ProcessEnv
  /** Withheld variables (e.g. ACTIONS_RUNTIME_TOKEN) this call passes on deliberately, by exact name. */
  passEnv?: readonly string[]
  /** Written to the child's stdin, which is then closed. Without it, stdin is left open, as @actions/exec leaves it. */
  input?: string | Buffer
  /** Extra readable file descriptors (fd 3, 4, …) carrying e.g. a passphrase; a pipe each. */
  extraInputs?: (string | Buffer)[]
  timeoutMs?: number
  /** Echo the child's output to ours as it arrives (the runner log), each line neutralized. */
  echo?: boolean
  /** Throw a UserError on a non-zero exit (default true). */
  check?: boolean
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  timedOut: boolean
}

export class ProcessError extends UserError {
  constructor(
    readonly command: string,
    readonly result: RunResult
  ) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-5).join('\n')
    super(
      result.timedOut
        ? `${command} did not finish in time and was stopped.`
        : `${command} failed with exit code ${result.exitCode}${tail ? `:\n${tail}` : '.'}`
    )
  }
}

/** Variables no child gets unless a call names them in passEnv: the inputs as given, and the runner's tokens. */
const WITHHELD = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN)$/i

/** The environment of every child process the toolkit starts. */
export function childEnv(
  base: NodeJS.ProcessEnv = process.env,
  passEnv: readonly string[] = []
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(base)) {
    if (value === undefined) continue
    if (WITHHELD.test(name) && !passEnv.includes(name)) continue
    env[name] = value
  }
  return env
}

export async function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const env = childEnv(options.env ?? process.env, options.passEnv)
  const path = await which(file, env, options.cwd)
  if (path === undefined) throw new UserError(`${file} was not found on PATH.`)
  debugDecision('process start', {
    file: path,
    args,
    cwd: options.cwd ?? process.cwd(),
    stdinBytes: options.input?.length ?? 0,
    extraFds: options.extraInputs?.length ?? 0,
    timeoutMs: options.timeoutMs,
    // Names only: what childEnv withheld from this child.
    withheld: Object.keys(options.env ?? process.env).filter(name => !(name in env))
  })
  const output = new Output(options.echo ?? false)
  const needsSpawn =
    options.timeoutMs !== undefined ||
    options.input !== undefined ||
    (options.extraInputs?.length ?? 0) > 0 ||
    path.includes('"')
  const { exitCode, timedOut } = needsSpawn
    ? await spawnWithExtras(path, args, env, options, output)
    : { exitCode: await runWithExec(path, args, env, options, output), timedOut: false }
  const result = { exitCode, timedOut, ...output.finish() }
  debugDecision('process end', { file, exitCode, timedOut })
  if ((options.check ?? true) && (timedOut || exitCode !== 0)) throw new ProcessError(file, result)
  return result
}

async function runWithExec(
  path: string,
  args: readonly string[],
  env: Record<string, string>,
  options: RunOptions,
  output: Output
): Promise<number> {
  const code = await exec(quoteToolPath(path), [...args], {
    cwd: options.cwd,
    env,
    silent: true,
    ignoreReturnCode: true,
    listeners: { stdout: chunk => output.add('stdout', chunk), stderr: chunk => output.add('stderr', chunk) }
  })
  return code ?? -1
}

async function spawnWithExtras(
  path: string,
  args: readonly string[],
  env: Record<string, string>,
  options: RunOptions,
  output: Output
): Promise<{ exitCode: number; timedOut: boolean }> {
  const { spawn } = await import('node:child_process')
  const extra = options.extraInputs ?? []
  const stdio: StdioOptions = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe' as const)]
  return new Promise((resolvePromise, reject) => {
    let child: ChildProcess
    try {
      child = spawn(path, [...args], { cwd: options.cwd, env, stdio, shell: false, windowsHide: true })
    } catch (error) {
      reject(error)
      return
    }
    let timedOut = false
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
        : undefined
    child.stdout?.on('data', (chunk: Buffer) => output.add('stdout', chunk))
    child.stderr?.on('data', (chunk: Buffer) => output.add('stderr', chunk))
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(options.input ?? '')
    extra.forEach((value, i) => {
      const stream = child.stdio[3 + i] as NodeJS.WritableStream & { on: (e: string, f: () => void) => unknown }
      stream.on('error', () => undefined)
      stream.end(value)
    })
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      reject(error)
    })
    child.on('close', code => {
      if (timer) clearTimeout(timer)
      resolvePromise({ exitCode: code ?? -1, timedOut })
    })
  })
}

/**
 * exec() parses its first argument as a command line (the arguments array is passed on as given): the program's
 * path is put in double quotes, so a path with spaces (`Program Files (x86)`) stays one path; backslashes are kept
 * as they are inside quotes. A path holding a double quote cannot be written that way and takes the spawn path.
 */
export function quoteToolPath(path: string): string {
  return `"${path}"`
}

/** Collects a child's output; when echoing, logs it line by line through the neutralizing logger. */
class Output {
  private readonly chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] }
  private readonly partial = { stdout: '', stderr: '' }

  constructor(private readonly echo: boolean) {}

  add(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    this.chunks[stream].push(chunk)
    if (!this.echo) return
    const lines = (this.partial[stream] + chunk.toString('utf8')).split('\n')
    this.partial[stream] = lines.pop() ?? ''
    for (const line of lines) log.info(line.replace(/\r$/, ''))
  }

  finish(): { stdout: string; stderr: string } {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.echo && this.partial[stream] !== '') log.info(this.partial[stream])
      this.partial[stream] = ''
    }
    return {
      stdout: Buffer.concat(this.chunks.stdout).toString('utf8'),
      stderr: Buffer.concat(this.chunks.stderr).toString('utf8')
    }
  }
}

/** Finds an executable on PATH (PATHEXT on Windows), or a path relative to cwd, without running anything. */
export async function which(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd()
): Promise<string | undefined> {
  const exts = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : ['']
  const hasSeparator = name.includes('/') || (process.platform === 'win32' && name.includes('\\'))
  const candidates = isAbsolute(name)
    ? exts.map(ext => name + ext)
    : hasSeparator
      ? exts.map(ext => resolve(cwd, name + ext))
      : (env.PATH ?? env.Path ?? '')
          .split(delimiter)
          .filter(Boolean)
          .flatMap(dir => exts.map(ext => join(dir, name + ext)))
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK)
      return candidate
    } catch {
      // keep looking
    }
  }
  return undefined
}
