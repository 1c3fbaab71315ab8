import { describe, expect, test } from '@jest/globals'
import type { GpuDevice } from './nvidia-smi.js'
import { filterVisible } from './visible-devices.js'

const devices: GpuDevice[] = [
  { index: 0, uuid: 'GPU-0f6c3a52-7d41', name: 'A' },
  { index: 1, uuid: 'GPU-7b2e9d14-3c58', name: 'B' }
]

describe('filterVisible', () => {
  test.each([
    [{}, ['A', 'B']],
    [{ CUDA_VISIBLE_DEVICES: '1' }, ['B']],
    [{ CUDA_VISIBLE_DEVICES: '1,0' }, ['B', 'A']],
    [{ CUDA_VISIBLE_DEVICES: 'GPU-7b2e' }, ['B']],
    [{ CUDA_VISIBLE_DEVICES: '' }, []],
    [{ CUDA_VISIBLE_DEVICES: '-1' }, []],
    // CUDA stops at the first entry that names no device.
    [{ CUDA_VISIBLE_DEVICES: '0,5,1' }, ['A']],
    [{ NVIDIA_VISIBLE_DEVICES: 'all' }, ['A', 'B']],
    [{ NVIDIA_VISIBLE_DEVICES: 'void' }, []],
    [{ NVIDIA_VISIBLE_DEVICES: 'none', CUDA_VISIBLE_DEVICES: '0' }, []]
  ])('%j', (env, names) => {
    const result = filterVisible(devices, env)
    expect(result.devices.map(device => device.name)).toEqual(names)
    expect(result.note !== undefined).toBe(names.length < devices.length)
  })
})
