/**
 * GPG detached signatures with a throw-away GNUPGHOME under RUNNER_TEMP (mode 0700, removed in post). The
 * passphrase reaches gpg only through file descriptor 3 with loopback pinentry: never argv, never env.
 */
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { privateTempDir } from '../../packages/toolkit/src/secrets.js'
import { runProcess } from '../../packages/toolkit/src/process.js'

export interface GpgKeyInfo {
  fingerprint: string
  userId: string
}

/** A key pasted as armored text or as base64 of the armored or binary export (both are common in secrets). */
export function decodePrivateKey(value: string): Buffer {
  if (value.includes('-----BEGIN PGP PRIVATE KEY BLOCK-----')) return Buffer.from(value.replace(/\r\n/g, '\n') + '\n')
  const compact = value.replace(/\s+/g, '')
  if (!/^[A-Za-z0-9+/]+=*$/.test(compact)) {
    throw new UserError("Input 'gpg-private-key' is neither an armored private key nor base64 of one.")
  }
  return Buffer.from(compact, 'base64')
}

/** The first secret key's fingerprint and user id from `gpg --with-colons --list-secret-keys`. */
export function parseSecretKeys(colons: string): GpgKeyInfo | undefined {
  let inSecretKey = false
  let fingerprint = ''
  for (const line of colons.split('\n')) {
    const fields = line.split(':')
    if (fields[0] === 'sec') inSecretKey = true
    else if (fields[0] === 'ssb') inSecretKey = false
    else if (fields[0] === 'fpr' && inSecretKey && !fingerprint) fingerprint = fields[9] ?? ''
    else if (fields[0] === 'uid' && fingerprint) return { fingerprint, userId: unescapeColons(fields[9] ?? '') }
  }
  return fingerprint ? { fingerprint, userId: '' } : undefined
}

function unescapeColons(value: string): string {
  return value.replace(/\\x([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

/** True when gpg's `--status-fd` output reports a good, valid signature by the expected key (or its subkey). */
export function isGoodSignature(status: string, fingerprint: string): boolean {
  const lines = status.split('\n')
  const good = lines.some(line => line.startsWith('[GNUPG:] GOODSIG '))
  const valid = lines.some(line => {
    const fields = line.split(' ')
    // VALIDSIG <signing fpr> … <primary key fpr> is the last field of interest (the 10th after the keyword).
    return fields[1] === 'VALIDSIG' && (fields[2] === fingerprint || fields[11] === fingerprint)
  })
  const bad = lines.some(line => /^\[GNUPG:\] (BADSIG|ERRSIG|EXPSIG|EXPKEYSIG|REVKEYSIG) /.test(line))
  return good && valid && !bad
}

export class GpgSigner {
  private constructor(
    private readonly home: string,
    private readonly passphrase: string,
    readonly key: GpgKeyInfo
  ) {}

  static async import(privateKey: string, passphrase: string): Promise<GpgSigner> {
    const home = privateTempDir('sign-artifacts-gnupg')
    await runProcess('gpg', ['--batch', '--homedir', home, '--import'], { input: decodePrivateKey(privateKey) }).catch(
      () => {
        // gpg's own message may quote key material; say only what failed.
        throw new UserError("GPG could not import 'gpg-private-key' (is it a private key export?).")
      }
    )
    const listed = await runProcess('gpg', ['--batch', '--homedir', home, '--with-colons', '--list-secret-keys'])
    const key = parseSecretKeys(listed.stdout)
    if (!key) throw new UserError("Input 'gpg-private-key' holds no secret key.")
    return new GpgSigner(home, passphrase, key)
  }

  private passphraseArgs(): { args: string[]; extraInputs: string[] } {
    // Loopback pinentry always, so gpg never tries to open a pinentry program on a headless runner.
    if (this.passphrase === '') return { args: ['--pinentry-mode', 'loopback'], extraInputs: [] }
    return { args: ['--pinentry-mode', 'loopback', '--passphrase-fd', '3'], extraInputs: [this.passphrase + '\n'] }
  }

  async sign(file: string, signature: string): Promise<void> {
    const { args, extraInputs } = this.passphraseArgs()
    const argv = ['--batch', '--yes', '--homedir', this.home, ...args, '--local-user', this.key.fingerprint]
    await runProcess('gpg', [...argv, '--armor', '--detach-sign', '--output', signature, file], { extraInputs }).catch(
      error => {
        throw new UserError(`GPG could not sign ${file} (wrong 'gpg-passphrase'?): ${lastLine(error)}`)
      }
    )
  }

  async verify(file: string, signature: string): Promise<boolean> {
    const result = await runProcess(
      'gpg',
      ['--batch', '--homedir', this.home, '--status-fd', '1', '--verify', signature, file],
      {
        check: false
      }
    )
    return result.exitCode === 0 && isGoodSignature(result.stdout, this.key.fingerprint)
  }

  /** Stops the gpg-agent this home started; the folder itself goes with the toolkit's cleanup. */
  async close(): Promise<void> {
    await runProcess('gpgconf', ['--homedir', this.home, '--kill', 'all'], { check: false }).catch(() => undefined)
  }
}

function lastLine(error: unknown): string {
  return errorMessage(error).trim().split('\n').slice(-1)[0] ?? ''
}
