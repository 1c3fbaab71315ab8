/**
 * A throwaway certificate for a real TLS server on this machine, made with the openssl command line (callers
 * declare `requireTools(['openssl'])`). Bundles run by the local runner trust it through NODE_EXTRA_CA_CERTS.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TestCertificate {
  keyPath: string
  certPath: string
  key: Buffer
  cert: Buffer
}

/** A one-day self-signed certificate for `name`: an IP address (`127.0.0.1`) or a DNS name. */
export function selfSignedCertificate(name = '127.0.0.1', dir = mkdtempSync(join(tmpdir(), 'tls-'))): TestCertificate {
  const keyPath = join(dir, 'key.pem')
  const certPath = join(dir, 'cert.pem')
  const subjectAltName = /^[\d.]+$/.test(name) ? `IP:${name}` : `DNS:${name}`
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${name}`,
     '-addext', `subjectAltName=${subjectAltName}`, '-keyout', keyPath, '-out', certPath],
    { stdio: 'ignore' }
  ) // prettier-ignore
  return { keyPath, certPath, key: readFileSync(keyPath), cert: readFileSync(certPath) }
}
