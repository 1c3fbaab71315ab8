/**
 * The README's GitLab section is checked, not just shown: its spec excerpt generates a valid child pipeline, its
 * parent `.gitlab-ci.yml` and GPU jobs validate against GitLab's CI schema, every job they name exists, and the
 * commands they run are the CLI's (run here with the built bundle in place of `npx …`).
 */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'
import { gitlabSchemaErrors, jobsOf, parseAsGitlab, runCli } from './support.js'

const NPX = 'npx --yes github:aswf/ci-actions#v1 '

function gitlabSection(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const start = readme.indexOf('## GitLab CI: the same matrix and GPU decisions')
  expect(start).toBeGreaterThan(0)
  const end = readme.indexOf('\n## ', start + 1)
  return readme.slice(start, end)
}

function blocks(language: string): string[] {
  return [...gitlabSection().matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(m => m[1]!)
}

/** The CLI arguments of a README command line `npx … <args> > file` (simple words and the redirect). */
function cliArgs(line: string): { args: string[]; redirect?: string } {
  expect(line.startsWith(NPX)).toBe(true)
  const [command, redirect] = line.slice(NPX.length).split(' > ')
  return { args: command!.trim().split(/\s+/), redirect: redirect?.trim() }
}

interface ParentJob {
  needs?: string[]
  script?: string[]
  artifacts?: { paths?: string[]; reports?: { dotenv?: string } }
  variables?: Record<string, string>
  trigger?: { include: { artifact: string; job: string }[]; strategy: string }
}

describe('README: GitLab CI', () => {
  const yamlBlocks = blocks('yaml')
  const spec = yamlBlocks.find(b => b.startsWith('# .gitlab/ci-matrix.yml'))!
  const parent = yamlBlocks.find(b => b.startsWith('# .gitlab-ci.yml'))!
  const gpuJobs = yamlBlocks.find(b => b.startsWith('gpu-probe:'))!

  test('the section has its spec, parent pipeline and GPU job examples', () => {
    expect([spec, parent, gpuJobs].every(Boolean)).toBe(true)
    for (const line of blocks('sh')[0]!.trim().split('\n')) cliArgs(line)
  })

  test("the parent pipeline validates against GitLab's schema and triggers the artifact its generate job writes", () => {
    const pipeline = parseAsGitlab(parent)
    expect(gitlabSchemaErrors(pipeline)).toEqual([])
    const jobs = jobsOf(pipeline) as unknown as Record<string, ParentJob>
    const triggers = Object.entries(jobs).filter(([, job]) => job.trigger)
    expect(triggers).toHaveLength(1)
    const [, trigger] = triggers[0]!
    expect(trigger.trigger!.strategy).toBe('depend')
    expect(trigger.variables).toEqual({ CI_ACTIONS_PIPELINE_SOURCE: '$CI_PIPELINE_SOURCE' })
    for (const include of trigger.trigger!.include) {
      const generator = jobs[include.job]
      expect(generator).toBeDefined()
      expect(trigger.needs).toContain(include.job)
      expect(generator!.artifacts!.paths).toContain(include.artifact)
      const { args, redirect } = cliArgs(generator!.script!.find(line => line.startsWith(NPX))!)
      expect(redirect).toBe(include.artifact)
      expect(args.slice(0, 1)).toEqual(['matrix'])
      expect(args).toEqual(expect.arrayContaining(['--format', 'gitlab']))
    }
    for (const job of Object.values(jobs)) for (const need of job.needs ?? []) expect(jobs[need]).toBeDefined()
  })

  test("the parent's generate command on the spec excerpt gives a valid child pipeline that reads the forwarded source", () => {
    const jobs = jobsOf(parseAsGitlab(parent)) as unknown as Record<string, ParentJob>
    const { args } = cliArgs(jobs['plan-matrix']!.script!.find(line => line.startsWith(NPX))!)
    const workspace = mkdtempSync(join(tmpdir(), 'gitlab-readme-'))
    mkdirSync(join(workspace, '.gitlab'))
    writeFileSync(join(workspace, '.gitlab', 'ci-matrix.yml'), spec)
    const result = runCli(args, { cwd: workspace })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    const child = parseAsGitlab(result.stdout)
    expect(gitlabSchemaErrors(child)).toEqual([])
    const childJobs = jobsOf(child)
    expect(Object.keys(childJobs)).toHaveLength(4)
    for (const job of Object.values(childJobs)) expect(job.rules[0]!.if).toContain('$CI_ACTIONS_PIPELINE_SOURCE')
  })

  test('the GPU jobs validate, pass the probe on as dotenv, and run the CLI as documented', () => {
    const pipeline = parseAsGitlab(`stages: [test]\n${gpuJobs}`)
    expect(gitlabSchemaErrors(pipeline)).toEqual([])
    const jobs = jobsOf(pipeline) as unknown as Record<string, ParentJob>
    for (const job of Object.values(jobs)) for (const need of job.needs ?? []) expect(jobs[need]).toBeDefined()
    const probe = jobs['gpu-probe']!
    const { args, redirect } = cliArgs(probe.script!.find(line => line.startsWith(NPX))!)
    expect(redirect).toBe(probe.artifacts!.reports!.dotenv)
    const result = runCli(args)
    expect(result.status).toBe(0)
    const keys = result.stdout
      .split('\n')
      .filter(Boolean)
      .map(line => line.split('=')[0])
    for (const used of gpuJobs.matchAll(/\$\{?(GPU_[A-Z_]+)/g)) expect(keys).toContain(used[1])
  })
})
