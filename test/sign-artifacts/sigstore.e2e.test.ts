/**
 * Sigstore keyless signing by the bundle against @sigstore/mock's Fulcio and Rekor served on 127.0.0.1, with the
 * OIDC token from a local stand-in of the runner's token endpoint; every bundle verified again here with the
 * sigstore library's own verifier and the instance's trusted root.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runBundle } from '../support/run-bundle.js'
import { newRoot, writeFiles } from './fixtures.js'
import { startSigstore, type SigstoreStandIn } from './sigstore-server.js'

const SUBJECT = 'https://github.com/aswf-local/example/.github/workflows/release.yml@refs/tags/v1.0.0'
let sigstore: SigstoreStandIn
const roots: string[] = []

beforeAll(async () => {
  sigstore = await startSigstore(SUBJECT)
})
afterAll(async () => {
  await sigstore.server.close()
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

async function verifyWithLibrary(trustedRootPath: string, bundlePath: string, artifact: Buffer): Promise<void> {
  const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs')
  ])
  const verifier = new Verifier(
    toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(trustedRootPath, 'utf8'))))
  )
  verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(readFileSync(bundlePath, 'utf8'))), artifact))
}

describe('sigstore', () => {
  it('auto with an OIDC token: a verified .sigstore.json bundle per file and for SHA256SUMS', async () => {
    const { root, workspace } = newRoot('sigstore')
    roots.push(root)
    writeFiles(workspace, { 'dist/app.tar.gz': 'app bytes', 'dist/app.zip': 'zip bytes' })
    sigstore.writeTrustedRoot(join(root, 'trusted_root.json'))
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: 'dist/*',
        'sigstore-fulcio-url': sigstore.fulcioUrl,
        'sigstore-rekor-url': sigstore.rekorUrl,
        'sigstore-trusted-root': join(root, 'trusted_root.json')
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.requestToken }
    })
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    for (const file of ['dist/app.tar.gz', 'dist/app.zip', 'SHA256SUMS']) {
      await verifyWithLibrary(
        join(root, 'trusted_root.json'),
        join(workspace, `${file}.sigstore.json`),
        readFileSync(join(workspace, file))
      )
    }
    // A tampered artifact does not verify against its bundle.
    await expect(
      verifyWithLibrary(
        join(root, 'trusted_root.json'),
        join(workspace, 'dist/app.zip.sigstore.json'),
        Buffer.from('other bytes')
      )
    ).rejects.toThrow()
    expect(result.summary).toContain(SUBJECT)
    expect(result.summary).toContain('cosign verify-blob')
    expect(sigstore.server.count('/fulcio')).toBeGreaterThan(0)
    expect(sigstore.server.count('/rekor')).toBe(3)
    // The OIDC token and the request token are masked and never visible unmasked.
    expect(result.masks).toContain(sigstore.idToken)
    expect(result.steps.map(s => s.log).join('')).not.toContain(sigstore.idToken)
  })

  it('auto without id-token permission: skipped with a notice, the step stays green', async () => {
    const { root, workspace } = newRoot('sigstore-auto')
    roots.push(root)
    writeFiles(workspace, { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', { root, inputs: { files: 'a.txt' } })
    expect(result.success).toBe(true)
    expect(result.annotations).toContainEqual({
      level: 'notice',
      message: "Sigstore skipped: no OIDC token ('permissions: id-token: write' not granted)."
    })
  })

  it('true without a token and skip-without-credentials false: an error naming the permission', async () => {
    const { root, workspace } = newRoot('sigstore-true')
    roots.push(root)
    writeFiles(workspace, { 'a.txt': 'a' })
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: 'a.txt',
        sigstore: 'true',
        'skip-without-credentials': 'false',
        checksums: 'none',
        'gpg-private-key': ''
      }
    })
    expect(result.success).toBe(false)
    expect(result.annotations.map(a => a.message).join('\n')).toContain('id-token: write')
  })
})
