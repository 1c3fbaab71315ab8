/**
 * macOS code signing and notarization. A temporary keychain with a unique name under RUNNER_TEMP (never
 * "already exists", even with parallel jobs on one self-hosted Mac), the .p12 imported with the partition list
 * set so codesign can use the key without a prompt, `codesign --options runtime --timestamp`, optional
 * `notarytool submit --wait` with an App Store Connect API key and `stapler staple`, then
 * `codesign --verify --strict`. The keychain is deleted in post (its path is saved before it exists).
 *
 * Passwords never reach argv: `security` commands that take one are written to `security -i` on stdin.
 */
import { randomBytes, randomUUID } from 'node:crypto'
import { extname, join, basename } from 'node:path'
import { rm } from 'node:fs/promises'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { signState } from './state.js'
import { maskSecret, registerCleanup, runnerTemp, writeSecretFile } from '../../packages/toolkit/src/secrets.js'
import { runProcess } from '../../packages/toolkit/src/process.js'

export interface AppleOptions {
  /** base64 of the .p12. */
  certificate: string
  password: string
  identity: string
  apiKey: string
  apiKeyId: string
  apiIssuer: string
}

/** A value quoted for `security -i`'s command parser (double quotes; backslash escapes `"` and `\`). */
export function quoteForSecurity(value: string): string {
  if (/[\r\n]/.test(value)) throw new UserError('A macOS keychain value cannot contain a line break.')
  return `"${value.replace(/[\\"]/g, '\\$&')}"`
}

/** The interactive `security` commands that carry passwords, one per line. */
export function keychainSetupScript(
  keychain: string,
  keychainPassword: string,
  p12: string,
  p12Password: string
): string[] {
  const kc = quoteForSecurity(keychain)
  const pw = quoteForSecurity(keychainPassword)
  return [
    `create-keychain -p ${pw} ${kc}`,
    `unlock-keychain -p ${pw} ${kc}`,
    `import ${quoteForSecurity(p12)} -k ${kc} -f pkcs12 -P ${quoteForSecurity(p12Password)} -T /usr/bin/codesign -T /usr/bin/security`,
    `set-key-partition-list -S apple-tool:,apple:,codesign: -s -k ${pw} ${kc}`
  ]
}

/** Keychain paths from `security list-keychains -d user` (one quoted path per line). */
export function parseKeychainList(output: string): string[] {
  return output
    .split('\n')
    .map(line => line.trim().replace(/^"(.*)"$/, '$1'))
    .filter(Boolean)
}

/** The first valid code-signing identity's SHA-1 from `security find-identity -v -p codesigning`. */
export function parseFirstIdentity(output: string): string | undefined {
  return /^\s*\d+\)\s+([0-9A-F]{40})\s+"/m.exec(output)?.[1]
}

export function codesignArgs(identity: string, keychain: string, file: string): string[] {
  return ['--force', '--sign', identity, '--keychain', keychain, '--options', 'runtime', '--timestamp', file]
}

/** What notarytool can take as is; a bare Mach-O binary is zipped first (and cannot be stapled). */
export function notarizationForm(file: string): 'submit' | 'zip' {
  return ['.dmg', '.pkg', '.zip'].includes(extname(file).toLowerCase()) ? 'submit' : 'zip'
}

export function canStaple(file: string): boolean {
  return ['.dmg', '.pkg', '.app'].includes(extname(file).toLowerCase())
}

/** notarytool's JSON result: accepted, or the status and id to look the log up with. */
export function parseNotaryResult(stdout: string): { accepted: boolean; status: string; id: string } {
  try {
    const json = JSON.parse(stdout) as { status?: string; id?: string }
    return { accepted: json.status === 'Accepted', status: json.status ?? 'unknown', id: json.id ?? '' }
  } catch {
    return { accepted: false, status: 'unreadable notarytool output', id: '' }
  }
}

/** security -i carries on after a failed command; its error lines are how a failure shows. */
function securityFailed(result: { exitCode: number; stdout: string; stderr: string }): boolean {
  return result.exitCode !== 0 || /(^|\n)\s*security: |error/i.test(result.stderr)
}

export class MacSigner {
  private constructor(
    readonly keychain: string,
    readonly identity: string,
    private readonly options: AppleOptions
  ) {}

  static async open(options: AppleOptions): Promise<MacSigner> {
    const keychain = join(runnerTemp(), `sign-artifacts-${randomUUID()}.keychain-db`)
    // Saved before the keychain exists, so post deletes it whatever happens from here on.
    signState.macosKeychain.write(keychain)
    registerCleanup(keychain)
    const keychainPassword = randomBytes(24).toString('hex')
    maskSecret(keychainPassword)
    const p12 = writeSecretFile(
      'sign-artifacts-p12',
      'certificate.p12',
      Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64')
    )
    for (const command of keychainSetupScript(keychain, keychainPassword, p12, options.password)) {
      const result = await runProcess('security', ['-i'], { input: command + '\n', check: false })
      if (securityFailed(result)) {
        const verb = command.split(' ')[0]
        throw new UserError(
          `security ${verb} failed for the temporary keychain (check 'apple-certificate' and 'apple-certificate-password').`
        )
      }
    }
    await runProcess('security', ['set-keychain-settings', '-lut', '21600', keychain])
    const listed = await runProcess('security', ['list-keychains', '-d', 'user'])
    const others = parseKeychainList(listed.stdout).filter(path => path !== keychain)
    await runProcess('security', ['list-keychains', '-d', 'user', '-s', keychain, ...others])
    let identity = options.identity
    if (!identity) {
      const found = await runProcess('security', ['find-identity', '-v', '-p', 'codesigning', keychain])
      identity = parseFirstIdentity(found.stdout) ?? ''
      if (!identity) throw new UserError("The 'apple-certificate' holds no valid code-signing identity.")
    }
    return new MacSigner(keychain, identity, options)
  }

  async sign(file: string): Promise<void> {
    await runProcess('codesign', codesignArgs(this.identity, this.keychain, file))
  }

  async verify(file: string): Promise<boolean> {
    const result = await runProcess('codesign', ['--verify', '--strict', '--verbose=2', file], { check: false })
    return result.exitCode === 0
  }

  /** Submits and waits; throws when Apple does not accept. Returns whether the ticket was stapled. */
  async notarize(file: string): Promise<boolean> {
    const key = writeSecretFile('sign-artifacts-notary', 'AuthKey.p8', decodeApiKey(this.options.apiKey))
    let submitted = file
    if (notarizationForm(file) === 'zip') {
      submitted = join(runnerTemp(), `${basename(file)}-${randomUUID()}.zip`)
      registerCleanup(submitted)
      await runProcess('ditto', ['-c', '-k', '--keepParent', file, submitted])
    }
    const result = await runProcess(
      'xcrun',
      [
        'notarytool',
        'submit',
        submitted,
        '--key',
        key,
        '--key-id',
        this.options.apiKeyId,
        '--issuer',
        this.options.apiIssuer,
        '--wait',
        '--output-format',
        'json'
      ],
      { check: false, timeoutMs: 60 * 60 * 1000 }
    )
    if (submitted !== file) await rm(submitted, { force: true })
    const outcome = parseNotaryResult(result.stdout)
    if (!outcome.accepted) {
      throw new UserError(
        `Notarization of ${file} was not accepted (${outcome.status}).` +
          (outcome.id ? ` See: xcrun notarytool log ${outcome.id} --key … --key-id … --issuer …` : '')
      )
    }
    if (!canStaple(file)) return false
    await runProcess('xcrun', ['stapler', 'staple', file])
    return true
  }
}

/** An App Store Connect key pasted as the .p8 text or as base64 of it. */
export function decodeApiKey(value: string): string {
  if (value.includes('-----BEGIN PRIVATE KEY-----')) return value.replace(/\r\n/g, '\n') + '\n'
  return Buffer.from(value.replace(/\s+/g, ''), 'base64').toString('utf8')
}

/** Post: removes the keychain from the search list and deletes it; the file itself also goes with cleanup. */
export async function deleteKeychain(keychain: string): Promise<boolean> {
  const result = await runProcess('security', ['delete-keychain', keychain], { check: false })
  return result.exitCode === 0
}
