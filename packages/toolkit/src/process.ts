/**
 * Process execution with argv arrays only: never a shell, so no value can be re-interpreted as shell syntax.
 * Output is captured (and optionally echoed), a timeout kills the whole process, and secrets reach children only
 * through their environment, stdin or extra file descriptors, never their argv.
 */
import type { StdioOptions } from 'node:child_process'
import type { Readable } from 'node:stream'
import { UserError } from './errors.js'

export interface RunOptions {
  cwd?: string
  /** Environment of the child; defaults to this process's environment. */
  env?: NodeJS.ProcessEnv
  /** Written to the child's stdin, which is then closed. */
  input?: string | Buffer
  /** Extra readable file descriptors (fd 3, 4, …) carrying e.g. a passphrase; a pipe each. */
  extraInputs?: (string | Buffer)[]
  timeoutMs?: number
  /** Echo the child's output to ours as it arrives (the runner log). */
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

export async function runProcess(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  // Loaded on first use: node:child_process (with net and streams) costs an action's start-up ~7 ms.
  const { spawn } = await import('node:child_process')
  const extra = options.extraInputs ?? []
  const stdio: StdioOptions = ['pipe', 'pipe', 'pipe', ...extra.map(() => 'pipe' as const)]
  return new Promise((resolve, reject) => {
    let child
    try {
      child = spawn(file, [...args], {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio,
        shell: false,
        windowsHide: true
      })
    } catch (error) {
      reject(error)
      return
    }
    const out: Buffer[] = []
    const err: Buffer[] = []
    let timedOut = false
    const timer =
      options.timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true
            child.kill('SIGKILL')
          }, options.timeoutMs)
        : undefined
    child.stdout?.on('data', (chunk: Buffer) => {
      out.push(chunk)
      if (options.echo) process.stdout.write(chunk)
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      err.push(chunk)
      if (options.echo) process.stderr.write(chunk)
    })
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(options.input ?? '')
    extra.forEach((value, i) => {
      const stream = child.stdio[3 + i] as unknown as NodeJS.WritableStream & { on: Readable['on'] }
      stream.on('error', () => undefined)
      stream.end(value)
    })
    child.on('error', error => {
      if (timer) clearTimeout(timer)
      const code = (error as NodeJS.ErrnoException).code
      reject(code === 'ENOENT' ? new UserError(`${file} was not found on PATH.`) : error)
    })
    child.on('close', code => {
      if (timer) clearTimeout(timer)
      const result = {
        exitCode: code ?? -1,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut
      }
      if ((options.check ?? true) && (timedOut || result.exitCode !== 0)) reject(new ProcessError(file, result))
      else resolve(result)
    })
  })
}

/** Finds an executable on PATH (PATHEXT on Windows) without running anything. */
export async function which(name: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { access, constants } = await import('node:fs/promises')
  const { delimiter, join, isAbsolute } = await import('node:path')
  const exts = process.platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : ['']
  const candidates = isAbsolute(name)
    ? [name]
    : (env.PATH ?? '')
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
