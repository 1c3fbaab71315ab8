// setup-vfx-platform end to end on this machine: the committed bundle detecting the real toolchain and libraries,
// judging CY2025 and writing the report, cache file and summary. Goal: the whole action under 1 s wall, reported
// against `node -e 0` measured in the same run.
import { join } from 'node:path'
import { nodeBaselineMs, runnerEnvironment, timeCommand, type BenchRow } from './support.js'

export default async function setupVfxPlatform(): Promise<BenchRow[]> {
  const root = process.cwd()
  const { dir, env: runnerEnv } = runnerEnvironment('bench-svp')
  const env = {
    ...process.env,
    ...runnerEnv,
    'INPUT_VFX-PLATFORM': '2025',
    INPUT_MODE: 'auto',
    INPUT_CHECK: 'warn',
    'INPUT_EXPORT-ENV': 'true',
    INPUT_CACHE: 'true'
  }
  const bundle = join(root, 'dist', 'setup-vfx-platform', 'index.js')
  const baseline = nodeBaselineMs()
  const full = timeCommand(process.execPath, [bundle], { env, cwd: dir })
  const inputError = timeCommand(process.execPath, [bundle], {
    env: { ...env, 'INPUT_VFX-PLATFORM': 'CY20X5' },
    cwd: dir
  })
  return [
    { name: 'node -e 0 (baseline)', value: baseline, unit: 'ms' },
    {
      name: 'setup-vfx-platform full run (detect + report + cache file), CY2025',
      value: full,
      unit: 'ms',
      goal: '< 1000 ms',
      ok: full < 1000
    },
    { name: 'setup-vfx-platform full run / node -e 0', value: full / baseline, unit: 'x' },
    { name: 'setup-vfx-platform input error (fast path)', value: inputError, unit: 'ms' },
    {
      name: 'setup-vfx-platform input error / node -e 0',
      value: inputError / baseline,
      unit: 'x',
      goal: '<= 1.5x',
      ok: inputError / baseline <= 1.5
    }
  ]
}
