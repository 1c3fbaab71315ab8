// Development and CI run on Node 24, the runtime of `using: node24`: package.json's engines say so, .ci/run pins
// that Node, and under CI every test runs on it (jest included, not only the bundles).
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }
const ciRun = readFileSync(join(repoRoot, '.ci', 'run'), 'utf8')

describe('Node 24 for development and CI', () => {
  test('engines and the pinned CI Node agree on major 24', () => {
    expect(pkg.engines.node).toBe('>=24')
    expect(/^NODE24_VERSION=(24\.\d+\.\d+)$/m.exec(ciRun)?.[1]).toBeDefined()
    expect(ciRun).toMatch(/export PATH="\$PWD\/\.tmp\/node24\/node_modules\/\$node24_pkg\/bin:\$PATH"/)
  })

  test('under CI the tests themselves run on Node 24', () => {
    const major = Number(process.versions.node.split('.')[0])
    if (process.env.CI === 'true') expect(major).toBe(24)
    else expect(major).toBeGreaterThanOrEqual(20)
  })
})
