/**
 * Parsers for what the NVIDIA driver tells us: `nvidia-smi --query-gpu=… --format=csv,noheader,nounits`, the
 * header of plain `nvidia-smi` (its "CUDA Version" is the newest CUDA the driver supports, not an installed
 * toolkit), its failure messages, and /proc/driver/nvidia (which works without nvidia-smi).
 */
export interface GpuDevice {
  index: number
  uuid?: string
  name: string
  driverVersion?: string
  memoryMb?: number
  /** `major.minor`, e.g. `9.0`; drivers up to 470 cannot report it. */
  computeCapability?: string
}

export const QUERY_FIELDS = ['index', 'uuid', 'name', 'driver_version', 'memory.total', 'compute_cap'] as const
/** For drivers <= 470, which reject `compute_cap` as an unknown field. */
export const LEGACY_QUERY_FIELDS = QUERY_FIELDS.filter(field => field !== 'compute_cap')

export function queryArgs(fields: readonly string[]): string[] {
  return [`--query-gpu=${fields.join(',')}`, '--format=csv,noheader,nounits']
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' || /^\[.*\]$/.test(trimmed) ? undefined : trimmed
}

/** One device per line, fields in the order asked; `[N/A]`-style values become undefined. */
export function parseGpuQuery(csv: string, fields: readonly string[]): GpuDevice[] {
  const devices: GpuDevice[] = []
  for (const line of csv.split(/\r?\n/)) {
    if (line.trim() === '') continue
    const values = line.split(',').map(value => value.trim())
    // A GPU name never holds a comma, but guard anyway: extra cells belong to the name.
    if (values.length > fields.length) {
      const nameAt = fields.indexOf('name')
      values.splice(
        nameAt,
        values.length - fields.length + 1,
        values.slice(nameAt, nameAt + values.length - fields.length + 1).join(',')
      )
    }
    const get = (field: string) => present(values[fields.indexOf(field)])
    const index = Number(get('index'))
    const memory = Number(get('memory.total'))
    const name = get('name')
    if (!Number.isInteger(index) || name === undefined) continue
    devices.push({
      index,
      uuid: get('uuid'),
      name,
      driverVersion: get('driver_version'),
      memoryMb: Number.isFinite(memory) && get('memory.total') !== undefined ? memory : undefined,
      computeCapability: get('compute_cap')
    })
  }
  return devices
}

export interface SmiHeader {
  driverVersion?: string
  cudaVersion?: string
}

export function parseSmiHeader(text: string): SmiHeader {
  return {
    driverVersion: /Driver Version:\s*([\d.]+)/.exec(text)?.[1],
    cudaVersion: /CUDA Version:\s*([\d.]+)/.exec(text)?.[1]
  }
}

export function isInvalidFieldError(output: string): boolean {
  return /is not a valid field to query/i.test(output)
}

/** A sentence for a failed nvidia-smi run: what went wrong and, where known, what fixes it. */
export function explainSmiFailure(exitCode: number, output: string): string {
  if (/No devices were found/i.test(output)) return 'nvidia-smi found no NVIDIA devices ("No devices were found").'
  if (/Driver\/library version mismatch/i.test(output)) {
    return 'nvidia-smi failed: "Driver/library version mismatch" (the loaded kernel driver and the user-space library differ; the runner needs a reboot or a consistent driver install).'
  }
  if (/couldn't communicate with the NVIDIA driver/i.test(output)) {
    return 'nvidia-smi could not communicate with the NVIDIA driver (the driver is not loaded).'
  }
  const first = output.trim().split(/\r?\n/)[0] ?? ''
  return `nvidia-smi exited with code ${exitCode}${first ? `: ${first}` : '.'}`
}

/** The driver version from /proc/driver/nvidia/version (proprietary and open kernel modules). */
export function parseProcDriverVersion(text: string): string | undefined {
  return /Kernel Module(?:\s+for\s+\S+)?\s+(\d+(?:\.\d+)+)/.exec(text)?.[1]
}

/** One /proc/driver/nvidia/gpus/<bus>/information file: the model and the UUID. */
export function parseProcGpuInformation(text: string): { name?: string; uuid?: string } {
  return {
    name: /^Model:\s*(.+?)\s*$/m.exec(text)?.[1],
    uuid: /^GPU UUID:\s*(\S+)/m.exec(text)?.[1]
  }
}
