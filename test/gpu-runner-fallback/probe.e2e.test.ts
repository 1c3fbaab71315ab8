/**
 * mode: probe, end to end: the committed bundle through the local runner with fake nvidia-smi / system_profiler
 * executables on PATH that replay the fixtures (and with none at all: this machine has no NVIDIA driver).
 */
import { describe, expect, test } from '@jest/globals'
import { runBundle } from '../support/run-bundle.js'
import { fakeNvidiaSmi, fakeSystemProfiler, pathWith, type NvidiaSmiCase } from './fake-tools.js'

async function probe(bin: string | undefined, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return runBundle('gpu-runner-fallback', {
    inputs: { mode: 'probe', 'timeout-seconds': '1', ...inputs },
    env: { PATH: bin ? pathWith(bin) : (process.env.PATH ?? ''), ...env }
  })
}

const withSmi = (name: NvidiaSmiCase, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  probe(fakeNvidiaSmi(name), inputs, env)

describe('probe with nvidia-smi', () => {
  test('H100: every output describes it and GPU tests run', async () => {
    const result = await withSmi('h100', { require: 'true', 'min-compute-capability': '8.0', 'min-memory-mb': '40000' })
    expect(result.success).toBe(true)
    expect(result.outputs).toEqual({
      available: 'true',
      vendor: 'nvidia',
      count: '1',
      name: 'NVIDIA H100 80GB HBM3',
      'driver-version': '550.54.15',
      'cuda-version': '12.4',
      'compute-capability': '9.0',
      'memory-mb': '81559',
      'ctest-exclude': ''
    })
    expect(result.summary).toContain('GPU available')
    expect(result.summary).toContain('| 0 | NVIDIA H100 80GB HBM3 | 81559 | 9.0 | 550.54.15 | yes |')
  })

  test('T4 below min-compute-capability: not usable, GPU tests excluded', async () => {
    const result = await withSmi('t4', { 'min-compute-capability': '8.0', 'gpu-test-regex': 'gpu|nanovdb_cuda' })
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({
      available: 'false',
      count: '0',
      name: 'Tesla T4',
      'ctest-exclude': 'gpu|nanovdb_cuda'
    })
    expect(
      result.annotations.some(a => a.level === 'notice' && a.message.includes('compute capability 7.5 < 8.0'))
    ).toBe(true)
  })

  test('T4 below the requirements with require: true fails the step', async () => {
    const result = await withSmi('t4', { require: 'true', 'min-memory-mb': '24000' })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toEqual([expect.stringContaining('15360 MiB < 24000 MiB')])
  })

  test('two GPUs, one hidden by CUDA_VISIBLE_DEVICES', async () => {
    const both = await withSmi('two-gpus')
    expect(both.outputs).toMatchObject({ available: 'true', count: '2', 'cuda-version': '12.3' })
    const one = await withSmi('two-gpus', {}, { CUDA_VISIBLE_DEVICES: 'GPU-7b2e9d14' })
    expect(one.outputs).toMatchObject({ available: 'true', count: '1' })
    expect(one.summary).toContain('leaves 1 of 2 GPU(s) visible')
    const none = await withSmi('two-gpus', { require: 'true' }, { NVIDIA_VISIBLE_DEVICES: 'void' })
    expect(none.success).toBe(false)
  })

  test('old driver without compute_cap: the legacy query, compute capability empty', async () => {
    const result = await withSmi('old-driver-470')
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({
      available: 'true',
      name: 'Tesla K80',
      'driver-version': '470.82.01',
      'cuda-version': '11.4',
      'compute-capability': ''
    })
    const strict = await withSmi('old-driver-470', { 'min-compute-capability': '3.5' })
    expect(strict.outputs.available).toBe('false')
  })

  test.each([
    ['no-devices', 'No devices were found'],
    ['version-mismatch', 'Driver/library version mismatch']
  ] as const)('%s: no GPU, a clear reason; with require: true a failed step', async (name, text) => {
    const soft = await withSmi(name)
    expect(soft.success).toBe(true)
    expect(soft.outputs).toMatchObject({
      available: 'false',
      vendor: 'none',
      count: '0',
      'ctest-exclude': 'gpu|cuda|optix'
    })
    expect(soft.summary).toContain(text)
    const hard = await withSmi(name, { require: 'true' })
    expect(hard.success).toBe(false)
    expect(hard.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      expect.stringContaining(text)
    ])
  })

  test('a hanging nvidia-smi (whose child keeps the pipes open) ends in a clear result', async () => {
    const result = await withSmi('hang', { require: 'true' })
    expect(result.success).toBe(false)
    expect(result.outputs).toMatchObject({ available: 'false', vendor: 'none' })
    expect(result.annotations.find(a => a.level === 'error')?.message).toContain('did not answer within 1 s')
  })

  test('no nvidia-smi and no driver: no GPU, not an error', async () => {
    const result = await probe(undefined)
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({
      available: 'false',
      vendor: 'none',
      count: '0',
      'ctest-exclude': 'gpu|cuda|optix'
    })
    expect(result.summary).toContain('nvidia-smi is not on PATH')
  })

  test('bad inputs name themselves', async () => {
    const result = await probe(undefined, { 'min-compute-capability': 'sm_80' })
    expect(result.success).toBe(false)
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      "Input 'min-compute-capability' has the value 'sm_80': expected a compute capability such as 7.5 or 8.0."
    ])
  })
})

describe('probe on macOS', () => {
  test('the Apple Paravirtual device of a hosted runner is not a usable GPU', async () => {
    const result = await probe(fakeSystemProfiler('paravirtual'), {}, { RUNNER_OS: 'macOS' })
    expect(result.outputs).toMatchObject({ available: 'false', vendor: 'none' })
    expect(result.summary).toContain('Apple Paravirtual device is not a usable GPU')
  })

  test('an Apple M2 Pro is', async () => {
    const result = await probe(fakeSystemProfiler('apple-m2-pro'), {}, { RUNNER_OS: 'macOS' })
    expect(result.outputs).toMatchObject({
      available: 'true',
      vendor: 'apple',
      name: 'Apple M2 Pro',
      count: '1',
      'ctest-exclude': ''
    })
  })
})
