/**
 * ci-actions probe-gpu [--format dotenv] [--gpu-test-regex R] [--min-compute-capability X] [--min-memory-mb N]
 *                      [--timeout-seconds N] [--require]
 *
 * gpu-runner-fallback's probe (mode: probe) outside GitHub: the same machine probe (nvidia-smi under a timeout,
 * /proc/driver/nvidia, system_profiler), the same verdict and the same outputs, printed as dotenv lines for
 * `artifacts:reports:dotenv` (available → GPU_AVAILABLE, ctest-exclude → GPU_CTEST_EXCLUDE, …). The reason goes to
 * stderr. Exit status 1 with --require when no usable GPU is found (after printing the lines), 2 for a bad option.
 */
import { evaluateProbe, probeOutputs } from '../../../actions/gpu-runner-fallback/probe-gpu.js'
import { probeMachine } from '../../../actions/gpu-runner-fallback/probe-sources.js'
import { badValue, wholeNumber, type CommandIo, type ParsedArgs } from '../arguments.js'
import { formatDotenv } from '../gitlab/dotenv.js'

export interface ProbeOptions {
  gpuTestRegex: string
  minComputeCapability?: string
  minMemoryMb?: number
  timeoutMs: number
  required: boolean
}

/** The options, checked as the action checks its inputs of the same names. */
function readProbeOptions(args: ParsedArgs): ProbeOptions {
  const values = args.values as Record<string, string | undefined>
  const format = values.format ?? 'dotenv'
  if (format !== 'dotenv') throw badValue('format', format, 'dotenv', 'probe-gpu')
  const gpuTestRegex = values['gpu-test-regex'] ?? 'gpu|cuda|optix'
  try {
    if (gpuTestRegex.trim() === '') throw new Error('empty')
    new RegExp(gpuTestRegex)
  } catch {
    throw badValue('gpu-test-regex', gpuTestRegex, 'a regular expression for ctest -E', 'probe-gpu')
  }
  const minCc = values['min-compute-capability']
  if (minCc !== undefined && !/^\d+(\.\d+)?$/.test(minCc))
    throw badValue('min-compute-capability', minCc, 'a compute capability such as 7.5 or 8.0', 'probe-gpu')
  const minMemory = values['min-memory-mb']
  const timeout = wholeNumber(
    'timeout-seconds',
    values['timeout-seconds'],
    { min: 1, max: 600, fallback: 10 },
    'probe-gpu'
  )
  return {
    gpuTestRegex,
    minComputeCapability: minCc,
    minMemoryMb:
      minMemory === undefined
        ? undefined
        : wholeNumber('min-memory-mb', minMemory, { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 }, 'probe-gpu'),
    timeoutMs: timeout * 1000,
    required: args.values.require === true
  }
}

export async function run(args: ParsedArgs, io: CommandIo): Promise<number> {
  const options = readProbeOptions(args)
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
