/** Measurement helpers shared by the benchmarks (bench/*.bench.ts, run by `npm run bench`). */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

export interface BenchRow {
  /** What was measured, e.g. "build-matrix cold start (input error)". */
  name: string
  value: number
  unit: string
  /** The goal in words, e.g. "<= 1.5x node -e 0". */
  goal?: string
  /** Whether the goal was met (omit when there is no goal). */
  ok?: boolean
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** Median wall time in ms of a command run `runs` times (after one warm-up run). */
export function timeCommand(
  file: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; runs?: number } = {}
): number {
  const runs = options.runs ?? 9
  const samples: number[] = []
  for (let i = 0; i <= runs; i++) {
    const start = performance.now()
    spawnSync(file, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: 'ignore' })
    if (i > 0) samples.push(performance.now() - start)
  }
  return median(samples)
}

/** Median wall time in ms of an async function. */
export async function timeAsync(fn: () => Promise<unknown> | unknown, runs = 9): Promise<number> {
  const samples: number[] = []
  for (let i = 0; i <= runs; i++) {
    const start = performance.now()
    await fn()
    if (i > 0) samples.push(performance.now() - start)
  }
  return median(samples)
}

/** `node -e 0` on this machine now: the baseline every cold-start ratio is taken against. */
export function nodeBaselineMs(runs = 15): number {
  return timeCommand(process.execPath, ['-e', '0'], { runs })
}

/**
 * A fresh folder with the runner's files (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STATE, GITHUB_PATH,
 * GITHUB_STEP_SUMMARY) and the runner variables pointing into it, for running a bundle the way the runner does.
 */
export function runnerEnvironment(prefix: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`))
  const env: Record<string, string> = { RUNNER_TEMP: dir, RUNNER_TOOL_CACHE: dir, GITHUB_WORKSPACE: dir }
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    env[name] = join(dir, name)
    writeFileSync(env[name], '')
  }
  return { dir, env }
}
