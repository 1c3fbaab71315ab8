/**
 * The probe's verdict, pure: from what the machine reported (devices, driver, or why nothing could be read) and the
 * job's requirements to the step's outputs. A device that cannot be shown to meet a requirement does not meet it:
 * a job that needs compute capability 8.0 must not pass on a driver that cannot report one.
 */
import type { GpuDevice } from './nvidia-smi.js'

export type Vendor = 'nvidia' | 'apple' | 'none'

export interface ProbeFindings {
  vendor: Vendor
  /** The devices this job may use (after CUDA_VISIBLE_DEVICES and friends). */
  devices: GpuDevice[]
  driverVersion?: string
  cudaVersion?: string
  /** Why no device could be listed (nvidia-smi missing, failed, hung). */
  problem?: string
  /** Things worth saying that did not stop the probe (hidden devices, an old driver). */
  notes: string[]
  /** Where the findings came from, for the summary. */
  source: string
}

export interface Requirements {
  minComputeCapability?: string
  minMemoryMb?: number
}

export interface ProbeResult {
  available: boolean
  vendor: Vendor
  count: number
  name: string
  driverVersion: string
  cudaVersion: string
  computeCapability: string
  memoryMb: string
  reason: string
  usable: GpuDevice[]
  /** Each device with why it does or does not qualify, for the summary. */
  verdicts: { device: GpuDevice; problems: string[] }[]
}

export function compareCapability(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number)
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number)
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor
}

export function deviceProblems(device: GpuDevice, requirements: Requirements): string[] {
  const problems: string[] = []
  const minCc = requirements.minComputeCapability
  if (minCc !== undefined) {
    if (device.computeCapability === undefined) problems.push(`compute capability unknown (needs >= ${minCc})`)
    else if (compareCapability(device.computeCapability, minCc) < 0) {
      problems.push(`compute capability ${device.computeCapability} < ${minCc}`)
    }
  }
  const minMb = requirements.minMemoryMb
  if (minMb !== undefined) {
    if (device.memoryMb === undefined) problems.push(`memory unknown (needs >= ${minMb} MiB)`)
    else if (device.memoryMb < minMb) problems.push(`${device.memoryMb} MiB < ${minMb} MiB`)
  }
  return problems
}

export function evaluateProbe(findings: ProbeFindings, requirements: Requirements): ProbeResult {
  const verdicts = findings.devices.map(device => ({ device, problems: deviceProblems(device, requirements) }))
  const usable = verdicts.filter(verdict => verdict.problems.length === 0).map(verdict => verdict.device)
  const shown = usable[0] ?? findings.devices[0]
  const available = usable.length > 0
  return {
    available,
    vendor: available ? findings.vendor : findings.devices.length > 0 ? findings.vendor : 'none',
    count: usable.length,
    name: shown?.name ?? '',
    driverVersion: shown?.driverVersion ?? findings.driverVersion ?? '',
    cudaVersion: findings.cudaVersion ?? '',
    computeCapability: shown?.computeCapability ?? '',
    memoryMb: shown?.memoryMb !== undefined ? String(shown.memoryMb) : '',
    reason: reasonFor(findings, verdicts, usable),
    usable,
    verdicts
  }
}

function reasonFor(findings: ProbeFindings, verdicts: ProbeResult['verdicts'], usable: GpuDevice[]): string {
  const notes = findings.notes.length > 0 ? ` ${findings.notes.join(' ')}` : ''
  if (usable.length > 0) {
    const names = [...new Set(usable.map(device => device.name))].join(', ')
    return `${usable.length} usable GPU(s): ${names}.${notes}`
  }
  if (verdicts.length > 0) {
    const why = verdicts.map(({ device, problems }) => `${device.name}: ${problems.join(', ')}`).join('; ')
    return `No GPU meets the requirements (${why}).${notes}`
  }
  return `No usable GPU: ${findings.problem ?? 'none was found'}${notes}`
}

/** The names of the probe's outputs (action.yml), in order: the action and `ci-actions probe-gpu` both use them. */
export const PROBE_OUTPUT_NAMES = [
  'available',
  'vendor',
  'count',
  'name',
  'driver-version',
  'cuda-version',
  'compute-capability',
  'memory-mb',
  'ctest-exclude'
] as const
export type ProbeOutputName = (typeof PROBE_OUTPUT_NAMES)[number]

/** The probe's outputs as text, one definition for the action's step outputs and the CLI's dotenv lines. */
export function probeOutputs(result: ProbeResult, gpuTestRegex: string): Record<ProbeOutputName, string> {
  return {
    available: String(result.available),
    vendor: result.vendor,
    count: String(result.count),
    name: result.name,
    'driver-version': result.driverVersion,
    'cuda-version': result.cudaVersion,
    'compute-capability': result.computeCapability,
    'memory-mb': result.memoryMb,
    // ctest -E with this regex leaves the GPU tests out when no GPU is usable; empty when one is.
    'ctest-exclude': result.available ? '' : gpuTestRegex
  }
}
