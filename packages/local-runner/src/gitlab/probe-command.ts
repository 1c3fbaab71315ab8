/**
 * ci-actions probe-gpu --format dotenv [--gpu-test-regex R] [--min-compute-capability X] [--min-memory-mb N]
 *                      [--timeout-seconds N] [--require]
 *
 * gpu-runner-fallback's probe (mode: probe) outside GitHub: the same machine probe (nvidia-smi under a timeout,
 * /proc/driver/nvidia, system_profiler), the same verdict and the same outputs, printed as dotenv lines for
 * `artifacts:reports:dotenv` (available → GPU_AVAILABLE, ctest-exclude → GPU_CTEST_EXCLUDE, …). The reason goes to
 * stderr. Exit status 1 with --require when no usable GPU is found (after printing the lines), 2 for a bad option.
 */
import { evaluateProbe, probeOutputs } from '../../../../actions/gpu-runner-fallback/probe-gpu.js'
import { probeMachine } from '../../../../actions/gpu-runner-fallback/probe-sources.js'
import { formatDotenv } from './dotenv.js'
import type { CommandIo } from './matrix-command.js'
import { OptionError, parseOptions } from './options.js'

const ACCEPTED = {
  '--format': 'dotenv',
  '--gpu-test-regex': 'a regular expression for ctest -E',
  '--min-compute-capability': 'a compute capability such as 7.5 or 8.0',
  '--min-memory-mb': 'a whole number of MiB',
  '--timeout-seconds': 'a whole number of seconds from 1 to 600'
}

export interface ProbeOptions {
  gpuTestRegex: string
  minComputeCapability?: string
  minMemoryMb?: number
  timeoutMs: number
  required: boolean
}

/** The options, checked as the action checks its inputs of the same names. */
function readProbeOptions(argv: string[]): ProbeOptions {
  const options = parseOptions(argv, { values: ACCEPTED, flags: ['--require'] })
  const format = options.get('--format')
  if (format !== 'dotenv') throw new OptionError('--format', format, ACCEPTED['--format'])
  const gpuTestRegex = options.get('--gpu-test-regex') ?? 'gpu|cuda|optix'
  try {
    if (gpuTestRegex.trim() === '') throw new Error('empty')
    new RegExp(gpuTestRegex)
  } catch {
    throw new OptionError('--gpu-test-regex', gpuTestRegex, ACCEPTED['--gpu-test-regex'])
  }
  const minCc = options.get('--min-compute-capability')
  if (minCc !== undefined && !/^\d+(\.\d+)?$/.test(minCc))
    throw new OptionError('--min-compute-capability', minCc, ACCEPTED['--min-compute-capability'])
  const minMemory = options.get('--min-memory-mb')
  if (minMemory !== undefined && !/^\d+$/.test(minMemory))
    throw new OptionError('--min-memory-mb', minMemory, ACCEPTED['--min-memory-mb'])
  const timeout = options.get('--timeout-seconds') ?? '10'
  if (!/^\d+$/.test(timeout) || Number(timeout) < 1 || Number(timeout) > 600)
    throw new OptionError('--timeout-seconds', timeout, ACCEPTED['--timeout-seconds'])
  return {
    gpuTestRegex,
    minComputeCapability: minCc,
    minMemoryMb: minMemory === undefined ? undefined : Number(minMemory),
    timeoutMs: Number(timeout) * 1000,
    required: options.has('--require')
  }
}

export async function runProbeCommand(argv: string[], io: CommandIo): Promise<number> {
  let options: ProbeOptions
  try {
    options = readProbeOptions(argv)
  } catch (error) {
    if (!(error instanceof OptionError)) throw error
    io.err(`ci-actions probe-gpu: ${error.message}\n`)
    return 2
  }
  const os = process.platform === 'darwin' ? 'macOS' : process.platform === 'win32' ? 'Windows' : 'Linux'
  const findings = await probeMachine(os, options.timeoutMs, io.env)
  const result = evaluateProbe(findings, {
    minComputeCapability: options.minComputeCapability,
    minMemoryMb: options.minMemoryMb
  })
  io.out(formatDotenv(probeOutputs(result, options.gpuTestRegex)))
  io.err(`ci-actions probe-gpu: ${result.reason.replace(/[\r\n]+/g, ' ')}\n`)
  if (options.required && !result.available) {
    io.err('ci-actions probe-gpu: a usable GPU is required (--require) and none was found.\n')
    return 1
  }
  return 0
}
