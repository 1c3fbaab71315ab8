import { describe, expect, test } from '@jest/globals'
import { planDecoys, random, type PlanInput } from './decoys.js'

const input = (over: Partial<PlanInput> = {}): PlanInput => ({
  seed: 7,
  scope: 'runner-temp',
  temp: '/runner/temp',
  env: { CMAKE_PREFIX_PATH: '/opt/real', PKG_CONFIG_PATH: '' },
  imathSoname: 'libImath-3_1.so.29',
  delimiter: ':',
  ...over
})

describe('planDecoys', () => {
  test('the same seed gives the same plan; other seeds explore other versions and orders', () => {
    expect(planDecoys(input())).toEqual(planDecoys(input()))
    const plans = Array.from({ length: 40 }, (_, seed) => planDecoys(input({ seed })))
    expect(new Set(plans.map(p => p.decoys.map(d => d.name).join())).size).toBeGreaterThan(3)
    expect(new Set(plans.map(p => p.env.CMAKE_PREFIX_PATH?.replace(/fuzz-\d+/g, ''))).size).toBeGreaterThan(3)
  })

  test('random(seed) is mulberry32: fixed first values', () => {
    const next = random(1)
    expect([next(), next()].map(v => v.toFixed(6))).toEqual(['0.627074', '0.002736'])
  })

  test('runner-temp: every planted file is under RUNNER_TEMP/setup-vfx-platform/fuzz-<seed>', () => {
    const plan = planDecoys(input())
    expect(plan.root).toBe('/runner/temp/setup-vfx-platform/fuzz-7')
    for (const decoy of plan.decoys) {
      expect(decoy.prefix.startsWith(plan.root + '/')).toBe(true)
      expect([...decoy.files, ...decoy.libraries].every(f => !f.path.includes('..') && !f.path.startsWith('/'))).toBe(
        true
      )
    }
  })

  test('system: IlmBase and OpenEXR 2 go to /usr/local, the rest stays under RUNNER_TEMP', () => {
    const plan = planDecoys(input({ scope: 'system' }))
    const where = Object.fromEntries(
      plan.decoys.map(d => [d.family + (d.name.startsWith('imath-runtime') ? '-rt' : ''), d.prefix])
    )
    expect(where.imath).toBe('/usr/local')
    expect(where.openexr).toBe('/usr/local')
    expect(where.python?.startsWith(plan.root)).toBe(true)
    expect(plan.env.CMAKE_PREFIX_PATH?.split(':').filter(p => p === '/usr/local')).toHaveLength(1)
  })

  test('each decoy says how it is put in the way; existing variables are extended, not replaced', () => {
    const plan = planDecoys(input())
    for (const decoy of plan.decoys) expect(decoy.exposedBy.length).toBeGreaterThan(0)
    expect(plan.env.CMAKE_PREFIX_PATH?.endsWith(':/opt/real')).toBe(true)
    expect(plan.env.PKG_CONFIG_PATH?.split(':')).toHaveLength(3)
    const roots = Object.keys(plan.env).filter(k => /_ROOT/.test(k))
    expect(roots.some(k => /^(Imath|IlmBase|ILMBASE)_ROOT$/.test(k))).toBe(true)
    expect(roots.some(k => /^(OpenEXR|OPENEXR)_ROOT$/.test(k))).toBe(true)
  })

  test('the decoy libraries carry their own SONAMEs; the load-time decoy copies the real one', () => {
    const plan = planDecoys(input())
    const ilmbase = plan.decoys.find(d => d.name.startsWith('ilmbase-'))
    expect(ilmbase?.libraries.map(l => l.soname)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^libImath-2_\d\.so\.2\d$/)])
    )
    expect(plan.decoys.find(d => d.name.startsWith('imath-runtime'))?.libraries[0]?.soname).toBe('libImath-3_1.so.29')
    const config = ilmbase?.files.find(f => f.path.endsWith('IlmBaseConfigVersion.cmake'))?.content
    expect(config).toContain(`set(PACKAGE_VERSION "${ilmbase?.version}")`)
  })
})
