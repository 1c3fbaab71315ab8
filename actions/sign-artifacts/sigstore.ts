/**
 * Keyless Sigstore signatures: the workflow's OIDC token (audience `sigstore`) buys a short-lived Fulcio
 * certificate, the signature goes to Rekor, and each file gets a `.sigstore.json` bundle that `cosign
 * verify-blob --bundle` and `sigstore verify` read. Every bundle is verified right after signing: against the
 * public-good trust root (fetched over TUF), or against `sigstore-trusted-root` for a private instance.
 *
 * The sigstore library is large; this module is only ever loaded with `await import()` when the method runs.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { debugDecision, getIDToken, log } from '../../packages/toolkit/src/runner.js'
import { privateTempDir } from '../../packages/toolkit/src/secrets.js'
import type { Bundle } from 'sigstore'
import {
  expectedIdentity,
  identityMismatch,
  tokenClaims,
  type CertificateIdentity,
  type SigstoreIdentity
} from './sigstore-identity.js'

export interface SigstoreOptions {
  fulcioUrl: string
  rekorUrl: string
  /** A trusted_root.json for a private instance; empty: the public-good instance via TUF. */
  trustedRoot: string
  /** GITHUB_SERVER_URL: the base of the certificate identity Fulcio derives from job_workflow_ref. */
  serverUrl: string
}

/**
 * The job's OIDC token for Fulcio (audience `sigstore`), from @actions/core's getIDToken: it reads the runner's
 * request URL and token and masks the answer. Any failure is the user's to act on (the `id-token: write` permission).
 */
export async function requestIdToken(): Promise<string> {
  debugDecision('sigstore', 'requesting an OIDC token (audience sigstore) from the runner')
  try {
    return await getIDToken('sigstore')
  } catch (error) {
    throw new UserError(
      `Could not get the job's OIDC token for Sigstore (does the job have 'permissions: id-token: write'?): ${errorMessage(error)}`
    )
  }
}

export interface SigstoreSigner {
  sign(file: string, bundlePath: string): Promise<void>
  /** True when the bundle verifies against the trust root and its certificate carries exactly `identity`. */
  verify(file: string, bundlePath: string): Promise<boolean>
  identity: SigstoreIdentity
}

export async function openSigstore(options: SigstoreOptions): Promise<SigstoreSigner> {
  const token = await requestIdToken()
  const sigstore = await import('sigstore')
  const verifyBundle = options.trustedRoot ? await privateVerifier(options.trustedRoot) : await publicVerifier(sigstore)
  const identity = expectedIdentity(tokenClaims(token), options.serverUrl)
  debugDecision('sigstore', `expected certificate identity ${identity.identity}, issuer ${identity.issuer}`)
  return {
    identity,
    async sign(file, bundlePath) {
      debugDecision(
        'sigstore',
        `signing ${file} (Fulcio ${options.fulcioUrl || 'public-good'}, Rekor ${options.rekorUrl || 'public-good'})`
      )
      const bundle = await sigstore.sign(await readFile(file), {
        identityToken: token,
        ...(options.fulcioUrl ? { fulcioURL: options.fulcioUrl } : {}),
        ...(options.rekorUrl ? { rekorURL: options.rekorUrl } : {})
      })
      await writeFile(bundlePath, JSON.stringify(bundle))
    },
    async verify(file, bundlePath) {
      try {
        const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as Bundle
        const mismatch = identityMismatch(identity, await verifyBundle(bundle, await readFile(file)))
        if (mismatch) log.warning(`Sigstore bundle ${bundlePath}: ${mismatch}.`)
        return mismatch === undefined
      } catch (error) {
        debugDecision('sigstore', `${bundlePath} does not verify: ${errorMessage(error)}`)
        return false
      }
    }
  }
}

/** Verifies against the trust root and returns the identity in the certificate. */
type VerifyFn = (bundle: Bundle, data: Buffer) => Promise<CertificateIdentity | undefined>

async function publicVerifier(sigstore: typeof import('sigstore')): Promise<VerifyFn> {
  const tufCachePath = privateTempDir('sign-artifacts-tuf')
  const verifier = await sigstore.createVerifier({ tufCachePath })
  return async (bundle, data) => verifier.verify(bundle, data).identity
}

async function privateVerifier(trustedRootPath: string): Promise<VerifyFn> {
  const [{ Verifier, toSignedEntity, toTrustMaterial }, { bundleFromJSON }, { TrustedRoot }] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs')
  ])
  let root
  try {
    root = TrustedRoot.fromJSON(JSON.parse(await readFile(trustedRootPath, 'utf8')))
  } catch (error) {
    throw new UserError(
      `Input 'sigstore-trusted-root': ${trustedRootPath} is not a readable trusted_root.json (${errorMessage(error)}).`
    )
  }
  const verifier = new Verifier(toTrustMaterial(root))
  return async (bundle, data) => verifier.verify(toSignedEntity(bundleFromJSON(bundle), data)).identity
}
