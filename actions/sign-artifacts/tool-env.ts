import { runProcess, type RunOptions, type RunResult } from '../../packages/toolkit/src/process.js'
import { log } from '../../packages/toolkit/src/runner.js'
/**
 * The environment the signing tools run with: this process's, minus the runner's INPUT_* variables (they hold
 * the secrets as given) and the OIDC request token. The tools need none of them, and a child that dumps its
 * environment, or a crash report that includes it, then cannot leak a password.
 */
const PRIVATE = /^(INPUT_|ACTIONS_ID_TOKEN_REQUEST_TOKEN$|ACTIONS_RUNTIME_TOKEN$)/i

export function toolEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !PRIVATE.test(name)))
}

/** runProcess (argv only, never a shell) with toolEnv(). */
export function runTool(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  // argv never holds a secret (they go through stdin, fd 3, files or the environment), so it can be shown.
  log.debug(`run: ${[file, ...args].map(a => JSON.stringify(a)).join(' ')}${options.cwd ? ` (in ${options.cwd})` : ''}`)
  return runProcess(file, args, { ...options, env: toolEnv(options.env ?? process.env) })
}
