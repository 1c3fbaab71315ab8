import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { expandMatrix } from './expand.js'
import { checkSpecShape } from './spec-schema.js'
import type { MatrixSpec } from './spec-types.js'

function spec(yaml: string): MatrixSpec {
  const shape = checkSpecShape(parse(yaml))
  expect(shape.problems).toEqual([])
  return shape.spec as MatrixSpec
}

describe('the fuzz spec key', () => {
  it('adds one copy of each matching Linux cell per seed, with fuzz-seed and its own id', () => {
    const { cells, problems } = expandMatrix(
      spec(`
vfx-platform: [2024, 2025]
os: [linux, windows]
fuzz: { seeds: [7, 2021], cells: { vfx-platform: 2025 } }
`)
    )
    expect(problems.filter(p => p.severity === 'error')).toEqual([])
    const fuzzed = cells.filter(c => c['fuzz-seed'] !== undefined)
    expect(fuzzed.map(c => [c.id, c['fuzz-seed']])).toEqual([
      [
        `${cells.find(c => c.os === 'linux' && c['vfx-platform'] === 2025 && c['fuzz-seed'] === undefined)?.id}-fuzz7`,
        7
      ],
      [
        `${cells.find(c => c.os === 'linux' && c['vfx-platform'] === 2025 && c['fuzz-seed'] === undefined)?.id}-fuzz2021`,
        2021
      ]
    ])
    expect(fuzzed[0]?.name).toMatch(/\(fuzz 7\)$/)
    expect(fuzzed[0]?.['cmake-args']).toContain('-DCMAKE_EXPORT_COMPILE_COMMANDS=ON')
    expect(new Set(cells.map(c => c.id)).size).toBe(cells.length)
  })

  it('without fuzz nothing changes; a bad seed is a schema problem', () => {
    expect(expandMatrix(spec('vfx-platform: 2025\n')).cells.some(c => 'fuzz-seed' in c)).toBe(false)
    expect(checkSpecShape(parse('vfx-platform: 2025\nfuzz: { seeds: [0] }\n')).problems.length).toBeGreaterThan(0)
    expect(checkSpecShape(parse('vfx-platform: 2025\nfuzz: { seeds: [] }\n')).problems.length).toBeGreaterThan(0)
  })
})
