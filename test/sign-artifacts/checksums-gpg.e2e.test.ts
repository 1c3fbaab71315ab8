/**
 * The committed bundle through the local runner: checksums verified by the real `sha256sum -c`/`sha512sum -c`,
 * GPG signatures by the real `gpg --verify` with the signer's public key, the source archive from a real tag.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { everythingVisible, runBundle } from '../support/run-bundle.js'
import { GPG_PASSPHRASE, makeGpgKey, makeTaggedRepo, newRoot, writeFiles, type GpgKey } from './fixtures.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools(['gpg', 'gpgconf', 'git'])

let key: GpgKey
const roots: string[] = []

beforeAll(() => {
  key = makeGpgKey()
})

afterAll(() => {
  for (const root of [...roots, key.home]) rmSync(root, { recursive: true, force: true })
})

/** The runner consumes `::add-mask::` lines; they are the one place a secret may pass. */
const withoutMaskCommands = (text: string) => text.replace(/^::add-mask::.*$/gm, '')

function workspaceWith(name: string, files: Record<string, string | Buffer>) {
  const dirs = newRoot(name)
  roots.push(dirs.root)
  writeFiles(dirs.workspace, files)
  return dirs
}

describeWithTools('checksums', () => {
  it('writes a SHA256SUMS that sha256sum -c verifies, sorted, with names relative to it', async () => {
    const { root, workspace } = workspaceWith('sums', {
      'build/b.tar.gz': 'bbb',
      'build/a.zip': 'aaa',
      'build/sub/c.txt': 'ccc',
      'build/skip.log': 'no'
    })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { files: 'build/**/*\n!build/*.log', 'output-dir': 'build', sigstore: 'false' },
      env: { RUNNER_OS: 'Linux' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.success).toBe(true)
    const sums = readFileSync(join(workspace, 'build/SHA256SUMS'), 'utf8')
    expect(
      sums
        .split('\n')
        .filter(Boolean)
        .map(line => line.split('  ')[1])
    ).toEqual(['a.zip', 'b.tar.gz', 'sub/c.txt'])
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(workspace, 'build') }).toString()).toContain(
      'sub/c.txt: OK'
    )
    expect(result.outputs['checksums-file']).toBe(join(workspace, 'build/SHA256SUMS'))
    expect(JSON.parse(result.outputs.skipped as string)).toEqual([
      { method: 'gpg', reason: "'gpg-private-key' is empty" }
    ])
    expect(result.summary).toContain('Signed artifacts')
    expect(result.summary).toContain('sha256sum -c')
  })

  it('sha512 with a custom name, many files hashed in parallel, odd names escaped as coreutils does', async () => {
    const files: Record<string, string> = { 'back\\slash.bin': 'x', 'space name.bin': 'y' }
    for (let i = 0; i < 20; i++) files[`many/f${i}.bin`] = `content ${i}`.repeat(1000 * i)
    const { root, workspace } = workspaceWith('sha512', files)
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { files: '**/*.bin', checksums: 'sha512', 'checksums-file': 'CHECKSUMS.sha512', sigstore: 'false' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.success).toBe(true)
    const out = execFileSync('sha512sum', ['-c', 'CHECKSUMS.sha512'], { cwd: workspace }).toString()
    expect(out.match(/: OK/g)).toHaveLength(22)
  })

  it('fails when a pattern matches nothing (signing fewer files than asked is a false green)', async () => {
    const { root } = workspaceWith('nomatch', { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { files: 'a.txt\ndist/*.tar.gz', sigstore: 'false' }
    })
    expect(result.success).toBe(false)
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: expect.stringContaining("'dist/*.tar.gz' matches no file")
    })
  })

  it('rejects a bad choice naming the input', async () => {
    const { root } = workspaceWith('badinput', { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', { root, inputs: { files: 'a.txt', checksums: 'md5' } })
    expect(result.success).toBe(false)
    expect(result.annotations).toEqual([
      { level: 'error', message: "Input 'checksums' has the value 'md5': expected one of 'sha256', 'sha512', 'none'." }
    ])
  })
})

describeWithTools('gpg', () => {
  it('signs every file and the checksums file; gpg --verify accepts them; the passphrase is never visible', async () => {
    const { root, workspace } = workspaceWith('gpg', { 'dist/app.tar.gz': 'app', 'dist/lib.zip': 'lib' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { files: 'dist/*', 'gpg-private-key': key.armored, 'gpg-passphrase': GPG_PASSPHRASE, sigstore: 'false' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    const signatures = JSON.parse(result.outputs.signatures as string) as string[]
    expect(signatures.sort()).toEqual(
      ['SHA256SUMS', 'SHA256SUMS.asc', 'dist/app.tar.gz.asc', 'dist/lib.zip.asc']
        .map(name => join(workspace, name))
        .sort()
    )
    for (const file of ['dist/app.tar.gz', 'dist/lib.zip', 'SHA256SUMS']) {
      const status = execFileSync(
        'gpg',
        ['--batch', '--homedir', key.home, '--status-fd', '1', '--verify', `${file}.asc`, file],
        {
          cwd: workspace,
          stdio: ['ignore', 'pipe', 'ignore']
        }
      ).toString()
      expect(status).toContain(`VALIDSIG ${key.fingerprint}`)
    }
    expect(result.summary).toContain(key.fingerprint)
    expect(withoutMaskCommands(everythingVisible(result))).not.toContain(GPG_PASSPHRASE)
    // The temporary GNUPGHOME is gone after post.
    expect(readdirSync(result.temp).filter(name => name.startsWith('sign-artifacts'))).toEqual([])
  })

  it('fails with one clear error on a wrong passphrase and still cleans up', async () => {
    const { root } = workspaceWith('gpgwrong', { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: 'a.txt',
        'gpg-private-key': key.armored,
        'gpg-passphrase': 'not-the-passphrase',
        sigstore: 'false'
      }
    })
    expect(result.success).toBe(false)
    expect(result.annotations.filter(a => a.level === 'error')).toHaveLength(1)
    expect(result.annotations[0]?.message).toContain("wrong 'gpg-passphrase'")
    expect(readdirSync(result.temp).filter(name => name.startsWith('sign-artifacts'))).toEqual([])
  })

  it('with skip-without-credentials false, a missing key is an error', async () => {
    const { root } = workspaceWith('gpgmissing', { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { files: 'a.txt', sigstore: 'false', 'skip-without-credentials': 'false' }
    })
    expect(result.success).toBe(false)
    expect(result.annotations[0]?.message).toBe(
      "Missing credentials and 'skip-without-credentials' is false: GPG: 'gpg-private-key' is empty."
    )
  })
})

describeWithTools('source-archive', () => {
  it('archives the tag as <repo>-<version>.tar.gz with the prefix, checksums and signs it', async () => {
    const { root, workspace } = workspaceWith('archive', { 'README.md': 'hello', 'src/main.c': 'int main(){}' })
    makeTaggedRepo(workspace, 'v2.4.1')
    writeFiles(workspace, { 'untracked.txt': 'not in the archive' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        'source-archive': 'true',
        'gpg-private-key': key.armored,
        'gpg-passphrase': GPG_PASSPHRASE,
        sigstore: 'false',
        'output-dir': 'out'
      },
      env: { GITHUB_REF: 'refs/tags/v2.4.1', GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    const archive = join(workspace, 'out/openexr-2.4.1.tar.gz')
    expect(existsSync(archive)).toBe(true)
    const listing = execFileSync('tar', ['-tzf', archive]).toString().split('\n').filter(Boolean).sort()
    expect(listing).toEqual([
      'openexr-2.4.1/',
      'openexr-2.4.1/README.md',
      'openexr-2.4.1/src/',
      'openexr-2.4.1/src/main.c'
    ])
    expect(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: join(workspace, 'out') }).toString()).toContain(
      'openexr-2.4.1.tar.gz: OK'
    )
    execFileSync('gpg', ['--batch', '--homedir', key.home, '--verify', `${archive}.asc`, archive], { stdio: 'ignore' })
  })

  it('re-signs an existing release by tag on workflow_dispatch: the tag, not the branch head, is archived', async () => {
    const { root, workspace } = workspaceWith('archive-dispatch', { 'README.md': 'release 3.2.8' })
    makeTaggedRepo(workspace, 'v3.2.8')
    // Work continued on main after the release; the dispatch runs on main.
    writeFiles(workspace, { 'README.md': 'main moved on', 'new.c': 'later' })
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'later'], {
      cwd: workspace
    })
    const result = await runBundle('sign-artifacts', {
      root,
      eventName: 'workflow_dispatch',
      inputs: { 'source-archive': 'true', tag: 'v3.2.8', sigstore: 'false', 'output-dir': 'out' },
      env: { GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'AcademySoftwareFoundation/openexr' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    const archive = join(workspace, 'out/openexr-3.2.8.tar.gz')
    expect(execFileSync('tar', ['-xzOf', archive, 'openexr-3.2.8/README.md']).toString()).toBe('release 3.2.8')
    expect(execFileSync('tar', ['-tzf', archive]).toString()).not.toContain('new.c')
    expect(result.steps[0]?.log).toContain('from tag v3.2.8')
  })

  it("names the archive as the project ships it (OSL's OSL-<version>.tar.gz) with its own prefix", async () => {
    const { root, workspace } = workspaceWith('archive-osl', { 'CMakeLists.txt': 'project(OSL)' })
    makeTaggedRepo(workspace, 'v1.14.3')
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: { 'source-archive': 'true', 'source-archive-name': 'OSL-{version}.tar.gz', sigstore: 'false' },
      env: { GITHUB_REF: 'refs/tags/v1.14.3', GITHUB_REPOSITORY: 'AcademySoftwareFoundation/OpenShadingLanguage' }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    const listing = execFileSync('tar', ['-tzf', join(workspace, 'OSL-1.14.3.tar.gz')]).toString()
    expect(listing.split('\n').filter(Boolean).sort()).toEqual(['OSL-1.14.3/', 'OSL-1.14.3/CMakeLists.txt'])
    expect(JSON.parse(result.outputs.signatures as string)).toContain(join(workspace, 'OSL-1.14.3.tar.gz'))

    const zip = await runBundle('sign-artifacts', {
      root,
      inputs: {
        'source-archive': 'true',
        'source-archive-name': '{repo}-{tag}-src.zip',
        'source-archive-prefix': 'osl-src',
        checksums: 'none',
        sigstore: 'false'
      },
      env: { GITHUB_REF: 'refs/tags/v1.14.3', GITHUB_REPOSITORY: 'AcademySoftwareFoundation/OpenShadingLanguage' }
    })
    expect(zip.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(readFileSync(join(workspace, 'OpenShadingLanguage-v1.14.3-src.zip')).subarray(0, 2).toString()).toBe('PK')
  })

  it('explains that a branch push has no tag to archive', async () => {
    const { root } = workspaceWith('archivebranch', { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', { root, inputs: { 'source-archive': 'true', sigstore: 'false' } })
    expect(result.success).toBe(false)
    expect(result.annotations[0]?.message).toContain('refs/heads/main is not a tag')
  })
})
