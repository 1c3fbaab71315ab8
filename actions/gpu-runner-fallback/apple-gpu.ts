/**
 * GPUs on macOS from `system_profiler SPDisplaysDataType -json`. GitHub's Apple-silicon runners are virtual
 * machines whose only display device is an "Apple Paravirtual device": it has no usable GPU compute.
 */
export interface AppleGpu {
  name: string
  vendor: string
  cores?: number
  metal?: string
  usable: boolean
}

interface DisplayEntry {
  _name?: string
  sppci_model?: string
  sppci_vendor?: string
  sppci_cores?: string
  spdisplays_mtlgpufamilysupport?: string
  spdisplays_vendor?: string
}

export function parseSystemProfiler(json: string): AppleGpu[] {
  let parsed: { SPDisplaysDataType?: DisplayEntry[] }
  try {
    parsed = JSON.parse(json) as typeof parsed
  } catch {
    return []
  }
  return (parsed.SPDisplaysDataType ?? []).map(entry => {
    const name = entry.sppci_model ?? entry._name ?? 'unknown'
    const vendor = (entry.sppci_vendor ?? entry.spdisplays_vendor ?? '').replace(/^sppci_vendor_/, '')
    const cores = Number(entry.sppci_cores)
    return {
      name,
      vendor,
      cores: Number.isInteger(cores) ? cores : undefined,
      metal: entry.spdisplays_mtlgpufamilysupport?.replace(/^spdisplays_/, ''),
      usable: !/paravirtual/i.test(name) && /apple/i.test(`${vendor} ${name}`)
    }
  })
}
