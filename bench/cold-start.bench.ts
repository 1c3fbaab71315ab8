// Start-up of every committed bundle against `node -e 0`, on each path (issue 17, acceptance):
// - "input error": no inputs, so validation fails at once (the fast path every user meets first);
// - "typical run": a small real run that needs no network (see TYPICAL below), whole process.
// Every round runs the baseline and every action/path once, in a shuffled order (interleaved, so a slow moment of
// a shared machine spreads over all of them); each row is the median of ROUNDS rounds with its spread (the 10th to
// the 90th percentile). Budget: the median within +200 ms of `node -e 0`'s median.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parse } from 'yaml'
import { median, runnerEnvironment, type BenchRow } from './support.js'

const ROUNDS = Number(process.env.COLD_START_ROUNDS ?? 15)
const BUDGET_MS = 200

interface Path {
  label: string
  inputs: Record<string, string>
  /** Extra environment and files, made in the run folder. */
  prepare?: (dir: string) => Record<string, string>
}

/** A typical run of each action that stays on this machine. */
const TYPICAL: Record<string, Path> = {
  'build-matrix': {
    label: 'typical run: a 3-cell spec expanded',
    inputs: { spec: 'project: openexr\nvfx-platform: [2025]\nos: [linux, macos, windows]\n' }
  },
  'gpu-runner-fallback': { label: 'typical run: probe, no GPU here', inputs: { mode: 'probe' } },
  'setup-vfx-platform': {
    label: 'typical run: CY2025 on the host, detection',
    inputs: { 'vfx-platform': 'CY2025', mode: 'host', check: 'off' }
  },
  'sign-artifacts': {
    label: 'typical run: SHA256SUMS of two files',
    inputs: { files: 'dist/*', sigstore: 'false' },
    prepare: dir => {
      mkdirSync(join(dir, 'dist'), { recursive: true })
      writeFileSync(join(dir, 'dist', 'a.tar.gz'), 'a')
      writeFileSync(join(dir, 'dist', 'b.zip'), 'b')
      return {}
    }
  },
  'sonar-scan': {
    label: 'typical run: fork pull request without a token, skipped',
    inputs: { organization: 'aswf', 'project-key': 'aswf_example', token: '' },
    prepare: dir => {
      const event = join(dir, 'event.json')
      writeFileSync(
        event,
        JSON.stringify({
          pull_request: {
            number: 7,
            head: { ref: 'feature', repo: { full_name: 'someone/example', fork: true } },
            base: { ref: 'main', repo: { full_name: 'aswf/example' } }
          },
          repository: { full_name: 'aswf/example' }
        })
      )
      return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'aswf/example' }
    }
  }
}

/** INPUT_* for the action's plain defaults (those without an expression) and the given inputs. */
function inputEnv(actionYml: string, given: Record<string, string>): Record<string, string> {
  const metadata = parse(readFileSync(actionYml, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    const value = spec.default
    if (value !== undefined && !String(value).includes('${{')) env[`INPUT_${name.toUpperCase()}`] = String(value)
  }
  for (const [name, value] of Object.entries(given)) env[`INPUT_${name.toUpperCase()}`] = value
  return env
}

interface Case {
  name: string
  file: string
  args: string[]
  env: NodeJS.ProcessEnv
  cwd: string
  samples: number[]
  exitCodes: Set<number | null>
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round((p / 100) * (sorted.length - 1))))] as number
}

function shuffle<T>(items: T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

export default async function coldStart(): Promise<BenchRow[]> {
  const root = process.cwd()
  const actions = readdirSync(join(root, 'dist'))
    .filter(name => name !== 'local-runner' && existsSync(join(root, 'dist', name, 'index.js')))
    .sort()
  const cases: Case[] = []
  const base = (name: string, file: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Case => ({
    name,
    file,
    args,
    env,
    cwd,
    samples: [],
    exitCodes: new Set()
  })
  const baselineRunner = runnerEnvironment('cold-start-baseline')
  const baseline = base('node -e 0', process.execPath, ['-e', '0'], process.env, baselineRunner.dir)
  cases.push(baseline)
  for (const action of actions) {
    const bundle = join(root, 'dist', action, 'index.js')
    const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_')))
    const errorRunner = runnerEnvironment(`cold-start-${action}-error`)
    cases.push(
      base(`${action}: input error`, process.execPath, [bundle], { ...clean, ...errorRunner.env }, errorRunner.dir)
    )
    const typical = TYPICAL[action]
    if (!typical) continue
    const runner = runnerEnvironment(`cold-start-${action}-typical`)
    const extra = typical.prepare?.(runner.dir) ?? {}
    const env = {
      ...clean,
      ...runner.env,
      ...extra,
      ...inputEnv(join(root, action, 'action.yml'), typical.inputs)
    }
    cases.push(base(`${action}: ${typical.label}`, process.execPath, [bundle], env, runner.dir))
  }

  const run = (c: Case) => {
    const start = performance.now()
    const result = spawnSync(c.file, c.args, { env: c.env, cwd: c.cwd, stdio: 'ignore' })
    c.exitCodes.add(result.status)
    return performance.now() - start
  }
  for (const c of cases) run(c) // warm-up: file system caches
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of shuffle(cases)) c.samples.push(run(c))
  }

  const baseMedian = median(baseline.samples)
  const spread = (c: Case) =>
    `p10-p90 ${percentile(c.samples, 10).toFixed(0)}-${percentile(c.samples, 90).toFixed(0)} ms`
  const rows: BenchRow[] = [
    { name: `node -e 0 (baseline; median of ${ROUNDS}, ${spread(baseline)})`, value: baseMedian, unit: 'ms' }
  ]
  for (const c of cases.slice(1)) {
    const m = median(c.samples)
    const delta = m - baseMedian
    const exits = [...c.exitCodes].join('/')
    rows.push({
      name: `${c.name} (median of ${ROUNDS}, ${spread(c)}, exit ${exits}) minus node -e 0`,
      value: delta,
      unit: 'ms',
      goal: `<= +${BUDGET_MS} ms`,
      ok: delta <= BUDGET_MS
    })
  }
  return rows
}
