/**
 * A Sigstore stand-in on 127.0.0.1 for the bundle (a separate process, so nock-based mocks cannot reach it):
 * @sigstore/mock's own Fulcio and Rekor handlers served by test/support/local-server.ts, an OIDC token endpoint
 * like the runner's, and the instance's trusted_root.json so signatures can be verified against it.
 *
 * Fulcio's GitHub Actions principal is reproduced in front of the mock: for a token from GitHub's issuer the
 * certificate's SAN is `https://github.com/<job_workflow_ref>` (the workflow file whose job ran: inside a reusable
 * workflow, the reusable workflow), and a token without that claim is refused, as Fulcio refuses it. The other
 * claims become the mock's certificate extensions (issuer, repository, ref, …) as in Fulcio.
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { startServer, type LocalServer } from '../support/local-server.js'

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'

/** The claims of a GitHub Actions OIDC token for a job of `repository` running `jobWorkflowRef`. */
export interface GithubJob {
  repository: string
  ref: string
  /** `owner/repo/.github/workflows/file.yml@ref` of the workflow whose job runs (the reusable one, if any). */
  jobWorkflowRef: string
  /** The caller's workflow; defaults to jobWorkflowRef (no reusable workflow). */
  workflowRef?: string
}

export interface SigstoreStandIn {
  server: LocalServer
  fulcioUrl: string
  rekorUrl: string
  tokenUrl: string
  requestToken: string
  idToken: string
  writeTrustedRoot(path: string): void
}

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')

/** The signing-certificate request with the token's claims plus `fulcio_san`, as Fulcio's principal derives it. */
function withFulcioSan(body: string): string {
  const request = JSON.parse(body) as { credentials: { oidcIdentityToken: string } }
  const [header, payload] = request.credentials.oidcIdentityToken.split('.')
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>
  const san = claims.iss === GITHUB_ISSUER ? fulcioGithubSan(claims) : String(claims.email ?? claims.sub)
  request.credentials.oidcIdentityToken = `${header}.${b64url({ ...claims, fulcio_san: san })}.c2lnbmF0dXJl`
  return JSON.stringify(request)
}

/** The SAN Fulcio's GitHub principal certifies; throws (a 400) like Fulcio when the claim is missing. */
function fulcioGithubSan(claims: Record<string, unknown>): string {
  if (typeof claims.job_workflow_ref !== 'string') throw new Error('token has no job_workflow_ref claim')
  return `https://github.com/${claims.job_workflow_ref}`
}

export async function startSigstore(job: GithubJob): Promise<SigstoreStandIn> {
  const mock = await import('@sigstore/mock')
  const server = await startServer()
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const ctlog = await mock.initializeCTLog(keyPair())
  const ca = await mock.initializeCA(keyPair(), ctlog)
  // The mock takes the SAN from a claim named here; the stand-in puts Fulcio's GitHub SAN into that claim.
  const fulcio = mock.fulcioHandler(ca, { subjectClaim: 'fulcio_san' })
  const rekorUrl = `${server.url}/rekor`
  const tlog = await mock.initializeTLog(rekorUrl, keyPair())
  const rekor = mock.rekorHandler(tlog)
  for (const [prefix, handler] of [
    ['/fulcio', fulcio],
    ['/rekor', rekor]
  ] as const) {
    server.route('POST', `${prefix}${handler.path}`, async (_request, response, body) => {
      let text = body.toString('utf8')
      if (prefix === '/fulcio') {
        try {
          text = withFulcioSan(text)
        } catch (error) {
          response.writeHead(400, { 'content-type': 'text/plain' }).end(String(error))
          return
        }
      }
      const { statusCode, response: payload, contentType } = await handler.fn(text)
      response.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' }).end(payload)
    })
  }
  const requestToken = 'oidc-request-token-5e1f0a'
  const idToken = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({
    iss: GITHUB_ISSUER,
    sub: `repo:${job.repository}:ref:${job.ref}`,
    aud: 'sigstore',
    repository: job.repository,
    repository_owner: job.repository.split('/')[0],
    ref: job.ref,
    event_name: 'workflow_dispatch',
    workflow_ref: job.workflowRef ?? job.jobWorkflowRef,
    job_workflow_ref: job.jobWorkflowRef,
    exp: Math.floor(Date.now() / 1000) + 600
  })}.c2lnbmF0dXJl`
  server.route('GET', '/token', (request, response) => {
    const ok =
      request.headers.authorization === `Bearer ${requestToken}` && (request.url ?? '').includes('audience=sigstore')
    response
      .writeHead(ok ? 200 : 401, { 'content-type': 'application/json' })
      .end(JSON.stringify(ok ? { value: idToken } : {}))
  })
  const start = new Date(Date.now() - 3600_000).toISOString()
  const key = (rawBytes: Buffer) => ({
    rawBytes: rawBytes.toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start }
  })
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekorUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(tlog.publicKey),
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest('base64') }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: `${server.url}/fulcio`,
        certChain: { certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer).toString('base64') }] },
        validFor: { start }
      }
    ],
    ctlogs: [
      {
        baseUrl: `${server.url}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ctlog.publicKey),
        logId: { keyId: Buffer.from(ctlog.logID.buffer).toString('base64') }
      }
    ],
    timestampAuthorities: []
  }
  return {
    server,
    fulcioUrl: `${server.url}/fulcio`,
    rekorUrl,
    tokenUrl: `${server.url}/token?api-version=2.0`,
    requestToken,
    idToken,
    writeTrustedRoot: path => writeFileSync(path, JSON.stringify(trustedRoot, null, 2))
  }
}
