/**
 * Windows Authenticode with osslsigncode: the signature is embedded, so each file is signed to a temporary
 * output and moved over the original. The .pfx and its password live only in 0600 files under RUNNER_TEMP
 * (osslsigncode `-readpass`, openssl `-passin file:`), never on a command line.
 *
 * Verification trusts the system's CA bundle plus the certificates inside the .pfx (so a self-signed test or
 * internal certificate verifies too) and requires the leaf to be the .pfx's own certificate
 * (`-require-leaf-hash`), so a file signed by anyone else cannot pass.
 */
import { X509Certificate, createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { realpath, rename, rm } from 'node:fs/promises'
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { writeSecretFile } from '../../packages/toolkit/src/secrets.js'
import { runProcess } from '../../packages/toolkit/src/process.js'

const SYSTEM_CA_BUNDLES = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/cert.pem'
]

export interface AuthenticodeOptions {
  /** base64 of the .pfx. */
  certificate: string
  password: string
  timestampUrl: string
}

export function signArgs(
  pfx: string,
  passwordFile: string | undefined,
  timestampUrl: string,
  input: string,
  output: string
): string[] {
  return [
    'sign',
    '-pkcs12',
    pfx,
    ...(passwordFile ? ['-readpass', passwordFile] : []),
    '-h',
    'sha256',
    ...(timestampUrl ? ['-ts', timestampUrl] : []),
    '-in',
    input,
    '-out',
    output
  ]
}

export function verifyArgs(file: string, caFile: string, leafSha256: string): string[] {
  return ['verify', '-in', file, '-CAfile', caFile, '-require-leaf-hash', `sha256:${leafSha256}`]
}

/** The PEM certificates in openssl's output, leaf first as `-clcerts` lists it. */
export function pemCertificates(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
}

export class AuthenticodeSigner {
  private constructor(
    private readonly pfx: string,
    private readonly passwordFile: string | undefined,
    private readonly timestampUrl: string,
    private readonly caFile: string,
    readonly leafSha256: string,
    readonly subject: string
  ) {}

  static async load(options: AuthenticodeOptions): Promise<AuthenticodeSigner> {
    const der = Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64')
    if (der.length === 0) throw new UserError("Input 'windows-certificate' is not base64 of a .pfx file.")
    const pfx = writeSecretFile('sign-artifacts-pfx', 'certificate.pfx', der)
    const passwordFile = options.password
      ? writeSecretFile('sign-artifacts-pfx-password', 'password', options.password)
      : undefined
    const passin = passwordFile ? `file:${passwordFile}` : 'pass:'
    const leafPem = await pkcs12Certificates(pfx, passin, ['-clcerts'])
    const allPem = await pkcs12Certificates(pfx, passin, [])
    const leaf = pemCertificates(leafPem)[0]
    if (!leaf) throw new UserError("Input 'windows-certificate' holds no certificate.")
    const x509 = new X509Certificate(leaf)
    const system = SYSTEM_CA_BUNDLES.filter(path => existsSync(path)).map(path => readFileSync(path, 'utf8'))
    // Certificates are public; the trust file is written the same way only so post removes it with the rest.
    const caFile = writeSecretFile(
      'sign-artifacts-trust',
      'trust.pem',
      [...system, ...pemCertificates(allPem)].join('\n') + '\n'
    )
    const leafSha256 = createHash('sha256').update(x509.raw).digest('hex')
    return new AuthenticodeSigner(
      pfx,
      passwordFile,
      options.timestampUrl,
      caFile,
      leafSha256,
      x509.subject.replace(/\n/g, ', ')
    )
  }

  async sign(file: string): Promise<void> {
    // Through a link, sign the file it points to: renaming over the link would replace it and leave the file unsigned.
    const target = await realpath(file)
    const output = `${target}.signing`
    try {
      await runProcess('osslsigncode', signArgs(this.pfx, this.passwordFile, this.timestampUrl, target, output))
      await rename(output, target)
    } catch (error) {
      await rm(output, { force: true })
      throw new UserError(`Authenticode signing of ${file} failed: ${errorMessage(error)}`)
    }
  }

  async verify(file: string): Promise<boolean> {
    const result = await runProcess('osslsigncode', verifyArgs(file, this.caFile, this.leafSha256), { check: false })
    return result.exitCode === 0
  }
}

async function pkcs12Certificates(pfx: string, passin: string, extra: string[]): Promise<string> {
  const args = ['pkcs12', '-in', pfx, '-nokeys', ...extra, '-passin', passin]
  let result = await runProcess('openssl', args, { check: false })
  // .pfx files exported by older Windows use RC2/3DES, which OpenSSL 3 keeps in its legacy provider.
  if (result.exitCode !== 0) result = await runProcess('openssl', [...args, '-legacy'], { check: false })
  if (result.exitCode !== 0) {
    throw new UserError("Could not open 'windows-certificate' (wrong 'windows-certificate-password', or not a .pfx).")
  }
  return result.stdout
}
