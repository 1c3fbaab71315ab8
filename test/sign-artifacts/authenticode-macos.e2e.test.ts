/**
 * Windows Authenticode with the real osslsigncode on a real PE built by mingw-w64 and a certificate made by
 * openssl; macOS codesign/notarization with fake `security`, `codesign`, `xcrun` and `ditto` on PATH (no Mac
 * exists here): the fakes record every call, so the test checks the sequence, that no password is on any argv
 * or in any tool's environment, and that post deletes the keychain, also after main failed.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { runBundle, repoRoot } from '../support/run-bundle.js'
import { APPLE_API_KEY, APPLE_P12_PASSWORD, PFX_PASSWORD, buildPe, makePfx, newRoot, writeFiles } from './fixtures.js'
import { requireTools } from '../support/require-tools.js'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

function workspace(name: string) {
  const dirs = newRoot(name)
  roots.push(dirs.root)
  return dirs
}

requireTools(['osslsigncode', 'openssl', 'x86_64-w64-mingw32-gcc'])('Windows Authenticode (real osslsigncode)', () => {
  it('signs .exe files in place, verifies them, and osslsigncode verify accepts them with the certificate', async () => {
    const { root, workspace: ws } = workspace('authenticode')
    writeFiles(ws, { 'README.txt': 'not a PE' })
    const exe = buildPe(ws, 'tool.exe')
    // A link to the same PE, selected too (and first, by name): the file is signed once, the link stays a link.
    symlinkSync('tool.exe', join(ws, 'a-link.exe'))
    const unsigned = readFileSync(exe)
    const { base64, certPem } = makePfx(root)
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: '*.exe\nREADME.txt',
        'windows-certificate': base64,
        'windows-certificate-password': PFX_PASSWORD,
        'timestamp-url': '',
        sigstore: 'false'
      }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    expect(readFileSync(exe).equals(unsigned)).toBe(false)
    const ca = join(root, 'ca.pem')
    writeFileSync(ca, certPem)
    expect(execFileSync('osslsigncode', ['verify', '-in', exe, '-CAfile', ca]).toString()).toContain(
      'Signature verification: ok'
    )
    // The checksums were taken after signing: they match the signed bytes.
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: ws }).toString()).toContain('tool.exe: OK')
    expect(lstatSync(join(ws, 'a-link.exe')).isSymbolicLink()).toBe(true)
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: ws }).toString()).toContain('a-link.exe: OK')
    expect(result.summary).toMatch(/tool\.exe.*✅ verified/)
    expect(result.annotations).toContainEqual({ level: 'warning', message: expect.stringContaining('not timestamped') })
    expect(readdirSync(result.temp).filter(name => name.startsWith('sign-artifacts'))).toEqual([])
  })

  it('a wrong .pfx password is one clear error', async () => {
    const { root, workspace: ws } = workspace('authenticode-wrong')
    buildPe(ws, 'tool.exe')
    const { base64 } = makePfx(root)
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: '*.exe',
        'windows-certificate': base64,
        'windows-certificate-password': 'wrong',
        'timestamp-url': '',
        sigstore: 'false'
      }
    })
    expect(result.success).toBe(false)
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      "Could not open 'windows-certificate' (wrong 'windows-certificate-password', or not a .pfx)."
    ])
  })

  it('PE files without a certificate are skipped and listed', async () => {
    const { root, workspace: ws } = workspace('authenticode-skip')
    buildPe(ws, 'tool.exe')
    const result = await runBundle('sign-artifacts', { root, inputs: { files: '*.exe', sigstore: 'false' } })
    expect(result.success).toBe(true)
    expect(JSON.parse(result.outputs.skipped as string)).toContainEqual({
      method: 'authenticode',
      reason: "1 Windows file(s) to sign but 'windows-certificate' is empty"
    })
    expect(result.summary).toContain('Windows Authenticode')
  })
})

const P12 = Buffer.from('fake p12 bytes for the fake security tool').toString('base64')
const MACH_O = Buffer.concat([Buffer.from('cffaedfe', 'hex'), Buffer.alloc(60, 7)])

interface Call {
  tool: string
  argv: string[]
  stdin: string
  env: Record<string, string>
}

async function runMac(name: string, inputs: Record<string, string>, fail = '', os = 'macOS') {
  const { root, workspace: ws } = workspace(name)
  writeFiles(ws, { 'bin/mytool': MACH_O, 'App.dmg': 'fake dmg', 'notes.txt': 'not code' })
  const log = join(root, 'calls.jsonl')
  writeFileSync(log, '')
  const result = await runBundle('sign-artifacts', {
    root,
    inputs: {
      files: 'bin/*\nApp.dmg\nnotes.txt',
      'apple-certificate': P12,
      'apple-certificate-password': APPLE_P12_PASSWORD,
      sigstore: 'false',
      ...inputs
    },
    env: {
      RUNNER_OS: os,
      FAKE_MACOS_LOG: log,
      FAKE_MACOS_FAIL: fail,
      PATH: `${join(repoRoot, 'test/sign-artifacts/fake-macos/bin')}${delimiter}${process.env.PATH}`
    }
  })
  const calls = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(line => JSON.parse(line) as Call)
  return { result, calls, ws }
}

const verb = (call: Call) =>
  `${call.tool} ${call.tool === 'security' && call.argv[0] === '-i' ? call.stdin.split(' ')[0] : call.argv[0]}`

describe('macOS codesign and notarization (fake tools)', () => {
  it('creates a unique keychain, imports, signs, notarizes, staples, verifies, and deletes the keychain in post', async () => {
    const { result, calls } = await runMac('macos', {
      'apple-notarize': 'true',
      'apple-api-key': APPLE_API_KEY,
      'apple-api-key-id': 'KEYID12345',
      'apple-api-issuer': '69a6de7e-0000-0000-0000-000000000000'
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(calls.map(verb)).toEqual([
      'security create-keychain',
      'security unlock-keychain',
      'security import',
      'security set-key-partition-list',
      'security set-keychain-settings',
      'security list-keychains',
      'security list-keychains',
      'security find-identity',
      // App.dmg: sign, submit as is, staple, verify
      'codesign --force',
      'xcrun notarytool',
      'xcrun stapler',
      'codesign --verify',
      // bin/mytool: sign, zip, submit (a bare binary cannot be stapled), verify
      'codesign --force',
      'ditto -c',
      'xcrun notarytool',
      'codesign --verify',
      'security delete-keychain'
    ])
    const keychain = calls[0]?.stdin.match(/"([^"]+\.keychain-db)"/)?.[1] as string
    expect(keychain).toMatch(new RegExp(`^${result.temp}/sign-artifacts-[0-9a-f-]{36}\\.keychain-db$`))
    expect(calls.find(c => c.argv[0] === '--force')?.argv).toEqual([
      '--force',
      '--sign',
      '0123456789ABCDEF0123456789ABCDEF01234567',
      '--keychain',
      keychain,
      '--options',
      'runtime',
      '--timestamp',
      expect.stringMatching(/App\.dmg$/)
    ])
    expect(calls.at(-1)?.argv).toEqual(['delete-keychain', keychain])
    expect(existsSync(keychain)).toBe(false)
    for (const call of calls) {
      const argv = call.argv.join(' ')
      const env = JSON.stringify(call.env)
      for (const secret of [APPLE_P12_PASSWORD, P12, 'QXBwbGVBcGlLZXktZDAwZGZlZWQ=']) {
        expect(argv).not.toContain(secret)
        expect(env).not.toContain(secret)
      }
    }
    // The .p12 password went to `security -i` on stdin only.
    expect(calls.find(c => c.stdin.startsWith('import'))?.stdin).toContain(`-P "${APPLE_P12_PASSWORD}"`)
    expect(result.summary).toMatch(/App\.dmg.*✅ verified \(notarized, stapled\)/)
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('deletes the keychain in post also when codesign fails in main', async () => {
    const { result, calls } = await runMac(
      'macos-fail',
      { 'apple-identity': 'Developer ID Application: Test' },
      'codesign:--force'
    )
    expect(result.success).toBe(false)
    expect(result.steps.map(s => s.phase)).toEqual(['main', 'post'])
    const keychain = calls[0]?.stdin.match(/"([^"]+\.keychain-db)"/)?.[1] as string
    expect(calls.at(-1)).toMatchObject({ tool: 'security', argv: ['delete-keychain', keychain] })
    expect(calls.some(c => c.argv[0] === 'find-identity')).toBe(false)
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('a failed .p12 import is one clear error, and the keychain still goes', async () => {
    const { result, calls } = await runMac('macos-p12', {}, 'security:pkcs12')
    expect(result.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      "security import failed for the temporary keychain (check 'apple-certificate' and 'apple-certificate-password')."
    ])
    expect(calls.at(-1)?.argv[0]).toBe('delete-keychain')
    expect(readdirSync(result.temp)).toEqual([])
  })

  it('off macOS the method is skipped with a notice and no tool runs', async () => {
    const { result, calls } = await runMac('macos-linux', {}, '', 'Linux')
    expect(calls).toEqual([])
    expect(result.success).toBe(true)
    expect(result.annotations).toContainEqual({
      level: 'notice',
      message: 'macOS codesign skipped: macOS code signing runs only on macOS runners (this is Linux).'
    })
    expect(JSON.parse(result.outputs.skipped as string)).toContainEqual({
      method: 'codesign',
      reason: 'macOS code signing runs only on macOS runners (this is Linux)'
    })
  })
})
