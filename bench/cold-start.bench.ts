// Cold start of every committed bundle on its fast path (no inputs: validation fails at once), against
// `node -e 0` measured in the same run. Goal: at most 1.5x.
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nodeBaselineMs, timeCommand, type BenchRow } from './support.js'

export default async function coldStart(): Promise<BenchRow[]> {
  const root = process.cwd()
  const dir = mkdtempSync(join(tmpdir(), 'cold-start-'))
  const files: Record<string, string> = {}
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(dir, name)
    writeFileSync(files[name], '')
  }
  const env = { ...process.env, ...files, RUNNER_TEMP: dir, RUNNER_TOOL_CACHE: dir, GITHUB_WORKSPACE: dir }
  const actions = readdirSync(join(root, 'dist')).filter(
    name => name !== 'local-runner' && existsSync(join(root, 'dist', name, 'index.js'))
  )
  const baseline = nodeBaselineMs()
  const rows: BenchRow[] = [{ name: 'node -e 0 (baseline)', value: baseline, unit: 'ms' }]
  for (const action of actions.sort()) {
    const ms = timeCommand(process.execPath, [join(root, 'dist', action, 'index.js')], { env, cwd: dir })
    const ratio = ms / baseline
    rows.push({ name: `${action} cold start (input error)`, value: ms, unit: 'ms' })
    rows.push({ name: `${action} / node -e 0`, value: ratio, unit: 'x', goal: '<= 1.5x', ok: ratio <= 1.5 })
  }
  return rows
}
