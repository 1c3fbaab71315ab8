/** gpu-runner-fallback: `select` picks the runner for a GPU job before it starts; `probe` checks the GPU inside it. */
import { readInputs } from './inputs.js'

export async function main(): Promise<void> {
  const inputs = readInputs()
  if (inputs.probe) {
    const { runProbe } = await import('./probe-step.js')
    await runProbe(inputs.probe, inputs.timeoutMs)
  } else if (inputs.select) {
    const { runSelect } = await import('./select-step.js')
    await runSelect(inputs.select, inputs.timeoutMs)
  }
}
