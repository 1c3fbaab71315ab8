/**
 * Which GPUs a job may use. CUDA_VISIBLE_DEVICES lists indices or UUID prefixes (GPU-…, MIG-…) and, as in CUDA,
 * stops at the first entry that names no device; an empty value or -1 hides all. NVIDIA_VISIBLE_DEVICES is applied
 * by the container runtime before nvidia-smi sees anything, so only its `none`/`void` values matter here.
 */
import type { GpuDevice } from './nvidia-smi.js'

export interface Visibility {
  devices: GpuDevice[]
  /** Set when a variable hid devices, to say so in the reason. */
  note?: string
}

export function filterVisible(
  devices: GpuDevice[],
  env: { CUDA_VISIBLE_DEVICES?: string; NVIDIA_VISIBLE_DEVICES?: string }
): Visibility {
  const nvidia = env.NVIDIA_VISIBLE_DEVICES?.trim().toLowerCase()
  if (nvidia === 'none' || nvidia === 'void') {
    return { devices: [], note: `NVIDIA_VISIBLE_DEVICES=${env.NVIDIA_VISIBLE_DEVICES} hides every GPU.` }
  }
  const cuda = env.CUDA_VISIBLE_DEVICES
  if (cuda === undefined) return { devices }
  const picked: GpuDevice[] = []
  for (const entry of cuda.split(',').map(item => item.trim())) {
    const device = /^\d+$/.test(entry)
      ? devices.find(candidate => candidate.index === Number(entry))
      : entry !== ''
        ? devices.find(candidate => candidate.uuid?.toLowerCase().startsWith(entry.toLowerCase()))
        : undefined
    if (!device || picked.includes(device)) break
    picked.push(device)
  }
  const note =
    picked.length < devices.length
      ? `CUDA_VISIBLE_DEVICES='${cuda}' leaves ${picked.length} of ${devices.length} GPU(s) visible.`
      : undefined
  return { devices: picked, note }
}
