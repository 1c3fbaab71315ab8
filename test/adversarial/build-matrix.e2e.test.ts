// build-matrix against hostile specs, through the built bundle and the local runner: each case is one clear
// `::error::` naming what is accepted, exit 1, no stack trace, within a bounded time.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fullLog, runBundle } from '../support/run-bundle.js'

function workspaceWith(spec?: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'build-matrix-adv-'))
  mkdirSync(join(workspace, '.github'))
  if (spec !== undefined) writeFileSync(join(workspace, '.github', 'ci-matrix.yml'), spec)
  return workspace
}

async function refused(inputs: Record<string, string>, workspace = workspaceWith()) {
  const result = await runBundle('build-matrix', { workspace, inputs })
  expect(result.success).toBe(false)
  const errors = result.annotations.filter(a => a.level === 'error')
  expect(errors.length).toBeGreaterThanOrEqual(1)
  const log = fullLog(result)
  expect(log).not.toMatch(/Unexpected error|\n\s+at .*\.js:\d+/)
  return errors.map(e => e.message).join('\n')
}

/** A billion laughs: 9 levels of 9 aliases each, 9^9 values once expanded. */
const ALIAS_BOMB =
  'a0: &a0 [x, x, x, x, x, x, x, x, x]\n' +
  Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n') +
  '\nvfx-platform: 2025\n'

describe('hostile spec files are one clear error', () => {
  it('an alias bomb', async () => {
    expect(await refused({ spec: ALIAS_BOMB })).toMatch(/alias|expand/i)
  })
  it('5,000 levels of flow nesting', async () => {
    expect(await refused({ spec: `vfx-platform: ${'['.repeat(5000)}2025${']'.repeat(5000)}\n` })).toMatch(
      /nests deeper than 32 levels/
    )
  })
  it('1,000 levels of block nesting (the most that fits in 1 MiB)', async () => {
    const deep = Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' 1\n'
    expect(await refused({}, workspaceWith(deep))).toMatch(/nests (deeper than 32 levels|too deeply)/)
  })
  it('a spec file that is a directory', async () => {
    expect(await refused({ 'spec-file': '.github' })).toMatch(/'spec-file'.*a directory/)
  })
  it('a spec file that is /dev/zero', async () => {
    expect(await refused({ 'spec-file': '/dev/zero' })).toMatch(/'spec-file'.*not a regular file/)
  })
  it('a spec file that is a FIFO nobody writes to', async () => {
    const workspace = workspaceWith()
    execFileSync('mkfifo', [join(workspace, 'fifo.yml')])
    expect(await refused({ 'spec-file': 'fifo.yml' }, workspace)).toMatch(/'spec-file'.*not a regular file/)
  })
  it('a spec file larger than 1 MiB', async () => {
    const workspace = workspaceWith(`vfx-platform: 2025\n${'# padding\n'.repeat(120_000)}`)
    expect(await refused({}, workspace)).toMatch(/at most 1 MiB/)
  })
  it('anchors, aliases and merge keys are YAML, read (not refused)', async () => {
    const spec =
      'vfx-platform: [2025]\ninclude:\n  - &d { name: dbg, build-type: Debug, vfx-platform: 2026 }\n  - { <<: *d, name: dbg2, compiler: clang }\n'
    const result = await runBundle('build-matrix', { workspace: workspaceWith(), inputs: { spec } })
    expect(result.success).toBe(true)
    const cells = JSON.parse(result.outputs.matrix!).include as { id: string }[]
    expect(cells.map(c => c.id)).toEqual([
      'linux-2025-gcc-release',
      'linux-2026-gcc-debug-dbg',
      'linux-2026-clang-debug-dbg2'
    ])
  })
})

describe('bad overrides name what is accepted, at the line', () => {
  it.each([
    [
      'a container that is no image reference',
      'include: [{ container: "Bad Image!" }]',
      /not an image reference \(accepted:/
    ],
    [
      'an unknown compiler without cc/cxx',
      'include: [{ compiler: nvc }]',
      /'nvc' is not a compiler for linux: give its 'cc' and 'cxx'/
    ],
    ['an unquoted Python version', 'python-version: [3.10]', /quote it/],
    ['a derived key', 'include: [{ legacy-glibc: true }]', /legacy-glibc comes from/]
  ])('%s', async (_title, spec, message) => {
    const result = await runBundle('build-matrix', {
      workspace: workspaceWith(),
      inputs: { spec: `vfx-platform: 2025\n${spec}\n` }
    })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors[0]!.message).toMatch(message)
    expect(errors[0]!.message).toMatch(/line 2\)/)
  })
})
