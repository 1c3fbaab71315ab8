/**
 * The probe's I/O: asks nvidia-smi (each call under a timeout, because hung drivers hang nvidia-smi), falls back to
 * /proc/driver/nvidia when nvidia-smi is missing, and asks system_profiler on macOS. Everything it reads goes
 * through the pure parsers; the verdict is made in probe-gpu.ts.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runProcess, which, type RunResult } from '../../packages/toolkit/src/process.js'
import { parseSystemProfiler } from './apple-gpu.js'
import {
  LEGACY_QUERY_FIELDS,
  QUERY_FIELDS,
  explainSmiFailure,
  isInvalidFieldError,
  parseGpuQuery,
  parseProcDriverVersion,
  parseProcGpuInformation,
  parseSmiHeader,
  queryArgs,
  type GpuDevice
} from './nvidia-smi.js'
import type { ProbeFindings } from './probe-gpu.js'
import { filterVisible } from './visible-devices.js'

const PROC_NVIDIA = '/proc/driver/nvidia'
const KILL_GRACE_MS = 1000

export async function probeMachine(os: string, timeoutMs: number, env: NodeJS.ProcessEnv): Promise<ProbeFindings> {
  if (os === 'macOS') return probeApple(timeoutMs)
  return probeNvidia(timeoutMs, env)
}

/** Set when a child outlived its kill (a process stuck in the kernel, or a grandchild holding its pipes). */
export let abandonedProcess = false

/**
 * runProcess kills the child at the timeout, but waits for its pipes to close: a process stuck in an
 * uninterruptible driver call, or a grandchild holding the pipes, would keep us waiting. So the wait is bounded too.
 */
async function run(file: string, args: string[], timeoutMs: number): Promise<RunResult> {
  let timer: NodeJS.Timeout | undefined
  const giveUp = new Promise<RunResult>(resolve => {
    timer = setTimeout(() => {
      abandonedProcess = true
      resolve({ exitCode: -1, stdout: '', stderr: '', timedOut: true })
    }, timeoutMs + KILL_GRACE_MS)
  })
  try {
    return await Promise.race([runProcess(file, args, { timeoutMs, check: false }), giveUp])
  } finally {
    clearTimeout(timer)
  }
}

function hung(file: string, timeoutMs: number): string {
  return `${file} did not answer within ${timeoutMs / 1000} s and was stopped (a hung GPU driver does this).`
}

async function probeNvidia(timeoutMs: number, env: NodeJS.ProcessEnv): Promise<ProbeFindings> {
  const smi = await which('nvidia-smi', env)
  if (!smi) return probeProc()
  const findings: ProbeFindings = { vendor: 'nvidia', devices: [], notes: [], source: smi }
  let fields: readonly string[] = QUERY_FIELDS
  let query = await run(smi, queryArgs(fields), timeoutMs)
  if (!query.timedOut && query.exitCode !== 0 && isInvalidFieldError(query.stdout + query.stderr)) {
    fields = LEGACY_QUERY_FIELDS
    findings.notes.push('The driver is too old to report compute capability (drivers <= 470).')
    query = await run(smi, queryArgs(fields), timeoutMs)
  }
  if (query.timedOut) return { ...findings, vendor: 'none', problem: hung('nvidia-smi', timeoutMs) }
  if (query.exitCode !== 0) {
    return { ...findings, vendor: 'none', problem: explainSmiFailure(query.exitCode, query.stdout + query.stderr) }
  }
  const all = parseGpuQuery(query.stdout, fields)
  if (all.length === 0) return { ...findings, vendor: 'none', problem: 'nvidia-smi listed no devices.' }
  const visible = filterVisible(all, {
    CUDA_VISIBLE_DEVICES: env.CUDA_VISIBLE_DEVICES,
    NVIDIA_VISIBLE_DEVICES: env.NVIDIA_VISIBLE_DEVICES
  })
  if (visible.note) findings.notes.push(visible.note)
  findings.devices = visible.devices
  findings.driverVersion = all[0]?.driverVersion
  const header = await run(smi, [], timeoutMs)
  if (header.exitCode === 0 && !header.timedOut) findings.cudaVersion = parseSmiHeader(header.stdout).cudaVersion
  else findings.notes.push('The CUDA version the driver supports could not be read from the nvidia-smi header.')
  if (visible.devices.length === 0) findings.problem = visible.note
  return findings
}

/** Without nvidia-smi: the kernel driver's own files say whether it is loaded and which GPUs it drives. */
async function probeProc(): Promise<ProbeFindings> {
  const none: ProbeFindings = {
    vendor: 'none',
    devices: [],
    notes: [],
    source: 'PATH, /proc/driver/nvidia',
    problem: 'nvidia-smi is not on PATH and no NVIDIA driver is loaded.'
  }
  let versionText: string
  try {
    versionText = await readFile(join(PROC_NVIDIA, 'version'), 'utf8')
  } catch {
    return none
  }
  const driverVersion = parseProcDriverVersion(versionText)
  const devices: GpuDevice[] = []
  const buses = await readdir(join(PROC_NVIDIA, 'gpus')).catch(() => [] as string[])
  for (const [index, bus] of buses.sort().entries()) {
    const info = parseProcGpuInformation(
      await readFile(join(PROC_NVIDIA, 'gpus', bus, 'information'), 'utf8').catch(() => '')
    )
    devices.push({ index, name: info.name ?? `NVIDIA GPU at ${bus}`, uuid: info.uuid, driverVersion })
  }
  return {
    vendor: devices.length > 0 ? 'nvidia' : 'none',
    devices,
    driverVersion,
    notes: ['nvidia-smi is not on PATH: GPUs were read from /proc/driver/nvidia (no memory or compute capability).'],
    source: PROC_NVIDIA,
    problem: devices.length === 0 ? `NVIDIA driver ${driverVersion ?? ''} is loaded but drives no GPU.` : undefined
  }
}

async function probeApple(timeoutMs: number): Promise<ProbeFindings> {
  const findings: ProbeFindings = {
    vendor: 'apple',
    devices: [],
    notes: [],
    source: 'system_profiler SPDisplaysDataType'
  }
  const profiler = await which('system_profiler')
  if (!profiler) return { ...findings, vendor: 'none', problem: 'system_profiler is not on PATH.' }
  const result = await run(profiler, ['SPDisplaysDataType', '-json'], timeoutMs)
  if (result.timedOut) return { ...findings, vendor: 'none', problem: hung('system_profiler', timeoutMs) }
  if (result.exitCode !== 0) {
    return { ...findings, vendor: 'none', problem: `system_profiler exited with code ${result.exitCode}.` }
  }
  const gpus = parseSystemProfiler(result.stdout)
  for (const gpu of gpus.filter(candidate => !candidate.usable)) {
    findings.notes.push(
      `${gpu.name} is not a usable GPU${/paravirtual/i.test(gpu.name) ? ' (a virtual machine display)' : ''}.`
    )
  }
  findings.devices = gpus.filter(gpu => gpu.usable).map((gpu, index) => ({ index, name: gpu.name }))
  if (findings.devices.length === 0) {
    return {
      ...findings,
      vendor: 'none',
      problem: gpus.length === 0 ? 'system_profiler lists no display devices.' : 'no Apple GPU is available.'
    }
  }
  return findings
}
