/**
 * Sigstore keyless signing by the bundle against @sigstore/mock's Fulcio and Rekor served on 127.0.0.1, behind a
 * stand-in of Fulcio's GitHub principal (the certificate names the job's workflow: here OUR reusable workflow,
 * release-sign.yml, called by the project's own release workflow), with the OIDC token from a local stand-in of the
 * runner's token endpoint. Every bundle is verified again here with the sigstore library, the instance's trusted
 * root and exactly the identity, issuer and repository the summary tells users to pass to cosign.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { runBundle } from '../support/run-bundle.js'
import { newRoot, writeFiles } from './fixtures.js'
import { GITHUB_ISSUER, startSigstore, type SigstoreStandIn } from './sigstore-server.js'

const REUSABLE = 'aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1'
const CALLER = 'aswf-local/example/.github/workflows/release.yml@refs/tags/v1.0.0'
const REPOSITORY = 'aswf-local/example' // the local runner's GITHUB_REPOSITORY
let sigstore: SigstoreStandIn
const roots: string[] = []

beforeAll(async () => {
  sigstore = await startSigstore({
    repository: REPOSITORY,
    ref: 'refs/tags/v1.0.0',
    jobWorkflowRef: REUSABLE,
    workflowRef: CALLER
  })
})
afterAll(async () => {
  await sigstore.server.close()
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})

interface Policy {
  identity: string
  issuer: string
  repository?: string
}

/** What `cosign verify-blob --certificate-identity … --certificate-oidc-issuer … [--certificate-github-workflow-repository …]` checks. */
async function verifyWithLibrary(trustedRootPath: string, bundlePath: string, artifact: Buffer, policy: Policy) {
  const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs')
  ])
  const verifier = new Verifier(
    toTrustMaterial(TrustedRoot.fromJSON(JSON.parse(readFileSync(trustedRootPath, 'utf8'))))
  )
  verifier.verify(toSignedEntity(bundleFromJSON(JSON.parse(readFileSync(bundlePath, 'utf8'))), artifact), {
    // The library matches the SAN as a regular expression; anchored and escaped it is cosign's exact match.
    subjectAlternativeName: `^${policy.identity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
    extensions: { issuer: policy.issuer },
    ...(policy.repository
      ? { oids: [{ oid: { id: [1, 3, 6, 1, 4, 1, 57264, 1, 5] }, value: Buffer.from(policy.repository) }] }
      : {})
  })
}

/** The identity flags as printed in the summary's cosign command. */
function printedPolicy(summary: string): Policy {
  const flag = (name: string) => new RegExp(`--${name} '?([^'\\s]+)'?`).exec(summary)?.[1]
  return {
    identity: flag('certificate-identity') ?? '',
    issuer: flag('certificate-oidc-issuer') ?? '',
    ...(flag('certificate-github-workflow-repository')
      ? { repository: flag('certificate-github-workflow-repository') as string }
      : {})
  }
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
    expect(result.annotations.filter(a => a.level === 'error' || a.level === 'warning')).toEqual([])
    expect(result.outputs.verified).toBe('true')
    const policy = printedPolicy(result.summary)
    for (const file of ['dist/app.tar.gz', 'dist/app.zip', 'SHA256SUMS']) {
      await verifyWithLibrary(
        join(root, 'trusted_root.json'),
        join(workspace, `${file}.sigstore.json`),
        readFileSync(join(workspace, file)),
        policy
      )
    }
    // A tampered artifact does not verify against its bundle.
    await expect(
      verifyWithLibrary(
        join(root, 'trusted_root.json'),
        join(workspace, 'dist/app.zip.sigstore.json'),
        Buffer.from('other bytes'),
        policy
      )
    ).rejects.toThrow()
    expect(result.summary).toContain('cosign verify-blob')
    expect(sigstore.server.count('/fulcio')).toBeGreaterThan(0)
    expect(sigstore.server.count('/rekor')).toBe(3)
    // The OIDC token and the request token are masked and never visible unmasked.
    expect(result.masks).toContain(sigstore.idToken)
    expect(result.steps.map(s => s.log).join('')).not.toContain(sigstore.idToken)
  })

  it('the printed verify commands name the reusable workflow Fulcio certified; the caller identity fails', async () => {
    const { root, workspace } = newRoot('sigstore-identity')
    roots.push(root)
    writeFiles(workspace, { 'openexr-3.2.8.tar.gz': 'release bytes' })
    sigstore.writeTrustedRoot(join(root, 'trusted_root.json'))
    const result = await runBundle('sign-artifacts', {
      root,
      inputs: {
        files: 'openexr-3.2.8.tar.gz',
        checksums: 'none',
        sigstore: 'true',
        'sigstore-fulcio-url': sigstore.fulcioUrl,
        'sigstore-rekor-url': sigstore.rekorUrl,
        'sigstore-trusted-root': join(root, 'trusted_root.json')
      },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: sigstore.tokenUrl, ACTIONS_ID_TOKEN_REQUEST_TOKEN: sigstore.requestToken }
    })
    expect(result.success).toBe(true)
    const policy = printedPolicy(result.summary)
    expect(policy).toEqual({
      identity: `https://github.com/${REUSABLE}`,
      issuer: GITHUB_ISSUER,
      repository: REPOSITORY
    })
    expect(result.summary).toContain(
      [
        'cosign verify-blob openexr-3.2.8.tar.gz --bundle openexr-3.2.8.tar.gz.sigstore.json \\',
        `  --certificate-identity https://github.com/${REUSABLE} \\`,
        `  --certificate-oidc-issuer ${GITHUB_ISSUER} \\`,
        `  --certificate-github-workflow-repository ${REPOSITORY}`
      ].join('\n')
    )
    expect(result.summary).toContain(
      `sigstore verify github openexr-3.2.8.tar.gz --bundle openexr-3.2.8.tar.gz.sigstore.json \\\n  --cert-identity https://github.com/${REUSABLE} --repository ${REPOSITORY}`
    )
    const verify = (p: Policy) =>
      verifyWithLibrary(
        join(root, 'trusted_root.json'),
        join(workspace, 'openexr-3.2.8.tar.gz.sigstore.json'),
        readFileSync(join(workspace, 'openexr-3.2.8.tar.gz')),
        p
      )
    await expect(verify(policy)).resolves.toBeUndefined()
    // What the old summary printed (the caller's repository/workflow) does not verify: the certificate names ours.
    await expect(verify({ ...policy, identity: `https://github.com/${CALLER}` })).rejects.toThrow(/identity/)
    await expect(verify({ ...policy, identity: `https://github.com/${REPOSITORY}/` })).rejects.toThrow(/identity/)
    // Another repository calling the same reusable workflow has the same SAN; the repository check tells them apart.
    await expect(verify({ ...policy, repository: 'evil/fork' })).rejects.toThrow()
    await expect(verify({ ...policy, issuer: 'https://accounts.google.com' })).rejects.toThrow()
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

  it.each(['true', 'false'])(
    'true without a token fails even with skip-without-credentials %s, and writes nothing',
    async skip => {
      const { root, workspace } = newRoot('sigstore-true')
      roots.push(root)
      writeFiles(workspace, { 'a.txt': 'a' })
      const result = await runBundle('sign-artifacts', {
        root,
        inputs: { files: 'a.txt', sigstore: 'true', 'skip-without-credentials': skip }
      })
      expect(result.success).toBe(false)
      expect(result.annotations.filter(a => a.level === 'error')).toHaveLength(1)
      expect(result.annotations.find(a => a.level === 'error')?.message).toContain(
        "Input 'sigstore' is 'true' but the job has no OIDC token: grant 'permissions: id-token: write'"
      )
      expect(readFileSync(join(workspace, 'a.txt'), 'utf8')).toBe('a')
      expect(() => readFileSync(join(workspace, 'SHA256SUMS'))).toThrow()
    }
  )
})
