/**
 * Which signing methods run, in which order, and which are skipped and why. Pure: the inputs, the runner OS,
 * whether an OIDC token can be requested and which kinds of files were found go in; a plan comes out.
 *
 * Order matters: Authenticode and codesign embed their signature in the file and so change its bytes; they run
 * first, then the checksums of the final bytes, then the detached signers (GPG, Sigstore) over every file and
 * the checksums file.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'

export type Method = 'authenticode' | 'codesign' | 'notarize' | 'checksums' | 'gpg' | 'sigstore'

export interface Skip {
  method: Method
  reason: string
}

export interface PlanInput {
  os: 'Linux' | 'Windows' | 'macOS'
  checksums: 'sha256' | 'sha512' | 'none'
  sigstore: 'auto' | 'true' | 'false'
  /** ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are set: the workflow granted `id-token: write`. */
  hasIdToken: boolean
  gpgKey: boolean
  windowsCertificate: boolean
  appleCertificate: boolean
  appleNotarize: boolean
  appleApiKey: boolean
  skipWithoutCredentials: boolean
  /** How many files are Windows PE (.exe/.dll/.msi/.sys) and macOS code (Mach-O, .dmg, .pkg). */
  authenticodeTargets: number
  macTargets: number
}

export interface Plan {
  methods: Method[]
  skipped: Skip[]
  /** Skips a person should see as a notice rather than only in the summary. */
  notices: string[]
}

export function planSigning(input: PlanInput): Plan {
  const methods: Method[] = []
  const skipped: Skip[] = []
  const notices: string[] = []
  const unmet: string[] = []
  const missing = (method: Method, reason: string) => {
    if (!input.skipWithoutCredentials) {
      unmet.push(`${methodTitle(method)}: ${reason}`)
      return
    }
    skipped.push({ method, reason })
    notices.push(`${methodTitle(method)} skipped: ${reason}.`)
  }

  if (input.authenticodeTargets > 0) {
    if (input.windowsCertificate) methods.push('authenticode')
    else
      missing('authenticode', `${input.authenticodeTargets} Windows file(s) to sign but 'windows-certificate' is empty`)
  } else if (input.windowsCertificate) {
    skipped.push({ method: 'authenticode', reason: 'no .exe, .dll, .msi or .sys among the files' })
  }

  if (input.os !== 'macOS') {
    if (input.appleCertificate || input.appleNotarize) {
      const reason = `macOS code signing runs only on macOS runners (this is ${input.os})`
      skipped.push({ method: 'codesign', reason })
      notices.push(`${methodTitle('codesign')} skipped: ${reason}.`)
    }
  } else if (input.macTargets > 0) {
    if (!input.appleCertificate) {
      missing('codesign', `${input.macTargets} macOS file(s) to sign but 'apple-certificate' is empty`)
    } else {
      methods.push('codesign')
      if (input.appleNotarize) {
        if (input.appleApiKey) methods.push('notarize')
        else
          missing(
            'notarize',
            "'apple-notarize' is true but 'apple-api-key', 'apple-api-key-id' or 'apple-api-issuer' is empty"
          )
      }
    }
  } else if (input.appleCertificate) {
    skipped.push({ method: 'codesign', reason: 'no Mach-O binary, .dmg or .pkg among the files' })
  }

  if (input.checksums !== 'none') methods.push('checksums')

  if (input.gpgKey) methods.push('gpg')
  else missing('gpg', "'gpg-private-key' is empty")

  if (input.sigstore === 'true') {
    // Asked for by name: never a green step without it, whatever 'skip-without-credentials' says.
    if (input.hasIdToken) methods.push('sigstore')
    else
      throw new UserError(
        "Input 'sigstore' is 'true' but the job has no OIDC token: grant 'permissions: id-token: write' (fork pull requests never get one), or use 'sigstore: auto' to skip Sigstore without a token."
      )
  } else if (input.sigstore === 'auto') {
    if (input.hasIdToken) methods.push('sigstore')
    else {
      const reason = "no OIDC token ('permissions: id-token: write' not granted)"
      skipped.push({ method: 'sigstore', reason })
      notices.push(`${methodTitle('sigstore')} skipped: ${reason}.`)
    }
  }
  if (unmet.length > 0) {
    // All at once, so one run tells the user every secret that is missing.
    throw new UserError(`Missing credentials and 'skip-without-credentials' is false: ${unmet.join('; ')}.`)
  }
  return { methods, skipped, notices }
}

export function methodTitle(method: Method): string {
  return {
    authenticode: 'Windows Authenticode',
    codesign: 'macOS codesign',
    notarize: 'macOS notarization',
    checksums: 'Checksums',
    gpg: 'GPG',
    sigstore: 'Sigstore'
  }[method]
}

const AUTHENTICODE_EXTENSIONS = /\.(exe|dll|msi|sys)$/i

export function isAuthenticodeTarget(path: string): boolean {
  return AUTHENTICODE_EXTENSIONS.test(path)
}

const MACH_O_MAGIC = new Set(['feedface', 'cefaedfe', 'feedfacf', 'cffaedfe', 'cafebabe', 'bebafeca'])

/** Mach-O (thin or universal) by its first four bytes, or a disk image / installer package by its name. */
export function isMacTarget(path: string, firstBytes: Buffer): boolean {
  if (/\.(dmg|pkg)$/i.test(path)) return true
  // 0xcafebabe is also a Java class file; those are not signed with codesign.
  if (/\.class$/i.test(path)) return false
  return firstBytes.length >= 4 && MACH_O_MAGIC.has(firstBytes.subarray(0, 4).toString('hex'))
}
