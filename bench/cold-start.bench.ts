// Start-up of every committed bundle against `node -e 0`, on each path (docs/adr/0005-start-up-budget.md defines it):
// - "input error": no inputs, so validation fails at once (the fast path every user meets first). The whole
//   process is start-up here: loading the bundle, reading the inputs, one `::error::`, exit.
// - "typical run": a small real run that needs no network (see TYPICAL below). Its start-up is the time from
//   spawning the process to the first thing the action's `main` does after reading its inputs and context: with
//   RUNNER_DEBUG=1, the first line written after runAction's `::debug::phase: main` that is not input reading
//   (`::debug::input '…'`, `::add-mask::`) — a plan decision, a process start, a file search, a group. Everything
//   before it (bundle, modules, inputs, event, context) is the action's own cost; everything after it is the work
//   the user asked for (detection probes, hashing). The marker line is printed beside the figure. The same
//   scenario is also timed as a whole run without RUNNER_DEBUG (what a user waits for by default), reported beside
//   it without a goal: its work varies with the machine's tools (cmake, python, gcc versions), not with us.
// Every round runs the baseline and every action/path once, in a shuffled order (interleaved, so a slow moment of
// a shared machine spreads over all of them); each row is the median of ROUNDS rounds with its spread (the 10th to
// the 90th percentile). Budget: the start-up median within +200 ms of `node -e 0`'s median (process start to exit,
// so the baseline includes an exit of a few ms that a marker does not: the comparison favours no one by more).
import { spawn } from 'node:child_process'
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
  /** Time to the start-up marker (RUNNER_DEBUG=1) instead of to the exit. */
  toMarker: boolean
  samples: number[]
  exitCodes: Set<number | null>
  /** The line that ended start-up, from the first timed run; undefined when none came (then the exit counts). */
  marker?: string
  markerMissing: boolean
}

const MAIN_PHASE = '::debug::phase: main'

/** Whether a line after `phase: main` still belongs to reading inputs (the readers' debug echo, masks). */
function isInputReading(line: string): boolean {
  return line.startsWith("::debug::input '") || line.startsWith('::add-mask::')
}

/** Milliseconds from spawn to exit, or to the start-up marker line for a `toMarker` case. */
function runOnce(c: Case): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(c.file, c.args, {
      env: c.env,
      cwd: c.cwd,
      stdio: ['ignore', c.toMarker ? 'pipe' : 'ignore', 'ignore']
    })
    let markedAt: number | undefined
    if (c.toMarker && child.stdout) {
      let inMain = false
      let pending = ''
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        const now = performance.now()
        pending += chunk
        const lines = pending.split('\n')
        pending = lines.pop() ?? ''
        for (const line of lines) {
          if (markedAt !== undefined) return
          if (!inMain) {
            inMain = line === MAIN_PHASE
            continue
          }
          if (isInputReading(line)) continue
          markedAt = now
          c.marker ??= line.length > 70 ? `${line.slice(0, 67)}...` : line
        }
      })
    }
    child.on('error', reject)
    child.on('close', code => {
      const end = performance.now()
      c.exitCodes.add(code)
      if (c.toMarker && markedAt === undefined) c.markerMissing = true
      resolve((markedAt ?? end) - start)
    })
  })
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
    .filter(name => name !== 'cli' && existsSync(join(root, 'dist', name, 'index.js')))
    .sort()
  const cases: Case[] = []
  const base = (
    name: string,
    file: string,
    args: string[],
    env: NodeJS.ProcessEnv,
    cwd: string,
    toMarker = false
  ): Case => ({ name, file, args, env, cwd, toMarker, samples: [], exitCodes: new Set(), markerMissing: false })
  const baselineRunner = runnerEnvironment('cold-start-baseline')
  const baseline = base('node -e 0', process.execPath, ['-e', '0'], process.env, baselineRunner.dir)
  cases.push(baseline)
  for (const action of actions) {
    const bundle = join(root, 'dist', action, 'index.js')
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && k !== 'RUNNER_DEBUG')
    )
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
    cases.push(
      base(`${action}: ${typical.label}, start-up`, process.execPath, [bundle], debugEnv(env), runner.dir, true)
    )
    cases.push(base(`${action}: ${typical.label}, whole run`, process.execPath, [bundle], env, runner.dir))
  }

  for (const c of cases) await runOnce(c) // warm-up: file system caches
  for (const c of cases) c.exitCodes.clear()
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of shuffle(cases)) c.samples.push(await runOnce(c))
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
    const wholeTypical = !c.toMarker && !c.name.endsWith(': input error')
    const what = c.toMarker
      ? `to the first line of work after inputs, RUNNER_DEBUG=1: ${
          c.markerMissing ? 'none came, the exit counts' : `\`${c.marker ?? ''}\``
        }`
      : wholeTypical
        ? 'process start to exit, no RUNNER_DEBUG; includes the work, no goal'
        : 'process start to exit'
    rows.push({
      name: `${c.name} (${what}; median of ${ROUNDS}, ${spread(c)}, exit ${exits}) minus node -e 0`,
      value: delta,
      unit: 'ms',
      ...(wholeTypical ? { goal: '(reported)' } : { goal: `<= +${BUDGET_MS} ms`, ok: delta <= BUDGET_MS })
    })
  }
  return rows
}

function debugEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, RUNNER_DEBUG: '1' }
}
