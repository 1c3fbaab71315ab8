/** `mode: probe`: reads the probe inputs, asks the machine, judges, and writes outputs and the summary. */
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readString } from '../../packages/toolkit/src/inputs.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { evaluateProbe, type Requirements } from './probe-gpu.js'
import { abandonedProcess, probeMachine } from './probe-sources.js'
import { probeSummary } from './summary.js'

export async function runProbe(timeoutMs: number): Promise<void> {
  const required = readBoolean('require', false)
  const minCc = readString('min-compute-capability', {
    pattern: { regex: /^\d+(\.\d+)?$/, description: 'a compute capability such as 7.5 or 8.0' }
  })
  const minMemory = readString('min-memory-mb', { pattern: { regex: /^\d+$/, description: 'a whole number of MiB' } })
  const testRegex = readString('gpu-test-regex', { fallback: 'gpu|cuda|optix' })
  try {
    new RegExp(testRegex)
  } catch {
    throw new InputError('gpu-test-regex', testRegex, 'a regular expression for ctest -E')
  }
  const requirements: Requirements = {
    minComputeCapability: minCc || undefined,
    minMemoryMb: minMemory ? Number(minMemory) : undefined
  }

  const findings = await probeMachine(runnerContext().os, timeoutMs, process.env)
  const result = evaluateProbe(findings, requirements)
  setOutput('available', result.available)
  setOutput('vendor', result.vendor)
  setOutput('count', result.count)
  setOutput('name', result.name)
  setOutput('driver-version', result.driverVersion)
  setOutput('cuda-version', result.cudaVersion)
  setOutput('compute-capability', result.computeCapability)
  setOutput('memory-mb', result.memoryMb)
  setOutput('ctest-exclude', result.available ? '' : testRegex)
  log.info(result.reason)
  writeSummary(probeSummary(result, findings, required))
  // A child that outlived its kill would keep this process alive: leave once everything is written.
  if (abandonedProcess) setTimeout(() => process.exit(), 100).unref()
  if (required && !result.available) {
    throw new UserError(`A usable GPU is required on this runner, but: ${result.reason}`)
  }
  if (!result.available) log.notice(`No usable GPU: GPU tests are excluded (ctest -E '${testRegex}'). ${result.reason}`)
}
