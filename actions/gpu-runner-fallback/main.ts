/** gpu-runner-fallback: `select` picks the runner for a GPU job before it starts; `probe` checks the GPU inside it. */
import { readChoice, readInt } from '../../packages/toolkit/src/inputs.js'

export async function main(): Promise<void> {
  const mode = readChoice('mode', ['select', 'probe'], 'select')
  // One limit for every API request and every nvidia-smi call, so a hang ends in a clear result.
  const timeoutMs = readInt('timeout-seconds', { fallback: 10, min: 1, max: 600 }) * 1000
  if (mode === 'probe') {
    const { runProbe } = await import('./probe-step.js')
    await runProbe(timeoutMs)
  } else {
    const { runSelect } = await import('./select-step.js')
    await runSelect(timeoutMs)
  }
}
