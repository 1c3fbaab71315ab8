import { describe, expect, test } from '@jest/globals'
import type { GpuDevice } from './nvidia-smi.js'
import { compareCapability, evaluateProbe, type ProbeFindings } from './probe-gpu.js'

const t4: GpuDevice = {
  index: 0,
  name: 'Tesla T4',
  memoryMb: 15360,
  computeCapability: '7.5',
  driverVersion: '535.104.05'
}
const h100: GpuDevice = {
  index: 1,
  name: 'NVIDIA H100 80GB HBM3',
  memoryMb: 81559,
  computeCapability: '9.0',
  driverVersion: '550.54.15'
}
const k80: GpuDevice = { index: 0, name: 'Tesla K80', memoryMb: 11441, driverVersion: '470.82.01' }
const findings = (devices: GpuDevice[], extra: Partial<ProbeFindings> = {}): ProbeFindings => ({
  vendor: 'nvidia',
  devices,
  cudaVersion: '12.4',
  notes: [],
  source: 'nvidia-smi',
  ...extra
})

describe('evaluateProbe', () => {
  test.each([
    ['no requirements', [t4], {}, true, 1, 'Tesla T4'],
    ['compute capability met', [t4], { minComputeCapability: '7.5' }, true, 1, 'Tesla T4'],
    ['compute capability not met', [t4], { minComputeCapability: '8.0' }, false, 0, 'Tesla T4'],
    ['memory not met', [t4], { minMemoryMb: 24000 }, false, 0, 'Tesla T4'],
    [
      'one of two qualifies, shown first',
      [t4, h100],
      { minComputeCapability: '8.0' },
      true,
      1,
      'NVIDIA H100 80GB HBM3'
    ],
    ['old driver: capability unknown fails a minimum', [k80], { minComputeCapability: '3.5' }, false, 0, 'Tesla K80'],
    ['old driver without a minimum is usable', [k80], {}, true, 1, 'Tesla K80']
  ])('%s', (_name, devices, requirements, available, count, name) => {
    const result = evaluateProbe(findings(devices), requirements)
    expect(result).toMatchObject({ available, count, name })
  })

  test('outputs describe the usable device', () => {
    expect(evaluateProbe(findings([h100]), {})).toMatchObject({
      vendor: 'nvidia',
      driverVersion: '550.54.15',
      cudaVersion: '12.4',
      computeCapability: '9.0',
      memoryMb: '81559',
      reason: '1 usable GPU(s): NVIDIA H100 80GB HBM3.'
    })
  })

  test('nothing found: vendor none and the problem is the reason', () => {
    const result = evaluateProbe(findings([], { vendor: 'none', problem: 'nvidia-smi found no NVIDIA devices.' }), {})
    expect(result).toMatchObject({ available: false, vendor: 'none', count: 0, name: '' })
    expect(result.reason).toBe('No usable GPU: nvidia-smi found no NVIDIA devices.')
  })

  test('a device below the requirements is named with why', () => {
    const result = evaluateProbe(findings([t4]), { minComputeCapability: '8.0', minMemoryMb: 16000 })
    expect(result.reason).toBe(
      'No GPU meets the requirements (Tesla T4: compute capability 7.5 < 8.0, 15360 MiB < 16000 MiB).'
    )
  })

  test.each([
    ['7.5', '8.0', -1],
    ['8.6', '8.0', 1],
    ['10.0', '9.0', 1],
    ['8', '8.0', 0]
  ])('compareCapability(%s, %s) has sign %d', (a, b, sign) => {
    expect(Math.sign(compareCapability(a, b))).toBe(sign)
  })
})
