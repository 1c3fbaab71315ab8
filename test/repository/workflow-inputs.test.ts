// Every workflow in the repository (CI, reusable workflows, examples and consumer workflows) is checked against
// what it calls: each `with:` key of a step using one of our actions is a declared input and every required input
// is given; each call of one of our reusable workflows passes only declared inputs and secrets.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'
import { workflowFiles } from '../support/workflow-files.js'

interface Declared {
  inputs: Record<string, { required?: boolean; default?: unknown }>
  secrets?: Record<string, { required?: boolean }>
}

type Step = { uses?: string; with?: Record<string, unknown> }
type Job = {
  uses?: string
  with?: Record<string, unknown>
  secrets?: Record<string, unknown> | 'inherit'
  steps?: Step[]
}

/** Our action behind a `uses:` (`./build-matrix`, `aswf/ci-actions/build-matrix@v1`), or undefined. */
export function ourAction(uses: string): string | undefined {
  const match = /^(?:\.\/|aswf\/ci-actions\/)([\w-]+)(?:@[\w.-]+)?$/.exec(uses)
  return match && existsSync(join(repoRoot, match[1] as string, 'action.yml')) ? match[1] : undefined
}

/** Our reusable workflow behind a job-level `uses:`, or undefined. */
export function ourWorkflow(uses: string): string | undefined {
  const match = /^(?:\.\/|aswf\/ci-actions\/)\.github\/workflows\/([\w.-]+\.ya?ml)(?:@[\w.-]+)?$/.exec(uses)
  return match ? match[1] : undefined
}

function actionInputs(name: string): Declared {
  return {
    inputs: (parse(readFileSync(join(repoRoot, name, 'action.yml'), 'utf8')).inputs ?? {}) as Declared['inputs']
  }
}

function workflowInterface(file: string): Declared {
  const doc = parse(readFileSync(join(repoRoot, '.github/workflows', file), 'utf8'))
  const call = doc.on?.workflow_call ?? {}
  return { inputs: call.inputs ?? {}, secrets: call.secrets ?? {} }
}

export function problemsIn(path: string): string[] {
  const doc = parse(readFileSync(path, 'utf8')) as { jobs?: Record<string, Job> }
  const problems: string[] = []
  for (const [jobName, job] of Object.entries(doc.jobs ?? {})) {
    if (job.uses) {
      const file = ourWorkflow(job.uses)
      if (file) {
        if (!existsSync(join(repoRoot, '.github/workflows', file))) problems.push(`${jobName}: no workflow ${file}`)
        else {
          const declared = workflowInterface(file)
          for (const key of Object.keys(job.with ?? {})) {
            if (!(key in declared.inputs)) problems.push(`${jobName}: ${file} has no input '${key}'`)
          }
          for (const [key, spec] of Object.entries(declared.inputs)) {
            if (spec.required && !(key in (job.with ?? {})))
              problems.push(`${jobName}: ${file} requires input '${key}'`)
          }
          if (job.secrets !== 'inherit') {
            for (const key of Object.keys(job.secrets ?? {})) {
              if (!(key in (declared.secrets ?? {}))) problems.push(`${jobName}: ${file} has no secret '${key}'`)
            }
          }
        }
      }
    }
    for (const [index, step] of (job.steps ?? []).entries()) {
      const action = step.uses ? ourAction(step.uses) : undefined
      if (!action) continue
      const declared = actionInputs(action)
      for (const key of Object.keys(step.with ?? {})) {
        if (!(key in declared.inputs)) problems.push(`${jobName} step ${index + 1}: ${action} has no input '${key}'`)
      }
      for (const [key, spec] of Object.entries(declared.inputs)) {
        if (spec.required && spec.default === undefined && !(key in (step.with ?? {}))) {
          problems.push(`${jobName} step ${index + 1}: ${action} requires input '${key}'`)
        }
      }
    }
  }
  return problems
}

const files = workflowFiles()

describe('workflows call our actions and reusable workflows with declared inputs only', () => {
  test.each(files.map(f => [relative(repoRoot, f), f]))('%s', (_name, path) => {
    expect(problemsIn(path)).toEqual([])
  })

  test('the check catches a misspelt input and a missing required one', () => {
    const dir = join(repoRoot, 'test/fixtures/workflows')
    expect(problemsIn(join(dir, 'bad-inputs.yml'))).toEqual([
      "build step 1: build-matrix has no input 'spec-flie'",
      "build step 2: setup-vfx-platform requires input 'vfx-platform'",
      "call: vfx-build.yml has no input 'matrix_spec'",
      "call: vfx-build.yml has no secret 'SONAR'"
    ])
  })
})
