// The three consumer projects (test/consumers/*): their matrix specs expand through the real build-matrix
// bundle (full on push, the `pr` profile on pull requests), and every workflow references the spec it ships.
// Their workflows are linted and checked against our actions' inputs by test/repository/*.
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runBundle } from '../support/run-bundle.js'

const consumers = readdirSync(join(repoRoot, 'test/consumers'), { withFileTypes: true })
  .filter(e => e.isDirectory())
  .map(e => e.name)

function workspaceWithSpec(consumer: string): string {
  const workspace = mkdtempSync(join(tmpdir(), `consumer-${consumer}-`))
  mkdirSync(join(workspace, '.github'))
  cpSync(join(repoRoot, 'test/consumers', consumer, 'ci-matrix.yml'), join(workspace, '.github/ci-matrix.yml'))
  return workspace
}

describe.each(consumers)('consumer %s', consumer => {
  test('its matrix spec expands on push and shrinks to the pr profile on pull requests', async () => {
    const workspace = workspaceWithSpec(consumer)
    const push = await runBundle('build-matrix', { workspace, eventName: 'push', event: {} })
    expect(push.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(push.success).toBe(true)
    const full = Number(push.outputs.count)
    expect(full).toBeGreaterThan(1)
    const cells = JSON.parse(push.outputs.matrix as string).include as Record<string, unknown>[]
    for (const cell of cells.filter(c => c.os === 'linux')) expect(String(cell.container)).toMatch(/^aswf\/ci-/)

    const pr = await runBundle('build-matrix', {
      workspace,
      eventName: 'pull_request',
      event: { pull_request: { number: 1, head: { repo: { full_name: 'someone/fork' } } } }
    })
    expect(pr.success).toBe(true)
    expect(Number(pr.outputs.count)).toBeGreaterThan(0)
    expect(Number(pr.outputs.count)).toBeLessThan(full)
  })

  test('its CI workflow points at the spec it ships', () => {
    expect(readFileSync(join(repoRoot, 'test/consumers', consumer, 'ci.yml'), 'utf8')).toContain(
      'matrix-spec: .github/ci-matrix.yml'
    )
  })
})
