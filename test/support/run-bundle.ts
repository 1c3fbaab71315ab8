/**
 * Runs an action of this repository the way a workflow would: its committed dist bundle, through the local
 * runner (packages/local-runner), with the runner contract's inputs, files, state and post step.
 */
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  runLocalAction,
  type LocalRunOptions,
  type LocalRunResult
} from '../../packages/local-runner/src/run-action.js'

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Roots of the runs this test file made: kept while its tests inspect them, removed when the file is done. */
const roots: string[] = []
// Jest's global afterAll registers the hook for the test file importing this module; outside Jest (the bench) the
// roots stay with the caller.
const afterAll = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll
if (afterAll)
  afterAll(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true, maxRetries: 3 })
  })

export async function runBundle(
  action: string,
  options: Omit<LocalRunOptions, 'actionDir'> = {}
): Promise<LocalRunResult> {
  const actionDir = action.includes('/') ? action : join(repoRoot, action)
  const result = await runLocalAction({ keep: true, ...options, actionDir })
  if (options.root === undefined && !options.keep) roots.push(result.root)
  return result
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
