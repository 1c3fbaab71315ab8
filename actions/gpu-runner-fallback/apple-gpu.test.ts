import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fixturesDir } from '../../test/gpu-runner-fallback/fake-tools.js'
import { parseSystemProfiler } from './apple-gpu.js'

const fixture = (name: string) => readFileSync(join(fixturesDir, 'system_profiler', `${name}.json`), 'utf8')

describe('parseSystemProfiler', () => {
  test('the Apple Paravirtual device of a hosted macOS runner is not usable', () => {
    expect(parseSystemProfiler(fixture('paravirtual'))).toEqual([
      { name: 'Apple Paravirtual device', vendor: 'Apple', cores: undefined, metal: 'metal3', usable: false }
    ])
  })

  test('an Apple M2 Pro is', () => {
    expect(parseSystemProfiler(fixture('apple-m2-pro'))).toEqual([
      { name: 'Apple M2 Pro', vendor: 'Apple', cores: 19, metal: 'metal3', usable: true }
    ])
  })

  test('garbage gives no GPUs', () => {
    expect(parseSystemProfiler('not json')).toEqual([])
    expect(parseSystemProfiler('{}')).toEqual([])
  })
})
