/**
 * Hostile names, links and inputs against the built sign-artifacts bundle (through the local runner). One describe
 * per item of issue 13; each case fails when its defense is removed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { everythingVisible, runBundle } from '../support/run-bundle.js'
import { GPG_PASSPHRASE, makeGpgKey, newRoot, writeFiles } from '../sign-artifacts/fixtures.js'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

function workspaceWith(name: string, files: Record<string, string> = {}) {
  const dirs = newRoot(`adv-${name}`)
  roots.push(dirs.root)
  writeFiles(dirs.workspace, files)
  return dirs
}

type Result = Awaited<ReturnType<typeof runBundle>>

/** A bad input: exactly one ::error:: naming the input, exit 1, no stack trace, no "Unexpected error". */
function expectInputError(result: Result, input: string, ...fragments: string[]): void {
  expect(result.success).toBe(false)
  const errors = result.annotations.filter(a => a.level === 'error')
  expect(errors).toHaveLength(1)
  expect(errors[0]?.message).toContain(`Input '${input}'`)
  for (const fragment of fragments) expect(errors[0]?.message).toContain(fragment)
  const log = result.steps.map(s => s.log).join('')
  expect(log).not.toContain('Unexpected error')
  expect(log).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m)
}

const sign = (root: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
  runBundle('sign-artifacts', { root, inputs: { sigstore: 'false', ...inputs }, env })

describe('checksums-file must not overwrite an artifact', () => {
  it('a checksums-file that names a selected artifact is refused and the artifact is untouched', async () => {
    const { root, workspace } = workspaceWith('sums-artifact', { 'dist/app.tar.gz': 'APP', 'dist/lib.zip': 'LIB' })
    const result = await sign(root, { files: 'dist/*', 'checksums-file': 'dist/app.tar.gz' })
    expectInputError(result, 'checksums-file', 'dist/app.tar.gz', 'never overwritten')
    expect(readFileSync(join(workspace, 'dist/app.tar.gz'), 'utf8')).toBe('APP')
  })

  it('the same through output-dir', async () => {
    const { root, workspace } = workspaceWith('sums-outdir', { 'out/SHA256SUMS': 'SELECTED' })
    const result = await sign(root, { files: 'out/*', 'output-dir': 'out' })
    expectInputError(result, 'checksums-file')
    expect(readFileSync(join(workspace, 'out/SHA256SUMS'), 'utf8')).toBe('SELECTED')
  })

  it('a checksums file that is a link to an artifact is refused (it would be written through)', async () => {
    const { root, workspace } = workspaceWith('sums-link', { 'dist/app.tar.gz': 'APP' })
    symlinkSync('dist/app.tar.gz', join(workspace, 'SHA256SUMS'))
    const result = await sign(root, { files: 'dist/*' })
    expectInputError(result, 'checksums-file', 'resolves to the artifact dist/app.tar.gz')
    expect(readFileSync(join(workspace, 'dist/app.tar.gz'), 'utf8')).toBe('APP')
  })

  it('a checksums file that is a link out of the workspace is refused; the target is untouched', async () => {
    const { root, workspace } = workspaceWith('sums-link-out', { 'dist/app.tar.gz': 'APP' })
    writeFileSync(join(root, 'victim'), 'VICTIM')
    symlinkSync(join(root, 'victim'), join(workspace, 'SHA256SUMS'))
    const result = await sign(root, { files: 'dist/*' })
    expectInputError(result, 'checksums-file', 'symbolic link')
    expect(readFileSync(join(root, 'victim'), 'utf8')).toBe('VICTIM')
  })

  it('a source archive named like a selected file is refused before git runs', async () => {
    const { root, workspace } = workspaceWith('archive-clash', { 'x-1.0.tar.gz': 'OLD' })
    const result = await sign(
      root,
      { files: '*.tar.gz', 'source-archive': 'true', tag: 'v1.0' },
      { GITHUB_REPOSITORY: 'o/x' }
    )
    expectInputError(result, 'source-archive-name', 'x-1.0.tar.gz')
    expect(readFileSync(join(workspace, 'x-1.0.tar.gz'), 'utf8')).toBe('OLD')
  })
})

describe('file names cannot break out of the summary', () => {
  const hostile = [
    'tick```tock.tar.gz',
    'bare\rcr.tar.gz',
    'nl\n```\n<img src=x onerror=alert(1)>.tar.gz',
    '$(touch pwned).tar.gz'
  ]

  it('tables keep their rows, the code block keeps its fence, no CR reaches the summary, names are shell-quoted', async () => {
    const { root, workspace } = workspaceWith('summary')
    for (const name of hostile) writeFileSync(join(workspace, name), name)
    const key = makeGpgKey()
    roots.push(key.home)
    // With GPG, the verify commands name a file (the first in byte order: '$(touch pwned).tar.gz').
    const result = await sign(root, {
      files: '*.tar.gz',
      'gpg-private-key': key.armored,
      'gpg-passphrase': GPG_PASSPHRASE
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    const summary = result.summary
    expect(summary).not.toContain('\r')
    const lines = summary.split('\n')
    // Exactly one fenced block (the verify commands): one opening and one closing fence line.
    const fences = lines.filter(line => /^ {0,3}(`{3,}|~{3,})/.test(line))
    expect(fences).toHaveLength(2)
    // Every row of the artifacts table is one line starting and ending with a cell border.
    const table = lines.slice(lines.findIndex(l => l.startsWith('| Artifact')))
    const rows = table.slice(
      0,
      table.findIndex(l => l === '')
    )
    expect(rows).toHaveLength(3 + hostile.length) // header, rule, the files, SHA256SUMS
    for (const row of rows) expect(row).toMatch(/^\|.*\|$/)
    // The example command quotes the name: pasting it runs no command substitution and has no raw line break.
    const fenceAt = lines.flatMap((line, i) => (/^ {0,3}(`{3,}|~{3,})/.test(line) ? [i] : []))
    const block = lines.slice((fenceAt[0] as number) + 1, fenceAt[1]).join('\n')
    expect(block).toContain("gpg --verify '$(touch pwned).tar.gz.asc' '$(touch pwned).tar.gz'")
    expect(block).not.toMatch(/(^|[^'])\$\(touch pwned\)/)
    // sha256sum -c still verifies every hostile name.
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: workspace }).toString().match(/: OK/g)).toHaveLength(
      hostile.length
    )
  })
})

describe('bad inputs are errors, never a green step with nothing signed', () => {
  it('checksums-file a directory', async () => {
    const { root, workspace } = workspaceWith('sums-dir', { 'a.txt': 'a' })
    mkdirSync(join(workspace, 'SUMS'))
    const result = await sign(root, { files: 'a.txt', 'checksums-file': 'SUMS' })
    expectInputError(result, 'checksums-file', "'SUMS'", 'a file, not a directory')
  })

  it('output-dir a file', async () => {
    const { root } = workspaceWith('outdir-file', { 'a.txt': 'a', out: 'I am a file' })
    const result = await sign(root, { files: 'a.txt', 'output-dir': 'out' })
    expectInputError(result, 'output-dir', "'out'", 'a folder, not a file')
  })

  it('files with only a negation', async () => {
    const { root, workspace } = workspaceWith('only-negation', { 'a.txt': 'a' })
    const result = await sign(root, { files: '!*.log' })
    expectInputError(result, 'files', 'including pattern')
    expect(existsSync(join(workspace, 'SHA256SUMS'))).toBe(false)
  })

  it('files whose every match is excluded', async () => {
    const { root, workspace } = workspaceWith('all-excluded', { 'a.txt': 'a', 'b.txt': 'b' })
    const result = await sign(root, { files: '*.txt\n!*.txt' })
    expectInputError(result, 'files', 'at least one file selected')
    expect(existsSync(join(workspace, 'SHA256SUMS'))).toBe(false)
  })

  it.each([
    ['tag', { 'source-archive': 'true', tag: '--upload-pack=touch pwned' }],
    ['source-archive-name', { 'source-archive': 'true', tag: 'v1', 'source-archive-name': '../../{repo}.tar.gz' }],
    ['source-archive-prefix', { 'source-archive': 'true', tag: 'v1', 'source-archive-prefix': '../{repo}' }],
    ['checksums-file', { files: 'a.txt', 'checksums-file': '../../SHA256SUMS' }]
  ])('%s: a hostile value', async (input, inputs) => {
    const { root } = workspaceWith(`bad-${input}`, { 'a.txt': 'a' })
    expectInputError(await sign(root, inputs), input)
  })
})

describe('symlinked artifacts, folder patterns, patterns leaving the workspace', () => {
  it('a link to an artifact is signed: listed by *.tar.gz and by name', async () => {
    const { root, workspace } = workspaceWith('links', { 'real.tar.gz': 'REAL' })
    symlinkSync('real.tar.gz', join(workspace, 'link.tar.gz'))
    const byGlob = await sign(root, { files: '*.tar.gz' })
    expect(byGlob.annotations.filter(a => a.level === 'error')).toEqual([])
    const sums = readFileSync(join(workspace, 'SHA256SUMS'), 'utf8')
    expect(sums).toMatch(/ {2}link\.tar\.gz\n/)
    expect(sums).toMatch(/ {2}real\.tar\.gz\n/)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: workspace }).toString()).toContain('link.tar.gz: OK')

    const byName = await sign(root, { files: 'link.tar.gz', 'checksums-file': 'LINK.SUMS' })
    expect(byName.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(readFileSync(join(workspace, 'LINK.SUMS'), 'utf8')).toMatch(/^[0-9a-f]{64} {2}link\.tar\.gz\n$/)
  })

  it('a folder pattern matches every file below it, also through a linked folder inside the workspace', async () => {
    const { root, workspace } = workspaceWith('folder', {
      'dist/a.zip': 'a',
      'dist/sub/b.bin': 'b',
      'build/out/c.txt': 'c'
    })
    symlinkSync('../build/out', join(workspace, 'dist/current'))
    const result = await sign(root, { files: 'dist/', 'output-dir': 'signed' })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    const names = readFileSync(join(workspace, 'signed/SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map(line => line.split('  ')[1])
    expect(names).toEqual(['../dist/a.zip', '../dist/current/c.txt', '../dist/sub/b.bin'])
  })

  it.each(['../outside.txt', 'dist/../../outside.txt', '/etc/hostname', '~/.bashrc', '!../x\n*.txt'])(
    'a pattern leaving the workspace is refused: %j',
    async pattern => {
      const { root, workspace } = workspaceWith('leave', { 'a.txt': 'a' })
      writeFileSync(join(root, 'outside.txt'), 'OUTSIDE')
      const result = await sign(root, { files: pattern })
      expectInputError(result, 'files', 'globs inside the workspace')
      expect(existsSync(join(workspace, 'SHA256SUMS'))).toBe(false)
    }
  )

  it('a link inside the workspace to a file outside it is refused; its content is neither hashed nor shown', async () => {
    const { root, workspace } = workspaceWith('leak', { 'dist/app.tar.gz': 'APP' })
    writeFileSync(join(root, 'secret.txt'), 'SECRET-CONTENT')
    symlinkSync(join(root, 'secret.txt'), join(workspace, 'dist/leak.tar.gz'))
    const result = await sign(root, { files: 'dist/*.tar.gz' })
    expectInputError(result, 'files', 'dist/leak.tar.gz', 'outside the workspace')
    expect(existsSync(join(workspace, 'SHA256SUMS'))).toBe(false)
    const digest = execFileSync('sha256sum', [join(root, 'secret.txt')])
      .toString()
      .slice(0, 64)
    expect(everythingVisible(result)).not.toContain(digest)
  })
})

describe('with RUNNER_DEBUG=1 every matched file, signing decision and tool run is logged', () => {
  it('with RUNNER_DEBUG=1 every matched file, decision and tool run is a ::debug:: line', async () => {
    const { root } = workspaceWith('debug', { 'dist/a.zip': 'a', 'dist/b.zip': 'b' })
    const result = await sign(root, { files: 'dist/*.zip' }, { RUNNER_DEBUG: '1' })
    expect(result.success).toBe(true)
    const stdout = result.steps[0]?.rawStdout ?? ''
    expect(stdout).toContain("::debug::files: 'dist/*.zip' matches 2 file(s)")
    expect(stdout).toContain('::debug::files: selected dist/a.zip')
    expect(stdout).toContain('::debug::plan: Checksums runs')
    expect(stdout).toContain("::debug::plan: GPG skipped: 'gpg-private-key' is empty")
  })
})
