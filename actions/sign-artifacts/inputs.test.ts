import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readInputs } from './inputs.js'

const workspace = mkdtempSync(join(tmpdir(), 'sign-inputs-'))
mkdirSync(join(workspace, 'a-dir'))
writeFileSync(join(workspace, 'a-file'), '')

function read(inputs: Record<string, string>, env: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value
  Object.assign(process.env, {
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'o/proj',
    GITHUB_REF: 'refs/heads/main',
    ...env
  })
  return readInputs()
}

const saved = { ...process.env }
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

describe('readInputs', () => {
  it('resolves the checksums file in output-dir, or the workspace', () => {
    expect(read({ files: 'x' }).checksumsPath).toBe(join(workspace, 'SHA256SUMS'))
    expect(read({ files: 'x', 'output-dir': 'out', checksums: 'sha512' }).checksumsPath).toBe(
      join(workspace, 'out/SHA512SUMS')
    )
    expect(read({ files: 'x', checksums: 'none' }).checksumsPath).toBe('')
  })

  it('plans the source archive from the tag input, without GITHUB_REF being a tag', () => {
    expect(
      read({ 'source-archive': 'true', tag: 'v2.0', 'source-archive-name': 'P-{version}.zip' }).sourceArchive
    ).toEqual({
      tag: 'v2.0',
      version: '2.0',
      prefix: 'P-2.0/',
      fileName: 'P-2.0.zip',
      format: 'zip'
    })
  })

  it.each([
    [{}, 'files', "or 'source-archive: true'"],
    [{ files: '# only a comment' }, 'files', "or 'source-archive: true'"],
    [{ files: '!*.log' }, 'files', 'including pattern'],
    [{ files: '../x' }, 'files', "'..'"],
    [{ files: 'x', 'output-dir': 'a-file' }, 'output-dir', 'a folder, not a file'],
    [{ files: 'x', 'checksums-file': 'a-dir' }, 'checksums-file', 'a file, not a directory'],
    [{ files: 'x', 'checksums-file': '/abs/SUMS' }, 'checksums-file', "without '..'"],
    [{ files: 'x', tag: 'a..b' }, 'tag', 'a tag name'],
    [{ files: 'x', sigstore: 'yes' }, 'sigstore', "'auto', 'true', 'false'"]
  ])('%j is an error naming %s', (inputs, input, accepted) => {
    expect(() => read(inputs)).toThrow(`Input '${input}'`)
    expect(() => read(inputs)).toThrow(accepted)
  })
})

afterAll(() => rmSync(workspace, { recursive: true, force: true }))
