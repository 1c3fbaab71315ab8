/**
 * Test material made at test time with the real tools: a passphrase-protected GPG key, a Windows PE built with
 * mingw-w64, an Authenticode certificate made with openssl, a git repository with a tag, and a workspace.
 * Nothing secret is committed; each value is recognisable so the hygiene test can search for it.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const GPG_PASSPHRASE = 'gpg-Passphrase-7f3a9c'
export const PFX_PASSWORD = 'pfx-Password-4b8e21'
export const APPLE_P12_PASSWORD = 'p12-Password-c0ffee'
export const APPLE_API_KEY = '-----BEGIN PRIVATE KEY-----\nQXBwbGVBcGlLZXktZDAwZGZlZWQ=\n-----END PRIVATE KEY-----'

export function newRoot(name: string): { root: string; workspace: string } {
  const root = mkdtempSync(join(tmpdir(), `sign-artifacts-${name}-`))
  const workspace = join(root, 'workspace')
  mkdirSync(workspace, { recursive: true })
  return { root, workspace }
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, content)
  }
}

export interface GpgKey {
  home: string
  armored: string
  fingerprint: string
}

/** An ed25519 signing key protected by GPG_PASSPHRASE, in its own GNUPGHOME (the verifier's keyring). */
export function makeGpgKey(): GpgKey {
  const home = mkdtempSync(join(tmpdir(), 'sign-artifacts-test-gnupg-'))
  const gpg = (...args: string[]) =>
    execFileSync(
      'gpg',
      ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', GPG_PASSPHRASE, ...args],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    ).toString()
  gpg('--quick-gen-key', 'Release Tester <release@example.org>', 'ed25519', 'sign', 'never')
  const armored = gpg('--armor', '--export-secret-keys')
  const fingerprint = /^fpr:+([0-9A-F]{40}):/m.exec(gpg('--with-colons', '--list-secret-keys'))?.[1] ?? ''
  return { home, armored, fingerprint }
}

/** A tiny real Windows executable, built with x86_64-w64-mingw32-gcc. */
export function buildPe(dir: string, name = 'hello.exe'): string {
  const source = join(dir, 'hello.c')
  writeFileSync(source, 'int main(void) { return 0; }\n')
  const out = join(dir, name)
  execFileSync('x86_64-w64-mingw32-gcc', ['-o', out, source])
  return out
}

/** A self-signed code-signing certificate as a .pfx protected by PFX_PASSWORD; returns its base64 and PEM. */
export function makePfx(dir: string): { base64: string; certPem: string } {
  const key = join(dir, 'code.key')
  const cert = join(dir, 'code.crt')
  const pass = join(dir, 'pass')
  writeFileSync(pass, PFX_PASSWORD, { mode: 0o600 })
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-nodes',
      '-subj',
      '/CN=ASWF Test Code Signing',
      '-addext',
      'extendedKeyUsage=codeSigning'
    ],
    { stdio: 'ignore' }
  )
  const pfx = join(dir, 'code.pfx')
  execFileSync('openssl', ['pkcs12', '-export', '-out', pfx, '-inkey', key, '-in', cert, '-passout', `file:${pass}`])
  return { base64: readFileSync(pfx).toString('base64'), certPem: readFileSync(cert, 'utf8') }
}

/** A git repository in `dir` with one commit tagged `tag`. */
export function makeTaggedRepo(dir: string, tag: string): void {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir }
    })
  git('init', '-q', '-b', 'main')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '.')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'release')
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'tag', '-a', tag, '-m', tag)
}
