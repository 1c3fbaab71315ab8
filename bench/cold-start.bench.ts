// Cold start of every committed bundle on its fast path (no inputs: validation fails at once), against
// `node -e 0` measured in the same run. Goal: at most 1.5x.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { nodeBaselineMs, runnerEnvironment, timeCommand, type BenchRow } from './support.js'

export default async function coldStart(): Promise<BenchRow[]> {
  const root = process.cwd()
  const runner = runnerEnvironment('cold-start')
  const dir = runner.dir
  const env = { ...process.env, ...runner.env }
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
