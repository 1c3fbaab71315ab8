import { childEnv, runProcess, type RunOptions, type RunResult } from '../../packages/toolkit/src/process.js'
/**
 * The environment the signing tools run with: the toolkit's child environment (this process's, minus the runner's
 * INPUT_* variables, which hold the secrets as given, and its runtime and OIDC request tokens). runProcess applies
 * it to every child; toolEnv is kept for the callers that build an environment first.
 */
export const toolEnv = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => childEnv(env)

/** runProcess (argv only, never a shell, childEnv for every child). */
export function runTool(file: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runProcess(file, args, options)
}
