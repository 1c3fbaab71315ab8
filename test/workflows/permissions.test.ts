// Least privilege in every workflow of the repository and every consumer workflow: the top-level permissions read
// at most (never read-all/write-all, never absent, which would mean the repository's default), and write only in
// the jobs listed here, each for the one thing that job does.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

/** workflow file -> job -> the write scopes it may hold. */
const writers: Record<string, Record<string, string[]>> = {
  '.github/workflows/release-sign.yml': { sign: ['id-token'], publish: ['contents'] },
  '.github/workflows/release.yml': { publish: ['contents'] },
  '.github/workflows/platform-bundles.yml': { publish: ['contents'] },
  '.github/workflows/codeql.yml': { analyze: ['security-events'] },
  'test/consumers/opencolorio/release.yml': { sign: ['contents', 'id-token'] }
}

function workflows(): string[] {
  const found: string[] = []
  for (const dir of ['.github/workflows', 'test/consumers']) {
    for (const entry of readdirSync(join(repoRoot, dir), { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
      const path = join(entry.parentPath, entry.name)
      const text = readFileSync(path, 'utf8')
      if (/^on:/m.test(text) && /^jobs:/m.test(text)) found.push(relative(repoRoot, path).split('\\').join('/'))
    }
  }
  return found.sort()
}

type Permissions = Record<string, string> | string | undefined

describe('least-privilege permissions', () => {
  test.each(workflows())('%s', file => {
    const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as {
      permissions?: Permissions
      jobs: Record<string, { permissions?: Permissions }>
    }
    expect(typeof doc.permissions).toBe('object')
    for (const [scope, level] of Object.entries(doc.permissions as Record<string, string>)) {
      expect([scope, level]).toEqual([scope, expect.stringMatching(/^(read|none)$/)])
    }
    for (const [job, spec] of Object.entries(doc.jobs)) {
      if (spec.permissions === undefined) continue
      expect(typeof spec.permissions).toBe('object')
      const writes = Object.entries(spec.permissions as Record<string, string>)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
        .sort()
      expect([job, writes]).toEqual([job, (writers[file]?.[job] ?? []).sort()])
    }
  })

  test('the list of writers names only jobs that exist', () => {
    for (const [file, jobs] of Object.entries(writers)) {
      const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as { jobs: Record<string, unknown> }
      for (const job of Object.keys(jobs)) expect(Object.keys(doc.jobs)).toContain(job)
    }
  })
})

describe('no expression inside a script of the reusable workflows (values arrive through env: only)', () => {
  const files = [
    '.github/workflows/vfx-build.yml',
    '.github/workflows/release-sign.yml',
    '.github/actions/workflow-step/action.yml'
  ]
  test.each(files)('%s', file => {
    const doc = parse(readFileSync(join(repoRoot, file), 'utf8')) as {
      jobs?: Record<string, { steps?: { run?: string }[] }>
      runs?: { steps?: { run?: string }[] }
    }
    const steps = [...Object.values(doc.jobs ?? {}).flatMap(job => job.steps ?? []), ...(doc.runs?.steps ?? [])]
    const runs = steps.filter(step => step.run !== undefined)
    expect(runs.filter(step => step.run?.includes('${{'))).toEqual([])
  })
})
