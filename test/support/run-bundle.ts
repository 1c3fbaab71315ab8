/**
 * Runs an action of this repository the way a workflow would: its committed dist bundle, through the local
 * runner (packages/local-runner), with the runner contract's inputs, files, state and post step.
 */
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  runLocalAction,
  type LocalRunOptions,
  type LocalRunResult
} from '../../packages/local-runner/src/run-action.js'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export function runBundle(action: string, options: Omit<LocalRunOptions, 'actionDir'> = {}): Promise<LocalRunResult> {
  const actionDir = action.includes('/') ? action : join(repoRoot, action)
  return runLocalAction({ ...options, actionDir })
}

/** The log of every step joined, as a reader of the job log would see it. */
export function fullLog(result: LocalRunResult): string {
  return result.steps.map(step => step.log).join('')
}

/** Everything an action let out: logs, outputs, env, summary, state files. Used by secret-hygiene tests. */
export function everythingVisible(result: LocalRunResult): string {
  return [
    ...result.steps.map(s => s.rawStdout + s.rawStderr),
    JSON.stringify(result.outputs),
    JSON.stringify(result.exportedEnv),
    result.summary
  ].join('\n')
}
