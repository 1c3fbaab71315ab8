import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir, nvidiaSmiFixture } from '../../test/gpu-runner-fallback/fake-tools.js'
import {
  LEGACY_QUERY_FIELDS,
  QUERY_FIELDS,
  explainSmiFailure,
  isInvalidFieldError,
  parseGpuQuery,
  parseProcDriverVersion,
  parseProcGpuInformation,
  parseSmiHeader,
  queryArgs
} from './nvidia-smi.js'

describe('nvidia-smi parsers (on the fixtures the fake nvidia-smi replays)', () => {
  test.each([
    ['h100', 1, 'NVIDIA H100 80GB HBM3', 81559, '9.0', '550.54.15', '12.4'],
    ['t4', 1, 'Tesla T4', 15360, '7.5', '535.104.05', '12.2'],
    ['two-gpus', 2, 'NVIDIA RTX A6000', 49140, '8.6', '545.23.08', '12.3']
  ] as const)('%s', (name, count, gpu, memory, cc, driver, cuda) => {
    const devices = parseGpuQuery(nvidiaSmiFixture(name, 'query.csv'), QUERY_FIELDS)
    expect(devices).toHaveLength(count)
    expect(devices[0]).toMatchObject({
      index: 0,
      name: gpu,
      memoryMb: memory,
      computeCapability: cc,
      driverVersion: driver
    })
    expect(devices[0]?.uuid).toMatch(/^GPU-/)
    expect(parseSmiHeader(nvidiaSmiFixture(name, 'nvidia-smi.txt'))).toEqual({
      driverVersion: driver,
      cudaVersion: cuda
    })
  })

  test('an old driver rejects compute_cap; the legacy query has everything else', () => {
    expect(isInvalidFieldError(nvidiaSmiFixture('old-driver-470', 'invalid-field.txt'))).toBe(true)
    const [device] = parseGpuQuery(nvidiaSmiFixture('old-driver-470', 'query-legacy.csv'), LEGACY_QUERY_FIELDS)
    expect(device).toMatchObject({ name: 'Tesla K80', memoryMb: 11441, driverVersion: '470.82.01' })
    expect(device?.computeCapability).toBeUndefined()
    expect(parseSmiHeader(nvidiaSmiFixture('old-driver-470', 'nvidia-smi.txt')).cudaVersion).toBe('11.4')
  })

  test('[N/A] values and blank lines are tolerated', () => {
    const devices = parseGpuQuery(
      '0, [N/A], NVIDIA A100-SXM4-40GB MIG 3g.20gb, 535.54.03, [N/A], 8.0\n\n',
      QUERY_FIELDS
    )
    expect(devices).toEqual([
      {
        index: 0,
        uuid: undefined,
        name: 'NVIDIA A100-SXM4-40GB MIG 3g.20gb',
        driverVersion: '535.54.03',
        memoryMb: undefined,
        computeCapability: '8.0'
      }
    ])
  })

  test('the query arguments are the documented ones', () => {
    expect(queryArgs(QUERY_FIELDS)).toEqual([
      '--query-gpu=index,uuid,name,driver_version,memory.total,compute_cap',
      '--format=csv,noheader,nounits'
    ])
  })

  test.each([
    ['no-devices', 6, 'No devices were found'],
    ['version-mismatch', 18, 'Driver/library version mismatch']
  ] as const)('failure %s is explained', (name, code, text) => {
    const message = explainSmiFailure(code, nvidiaSmiFixture(name, 'error.txt'))
    expect(message).toContain(text)
    expect(Number(nvidiaSmiFixture(name, 'exit-code'))).toBe(code)
  })

  test('an unknown failure keeps the first line and the exit code', () => {
    expect(explainSmiFailure(255, 'Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error\n')).toBe(
      'nvidia-smi exited with code 255: Unable to determine the device handle for GPU0000:3B:00.0: Unknown Error'
    )
  })

  test('/proc/driver/nvidia without nvidia-smi', () => {
    const proc = (file: string) => readFileSync(join(fixturesDir, 'proc', file), 'utf8')
    expect(parseProcDriverVersion(proc('version-proprietary.txt'))).toBe('535.104.05')
    expect(parseProcDriverVersion(proc('version-open.txt'))).toBe('550.54.15')
    expect(parseProcGpuInformation(proc('gpu-information.txt'))).toEqual({
      name: 'Tesla T4',
      uuid: 'GPU-d1c2e3f4-0a1b-2c3d-4e5f-60718293a4b5'
    })
  })
})
