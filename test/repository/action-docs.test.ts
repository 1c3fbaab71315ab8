// Each action's README carries inputs/outputs tables generated from its action.yml; this fails when they drift.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'
// @ts-expect-error: a plain .mjs script without type declarations
import { actionReadmes, inputsTable, renderReadme } from '../../scripts/action-docs.mjs'

const readmes = actionReadmes(repoRoot) as { name: string; yml: string; readme: string }[]

describe('action READMEs', () => {
  test('every action has a README', () => {
    expect(readmes.map(r => r.name).sort()).toEqual(
      ['build-matrix', 'gpu-runner-fallback', 'setup-vfx-platform', 'sign-artifacts', 'sonar-scan'].sort()
    )
  })

  test.each(readmes.map(r => [r.name, r] as const))(
    '%s: the inputs/outputs tables match action.yml (npm run docs)',
    (_name, r) => {
      const current = readFileSync(r.readme, 'utf8')
      expect(renderReadme(current, parse(readFileSync(r.yml, 'utf8')), r.readme)).toBe(current)
    }
  )

  test('the generator escapes pipes and folds multi-line descriptions', () => {
    const table = inputsTable({ inputs: { spec: { description: 'a | b\nsecond line', required: true, default: 'x' } } })
    expect(table).toContain('| `spec` | yes | `x` | a \\| b second line |')
  })

  test('missing markers are an error that says what to add', () => {
    expect(() => renderReadme('# x\n', { inputs: {} }, 'x/README.md')).toThrow(
      'add the markers <!-- action-docs:inputs -->'
    )
  })
})
