import { describe, expect, test } from '@jest/globals'
import { PROBE_OUTPUT_NAMES } from '../../../actions/gpu-runner-fallback/probe-gpu.js'
import { dotenvKey, dotenvValue, formatDotenv, MAX_VALUE } from './dotenv.js'

describe('dotenv lines', () => {
  test.each([
    ['available', 'GPU_AVAILABLE'],
    ['driver-version', 'GPU_DRIVER_VERSION'],
    ['ctest-exclude', 'GPU_CTEST_EXCLUDE']
  ])('%s → %s', (name, key) => expect(dotenvKey(name)).toBe(key))

  test.each([
    ['NVIDIA H100', 'NVIDIA H100'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['  padded\t', 'padded'],
    ['gpu|cuda|optix', 'gpu|cuda|optix'],
    ['x'.repeat(MAX_VALUE + 50), 'x'.repeat(MAX_VALUE)]
  ])('value %j', (value, line) => expect(dotenvValue(value)).toBe(line))

  test('one line per output, every key valid for GitLab, no empty or comment line', () => {
    const outputs = Object.fromEntries(PROBE_OUTPUT_NAMES.map(name => [name, `${name}\nsecond=line`])) as Record<
      (typeof PROBE_OUTPUT_NAMES)[number],
      string
    >
    const lines = formatDotenv(outputs).split('\n').slice(0, -1)
    expect(lines).toHaveLength(PROBE_OUTPUT_NAMES.length)
    for (const line of lines) expect(line).toMatch(/^[A-Z0-9_]+=[^\n]*$/)
  })
})
