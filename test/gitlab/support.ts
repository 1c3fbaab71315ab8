/**
 * Shared by the GitLab tests: the built CLI run as a user runs it (a child process with only the environment
 * given), and GitLab's own CI schema compiled with Ajv (draft-07, as the schema declares; its formats from
 * ajv-formats; strict off because GitLab's schema uses keywords like markdownDescription).
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv, { type ErrorObject } from 'ajv'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

export const cliBundle = join(repoRoot, 'dist', 'cli', 'index.js')
export const specsDir = join(repoRoot, 'test', 'gitlab', 'specs')

export interface CliResult {
  status: number | null
  stdout: string
  stderr: string
}

/** The CLI with a clean environment: PATH and HOME, plus what the test gives (no CI_* leaks in from outside). */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; bundle?: string } = {}
): CliResult {
  const result = spawnSync(process.execPath, [options.bundle ?? cliBundle, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    encoding: 'utf8',
    timeout: 30_000
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const ajv = new Ajv.default({ strict: false, allErrors: true })
addFormats.default(ajv)
const validateCi = ajv.compile(
  JSON.parse(readFileSync(join(repoRoot, 'test', 'fixtures', 'gitlab-ci-schema', 'ci.json'), 'utf8')) as object
)

/** GitLab's schema errors for a pipeline (empty: valid). */
export function gitlabSchemaErrors(pipeline: unknown): ErrorObject[] {
  return validateCi(pipeline) ? [] : [...(validateCi.errors ?? [])]
}

/** YAML as GitLab reads it: YAML 1.1 (Ruby's Psych), where ON/yes/off are booleans unless quoted. */
export function parseAsGitlab(text: string): Record<string, unknown> {
  return parse(text, { version: '1.1' }) as Record<string, unknown>
}

export interface Job {
  stage: string
  image?: string
  tags?: string[]
  variables: Record<string, string | { value: string; expand: boolean }>
  rules: { if?: string; when: string }[]
  interruptible: boolean
  timeout: string
  script: string[]
}

/** The jobs of a pipeline (every key that is not a global keyword). */
export function jobsOf(pipeline: Record<string, unknown>): Record<string, Job> {
  const globals = new Set(['stages', 'variables', 'workflow', 'default', 'include'])
  return Object.fromEntries(Object.entries(pipeline).filter(([key]) => !globals.has(key))) as Record<string, Job>
}

/** The comment lines written right above a job's key. */
export function commentAbove(text: string, job: string): string {
  const lines = text.split('\n')
  const at = lines.indexOf(`${job}:`)
  const out: string[] = []
  for (let i = at - 1; i >= 0 && lines[i]!.startsWith('#'); i--) out.unshift(lines[i]!)
  return out.join('\n')
}
