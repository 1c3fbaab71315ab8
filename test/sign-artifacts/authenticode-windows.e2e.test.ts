/**
 * Windows Authenticode with signtool, through the committed bundle with RUNNER_OS=Windows. No Windows machine exists
 * here: `pwsh` and `signtool` are fakes (test/sign-artifacts/fake-windows) that record argv and environment and keep
 * a pretend Cert:\CurrentUser\My in a JSON file. The test checks the call sequence, that the .pfx password is on no
 * argv and only in the environment of the import call, that the PowerShell script is the constant one, that post
 * removes what the import added (by thumbprint, also after a failed main, leaving certificates that were there
 * before), how signtool is found, and the fallback to a real osslsigncode when signtool is absent.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { everythingVisible, repoRoot, runBundle } from '../support/run-bundle.js'
import { IMPORT_SCRIPT, REMOVE_SCRIPT } from '../../actions/sign-artifacts/signtool.js'
import { PFX_PASSWORD, buildPe, makePfx, newRoot, writeFiles } from './fixtures.js'
import { requireToolsForTest } from '../support/require-tools.js'

const itReal = requireToolsForTest(['osslsigncode', 'openssl', 'x86_64-w64-mingw32-gcc'])

const LEAF = '0123456789ABCDEF0123456789ABCDEF01234567'
const CA = 'C0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FFEEC0FF'
const PFX = Buffer.from('fake pfx bytes for the fake powershell').toString('base64')
const FAKE_BIN = join(repoRoot, 'test/sign-artifacts/fake-windows/bin')
const FAKE_TOOL = join(repoRoot, 'test/sign-artifacts/fake-windows/fake-tool.cjs')

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

interface Call {
  tool: string
  argv: string[]
  env: Record<string, string>
}

interface Setup {
  inputs?: Record<string, string>
  fail?: string
  /** Thumbprints already in the pretend store before the run. */
  store?: string[]
  /** PATH entries before the system PATH (default the fake pwsh and signtool). */
  path?: (root: string) => string[]
  /** Writes the workspace (default a fake .exe and .dll); may return inputs to add. */
  files?: (ws: string, root: string) => Record<string, string> | void
  programFiles?: (root: string) => string
}

async function runWindows(name: string, setup: Setup = {}) {
  const dirs = newRoot(name)
  roots.push(dirs.root)
  const { root, workspace: ws } = dirs
  let extraInputs: Record<string, string> = {}
  if (setup.files) extraInputs = setup.files(ws, root) ?? {}
  else writeFiles(ws, { 'tool.exe': 'MZ fake exe', 'lib/helper.dll': 'MZ fake dll', 'README.txt': 'not a PE' })
  const log = join(root, 'calls.jsonl')
  const store = join(root, 'store.json')
  writeFileSync(log, '')
  writeFileSync(store, JSON.stringify(setup.store ?? []))
  const programFiles = setup.programFiles ? setup.programFiles(root) : join(root, 'Program Files (x86)')
  const result = await runBundle('sign-artifacts', {
    root,
    inputs: {
      files: '**/*.exe\n**/*.dll\nREADME.txt',
      'windows-certificate': PFX,
      'windows-certificate-password': PFX_PASSWORD,
      sigstore: 'false',
      ...setup.inputs,
      ...extraInputs
    },
    env: {
      RUNNER_OS: 'Windows',
      RUNNER_ARCH: 'X64',
      'ProgramFiles(x86)': programFiles,
      FAKE_WINDOWS_LOG: log,
      FAKE_WINDOWS_STORE: store,
      FAKE_WINDOWS_FAIL: setup.fail ?? '',
      PATH: [...(setup.path ? setup.path(root) : [FAKE_BIN]), process.env.PATH].join(delimiter)
    }
  })
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as Call)
  return { result, calls, ws, root, store: JSON.parse(readFileSync(store, 'utf8')) as string[] }
}

const verb = (call: Call) =>
  call.tool === 'pwsh'
    ? `pwsh ${call.argv[3] === IMPORT_SCRIPT ? 'import' : call.argv[3] === REMOVE_SCRIPT ? 'remove' : 'other script'}`
    : `${call.tool} ${call.argv[0]}`

/** A wrapper script for the fake tool, for PATH layouts the fake bin folder does not give. */
function fakeExecutable(path: string, tool: string, body = `exec "${process.execPath}" "${FAKE_TOOL}" ${tool} "$@"`) {
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, `#!/bin/sh\n${body}\n`)
  chmodSync(path, 0o755)
}

describe('Windows Authenticode with signtool (fake pwsh and signtool)', () => {
  it('imports the .pfx, signs and verifies with signtool, and removes the certificate in post', async () => {
    const { result, calls, ws, store } = await runWindows('signtool')
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    expect(calls.map(verb)).toEqual([
      'pwsh import',
      'signtool sign',
      'signtool verify',
      'signtool sign',
      'signtool verify',
      'pwsh remove'
    ])
    // The script is the constant one; the path and the password reach it only through the environment.
    const [importCall] = calls
    expect(importCall?.argv).toEqual(['-NoProfile', '-NonInteractive', '-Command', IMPORT_SCRIPT])
    expect(importCall?.env.SIGN_PFX_PASSWORD).toBe(PFX_PASSWORD)
    expect(importCall?.env.SIGN_PFX_PATH).toMatch(
      new RegExp(`^${result.temp}/sign-artifacts-pfx-[^/]+/certificate\\.pfx$`)
    )
    expect(existsSync(importCall?.env.SIGN_PFX_PATH as string)).toBe(false)
    const signs = calls.filter(c => c.tool === 'signtool' && c.argv[0] === 'sign')
    expect(signs.map(c => c.argv)).toEqual(
      ['lib/helper.dll', 'tool.exe'].map(file => [
        'sign',
        '/sha1',
        LEAF,
        '/s',
        'My',
        '/fd',
        'sha256',
        '/tr',
        'http://timestamp.digicert.com',
        '/td',
        'sha256',
        join(ws, file)
      ])
    )
    expect(calls.filter(c => c.argv[0] === 'verify').map(c => c.argv.slice(0, 3))).toEqual([
      ['verify', '/pa', '/v'],
      ['verify', '/pa', '/v']
    ])
    const removeCall = calls.at(-1) as Call
    expect(removeCall.argv).toEqual(['-NoProfile', '-NonInteractive', '-Command', REMOVE_SCRIPT])
    expect(removeCall.env.SIGN_THUMBPRINTS).toBe(`${LEAF},${CA}`)
    expect(store).toEqual([])

    // No password or key material on any argv; the password only in the import call's environment.
    for (const call of calls) {
      const argv = JSON.stringify(call.argv)
      expect(argv).not.toContain(PFX_PASSWORD)
      expect(argv).not.toContain(PFX)
      expect(Object.keys(call.env).filter(name => /^INPUT_/i.test(name))).toEqual([])
      if (call !== importCall) expect(JSON.stringify(call.env)).not.toContain(PFX_PASSWORD)
      expect(JSON.stringify(call.env)).not.toContain(PFX)
    }
    expect(everythingVisible(result).replace(/^::add-mask::.*$/gm, '')).not.toContain(PFX_PASSWORD)
    // Checksums were taken after signing, and the summary shows the signatures verified.
    expect(readFileSync(join(ws, 'tool.exe'), 'utf8')).toContain(`FAKE-AUTHENTICODE ${LEAF}`)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: ws }).toString()).toContain('tool.exe: OK')
    expect(result.summary).toMatch(/tool\.exe.*✅ verified/)
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('post removes the imported certificate after a failed main, and leaves one that was there before', async () => {
    const { result, calls, store } = await runWindows('signtool-fail', { fail: 'signtool:sign', store: [CA] })
    expect(result.success).toBe(false)
    expect(result.steps.map(s => s.phase)).toEqual(['main', 'post'])
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      expect.stringMatching(/^Authenticode signing of .*helper\.dll failed: .*signtool: simulated failure/s)
    ])
    expect(calls.map(verb)).toEqual(['pwsh import', 'signtool sign', 'pwsh remove'])
    expect(calls.at(-1)?.env.SIGN_THUMBPRINTS).toBe(LEAF)
    expect(store).toEqual([CA])
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('a failed import is one clear error and nothing is left to remove', async () => {
    const { result, calls } = await runWindows('signtool-import', { fail: 'pwsh:Import-PfxCertificate' })
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      "Could not import 'windows-certificate' into Cert:\\CurrentUser\\My (wrong 'windows-certificate-password', or not a .pfx): pwsh: simulated failure"
    ])
    expect(calls.map(verb)).toEqual(['pwsh import'])
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('finds the newest signtool.exe under Windows Kits when none is on PATH', async () => {
    const kits = (root: string) => join(root, 'Program Files (x86)', 'Windows Kits', '10', 'bin')
    const { result, calls } = await runWindows('signtool-kits', {
      path: root => [join(root, 'bin')],
      files: (ws, root) => {
        writeFiles(ws, { 'tool.exe': 'MZ fake exe' })
        fakeExecutable(join(root, 'bin', 'pwsh'), 'pwsh')
        fakeExecutable(join(kits(root), '10.0.22621.0', 'x64', 'signtool.exe'), 'signtool')
        fakeExecutable(join(kits(root), '10.0.19041.0', 'x64', 'signtool.exe'), '', 'echo old SDK >&2; exit 1')
        fakeExecutable(join(kits(root), '10.0.26100.0', 'arm64', 'signtool.exe'), '', 'echo arm64 >&2; exit 1')
      },
      inputs: { files: '*.exe' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(calls.map(verb)).toEqual(['pwsh import', 'signtool sign', 'signtool verify', 'pwsh remove'])
  })

  itReal('without signtool, an osslsigncode on PATH signs instead (real osslsigncode), with a warning', async () => {
    const { result, calls, ws, root } = await runWindows('signtool-fallback', {
      path: root => [join(root, 'bin')],
      files: (ws, root) => {
        buildPe(ws, 'tool.exe')
        rmSync(join(ws, 'hello.c'))
        fakeExecutable(join(root, 'bin', 'pwsh'), 'pwsh')
        return { 'windows-certificate': makePfx(root).base64 }
      },
      inputs: { files: '*.exe', 'timestamp-url': '' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    writeFileSync(join(root, 'ca.pem'), readFileSync(join(root, 'code.crt')))
    expect(
      execFileSync('osslsigncode', ['verify', '-in', join(ws, 'tool.exe'), '-CAfile', join(root, 'ca.pem')]).toString()
    ).toContain('Signature verification: ok')
    expect(calls).toEqual([])
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/^signtool\.exe was not found; signing with .*osslsigncode instead\.$/)
    })
  })
})
