/** `mode: probe`: reads the probe inputs, asks the machine, judges, and writes outputs and the summary. */
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { evaluateProbe, probeOutputs, type Requirements } from './probe-gpu.js'
import { abandonedProcess, probeMachine } from './probe-sources.js'
import type { ProbeInputs } from './inputs.js'
import { probeSummary } from './summary.js'

export async function runProbe(inputs: ProbeInputs, timeoutMs: number): Promise<void> {
  const required = inputs.required
  const testRegex = inputs.gpuTestRegex
  const requirements: Requirements = {
    minComputeCapability: inputs.minComputeCapability,
    minMemoryMb: inputs.minMemoryMb
  }

  const findings = await probeMachine(runnerContext().os, timeoutMs, process.env)
  const result = evaluateProbe(findings, requirements)
  const outputs = probeOutputs(result, testRegex)
  setOutput('available', outputs.available)
  setOutput('vendor', outputs.vendor)
  setOutput('count', outputs.count)
  setOutput('name', outputs.name)
  setOutput('driver-version', outputs['driver-version'])
  setOutput('cuda-version', outputs['cuda-version'])
  setOutput('compute-capability', outputs['compute-capability'])
  setOutput('memory-mb', outputs['memory-mb'])
  setOutput('ctest-exclude', outputs['ctest-exclude'])
  log.info(result.reason)
  writeSummary(probeSummary(result, findings, required))
  // A child that outlived its kill would keep this process alive: leave once everything is written.
  if (abandonedProcess) setTimeout(() => process.exit(), 100).unref()
  if (required && !result.available) {
    throw new UserError(`A usable GPU is required on this runner, but: ${result.reason}`)
  }
  if (!result.available) log.notice(`No usable GPU: GPU tests are excluded (ctest -E '${testRegex}'). ${result.reason}`)
}
