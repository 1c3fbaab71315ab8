/**
 * A Sigstore stand-in on 127.0.0.1 for the bundle (a separate process, so nock-based mocks cannot reach it):
 * @sigstore/mock's own Fulcio and Rekor handlers served by test/support/local-server.ts, an OIDC token endpoint
 * like the runner's, and the instance's trusted_root.json so signatures can be verified against it.
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { startServer, type LocalServer } from '../support/local-server.js'

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

export async function startSigstore(subject: string): Promise<SigstoreStandIn> {
  const mock = await import('@sigstore/mock')
  const server = await startServer()
  const keyPair = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  const ctlog = await mock.initializeCTLog(keyPair())
  const ca = await mock.initializeCA(keyPair(), ctlog)
  const fulcio = mock.fulcioHandler(ca)
  const rekorUrl = `${server.url}/rekor`
  const tlog = await mock.initializeTLog(rekorUrl, keyPair())
  const rekor = mock.rekorHandler(tlog)
  for (const [prefix, handler] of [
    ['/fulcio', fulcio],
    ['/rekor', rekor]
  ] as const) {
    server.route('POST', `${prefix}${handler.path}`, async (_request, response, body) => {
      const { statusCode, response: payload, contentType } = await handler.fn(body.toString('utf8'))
      response.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' }).end(payload)
    })
  }
  const requestToken = 'oidc-request-token-5e1f0a'
  const idToken = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url({
    iss: 'https://token.actions.githubusercontent.com',
    sub: subject,
    aud: 'sigstore',
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
