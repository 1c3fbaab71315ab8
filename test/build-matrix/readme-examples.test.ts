// The spec examples in build-matrix/README.md are valid and expand as the README says.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { expandMatrix } from '../../actions/build-matrix/expand.js'
import { checkSpecShape } from '../../actions/build-matrix/spec-schema.js'
import { repoRoot } from '../support/run-bundle.js'

const readme = readFileSync(join(repoRoot, 'build-matrix', 'README.md'), 'utf8')
const examples = [...readme.split('## Examples')[1]!.matchAll(/### (.+)\n\n```yaml\n([\s\S]*?)```/g)].map(m => [
  m[1]!,
  m[2]!
])

describe('README examples', () => {
  it('has the three examples', () => expect(examples).toHaveLength(3))
  it.each(examples)('%s expands without errors', (_title, yaml) => {
    const shape = checkSpecShape(parse(yaml))
    expect(shape.problems).toEqual([])
    const result = expandMatrix(shape.spec!)
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
    expect(result.cells.length).toBeGreaterThan(0)
  })
  it('the Imath example gives 16 cells, 2 on pull requests', () => {
    const spec = checkSpecShape(parse(examples[0]![1] as string)).spec!
    expect(expandMatrix(spec).cells).toHaveLength(16)
    expect(expandMatrix(spec, { profile: 'pr' }).cells).toHaveLength(2)
  })
  it('the OSL example gives the 8 cells it says, the asan cell beside the Release one, and 7 without build-type', () => {
    const text = examples[2]![1] as string
    const cells = expandMatrix(checkSpecShape(parse(text)).spec!).cells
    expect(cells).toHaveLength(8)
    expect(cells.map(c => c.id)).toEqual(
      expect.arrayContaining(['linux-2025-clang-release', 'linux-2025-clang-debug-asan', 'linux-2025-clang18-release'])
    )
    const without = expandMatrix(checkSpecShape(parse(text.replace(/^build-type:.*\n/m, ''))).spec!)
    expect(without.cells).toHaveLength(7)
    expect(without.problems.filter(p => p.severity === 'notice').map(p => p.message)).toEqual([
      expect.stringContaining('(now linux-2025-clang-debug-asan)')
    ])
  })
})

const features = [
  ...readme
    .split('## Include, overrides and YAML')[1]!
    .split('## Examples')[0]!
    .matchAll(/### (.+)\n[\s\S]*?```yaml\n([\s\S]*?)```\n\nGives: `(.+)`(?:\n\nNotice: `(.+)`)?/g)
].map(m => [m[1]!, m[2]!, m[3]!, m[4]] as const)

describe('README spec reference: one checked example per feature', () => {
  it('has the examples', () => expect(features.length).toBeGreaterThanOrEqual(8))
  it.each(features)('%s', (_title, yaml, gives, notice) => {
    const shape = checkSpecShape(parse(yaml, { merge: true }))
    expect(shape.problems).toEqual([])
    const result = expandMatrix(shape.spec!)
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([])
    const expected = JSON.parse(gives) as Record<string, unknown>[]
    expect(result.cells).toHaveLength(expected.length)
    expected.forEach((cell, i) => expect(result.cells[i]).toMatchObject(cell))
    // The notices the example gives are the ones it shows (none when it shows none).
    const notices = result.problems.filter(p => p.severity === 'notice').map(p => p.message)
    expect(notices).toEqual(notice ? [expect.stringContaining(notice)] : [])
  })
})
