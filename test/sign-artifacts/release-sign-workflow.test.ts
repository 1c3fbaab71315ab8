/**
 * The reusable release-sign.yml: least-privilege permissions per job, the tag checked out and passed to
 * sign-artifacts, every input of the workflow reaching the action by name, no `${{ }}` inside a `run:` script, and
 * the tag step's script itself run with bash for the events that start a release signing (release, tag push,
 * workflow_dispatch re-sign) and for hostile tags.
 */
import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

interface Step {
  id?: string
  uses?: string
  run?: string
  env?: Record<string, string>
  with?: Record<string, unknown>
}
interface Job {
  permissions?: Record<string, string>
  steps: Step[]
}
const workflow = parse(readFileSync(join(repoRoot, '.github/workflows/release-sign.yml'), 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, unknown> } }
  permissions: Record<string, string>
  jobs: Record<string, Job>
}
const action = parse(readFileSync(join(repoRoot, 'sign-artifacts/action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
}
const sign = workflow.jobs.sign as Job
const tagStep = sign.steps.find(step => step.id === 'tag') as Step
const signStep = sign.steps.find(step => step.id === 'sign') as Step

describe('release-sign.yml', () => {
  it('grants nothing at the top and the least each job needs', () => {
    expect(workflow.permissions).toEqual({})
    expect(sign.permissions).toEqual({ contents: 'read', 'id-token': 'write' })
    expect(workflow.jobs.publish?.permissions).toEqual({ contents: 'write' })
  })

  it('checks out the tag and hands it, and every archive input, to sign-artifacts', () => {
    const checkout = sign.steps.find(step => step.uses?.startsWith('actions/checkout@')) as Step
    expect(checkout.with?.ref).toBe('refs/tags/${{ steps.tag.outputs.tag }}')
    expect(checkout.with?.['persist-credentials']).toBe(false)
    expect(signStep.with?.tag).toBe('${{ steps.tag.outputs.tag }}')
    expect(signStep.with?.sigstore).toBe('true')
    for (const input of Object.keys(workflow.on.workflow_call.inputs).filter(name => name !== 'tag')) {
      expect(action.inputs).toHaveProperty(input)
      expect(signStep.with?.[input]).toBe(`\${{ inputs.${input} }}`)
    }
  })

  it('puts no ${{ }} expression inside any run: script', () => {
    const scripts = Object.values(workflow.jobs).flatMap(job => job.steps.flatMap(step => (step.run ? [step.run] : [])))
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) expect(script).not.toContain('${{')
  })
})

describe('the tag step', () => {
  function runTagStep(env: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'release-sign-tag-'))
    try {
      const output = join(dir, 'output')
      writeFileSync(output, '')
      const result = spawnSync('bash', ['-e', '-c', tagStep.run as string], {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          INPUT_TAG: '',
          RELEASE_TAG: '',
          REF_TYPE: 'branch',
          REF_NAME: 'main',
          GITHUB_OUTPUT: output,
          ...env
        },
        encoding: 'utf8'
      })
      return {
        status: result.status,
        stdout: result.stdout,
        output: readFileSync(output, 'utf8'),
        ran: existsSync(join(dir, 'pwned'))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  it('reads exactly the variables the step declares in env:', () => {
    expect(Object.keys(tagStep.env ?? {}).sort()).toEqual(['INPUT_TAG', 'REF_NAME', 'REF_TYPE', 'RELEASE_TAG'])
  })

  it.each([
    ['workflow_dispatch re-sign from a branch', { INPUT_TAG: 'v3.2.8' }, 'v3.2.8'],
    ['an input given as a full ref', { INPUT_TAG: 'refs/tags/v3.2.8' }, 'v3.2.8'],
    ['a published release', { RELEASE_TAG: 'v1.14.3' }, 'v1.14.3'],
    ['a tag push', { REF_TYPE: 'tag', REF_NAME: 'v2.4.0' }, 'v2.4.0'],
    ['the input wins over the release', { INPUT_TAG: 'v2', RELEASE_TAG: 'v1' }, 'v2']
  ])('%s', (_, env, tag) => {
    const result = runTagStep(env)
    expect(result.status).toBe(0)
    expect(result.output).toBe(`tag=${tag}\n`)
  })

  it('a branch run without a tag input is one clear error', () => {
    const result = runTagStep({})
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/^::error::Input 'tag' is empty/)
    expect(result.output).toBe('')
  })

  it.each(['v1$(touch pwned)', '../v1', '-v1', 'v1\n::set-output name=x::y', 'v1 v2', 'v1.lock'])(
    'a hostile tag is refused without running it or injecting a command: %j',
    tag => {
      const result = runTagStep({ INPUT_TAG: tag })
      expect(result.status).toBe(1)
      expect(result.output).toBe('')
      expect(result.ran).toBe(false)
      expect(result.stdout.split('\n').filter(line => line.startsWith('::'))).toHaveLength(1)
      expect(result.stdout).toMatch(/^::error::Input 'tag' has the value/)
    }
  )
})
