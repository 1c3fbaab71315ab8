/**
 * Windows Authenticode on Windows runners with Microsoft's signtool. The .pfx is written to a 0600 file, imported
 * into Cert:\CurrentUser\My by Windows PowerShell (or pwsh) running a FIXED script: the file path and the password
 * reach it only through environment variables of that one child (SIGN_PFX_PATH, SIGN_PFX_PASSWORD), never argv and
 * never the script text. signtool then selects the certificate by its SHA-1 thumbprint (`/sha1`), so no password is
 * needed to sign. The thumbprints the import added are saved to the runner state at once, and post removes them
 * (with their private keys), also after a failed main.
 *
 * Verification is `signtool verify /pa /v`: the Default Authenticode policy (the chain must end in a root Windows
 * trusts) and the signer must be the imported certificate (the leaf of "Signing Certificate Chain" in /v output).
 */
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { runProcess, type RunResult, which } from '../../packages/toolkit/src/process.js'
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { log } from '../../packages/toolkit/src/runner.js'
import { signState } from './state.js'
import { writeSecretFile } from '../../packages/toolkit/src/secrets.js'

/**
 * Imports the .pfx named by $env:SIGN_PFX_PATH with the password in $env:SIGN_PFX_PASSWORD (may be empty) and
 * prints one line per certificate: `certificate <thumbprint> key|nokey new|existing <subject>`. `existing` marks a
 * certificate that was in the store before (a self-hosted runner's own); post leaves those alone.
 * One line, single quotes only: it travels as one argv element through Windows command-line quoting untouched.
 */
export const IMPORT_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  "$store = 'Cert:\\CurrentUser\\My'",
  '$before = @(Get-ChildItem -LiteralPath $store | ForEach-Object { $_.Thumbprint })',
  'if ($env:SIGN_PFX_PASSWORD) { $password = ConvertTo-SecureString -String $env:SIGN_PFX_PASSWORD -AsPlainText -Force } else { $password = New-Object System.Security.SecureString }',
  'Remove-Item -LiteralPath Env:SIGN_PFX_PASSWORD -ErrorAction SilentlyContinue',
  '$imported = @(Import-PfxCertificate -FilePath $env:SIGN_PFX_PATH -CertStoreLocation $store -Password $password)',
  "foreach ($cert in $imported) { $key = if ($cert.HasPrivateKey) { 'key' } else { 'nokey' }; $new = if ($before -contains $cert.Thumbprint) { 'existing' } else { 'new' }; Write-Output ('certificate ' + $cert.Thumbprint + ' ' + $key + ' ' + $new + ' ' + $cert.Subject) }"
].join('; ')

/** Removes the certificates (and their private keys) listed, comma-separated, in $env:SIGN_THUMBPRINTS. */
export const REMOVE_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "foreach ($thumbprint in ($env:SIGN_THUMBPRINTS -split ',')) { if ($thumbprint -notmatch '^[0-9A-F]{40}$') { throw ('Not a certificate thumbprint: ' + $thumbprint) }; $item = Join-Path -Path 'Cert:\\CurrentUser\\My' -ChildPath $thumbprint; if (Test-Path -LiteralPath $item) { if ((Get-Item -LiteralPath $item).HasPrivateKey) { Remove-Item -LiteralPath $item -DeleteKey } else { Remove-Item -LiteralPath $item }; Write-Output ('removed ' + $thumbprint) } }"
].join('; ')

export function powerShellArgs(script: string): string[] {
  return ['-NoProfile', '-NonInteractive', '-Command', script]
}

export interface ImportedCertificate {
  thumbprint: string
  hasKey: boolean
  new: boolean
  subject: string
}

/** The `certificate …` lines of IMPORT_SCRIPT's output; anything else (warnings, banners) is ignored. */
export function parseImported(stdout: string): ImportedCertificate[] {
  const certificates: ImportedCertificate[] = []
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^certificate ([0-9A-F]{40}) (key|nokey) (new|existing) ?(.*)$/i.exec(line.trim())
    if (match)
      certificates.push({
        thumbprint: (match[1] as string).toUpperCase(),
        hasKey: match[2] === 'key',
        new: match[3] === 'new',
        subject: match[4] ?? ''
      })
  }
  return certificates
}

export function signtoolSignArgs(thumbprint: string, timestampUrl: string, file: string): string[] {
  return [
    'sign',
    '/sha1',
    thumbprint,
    '/s',
    'My',
    '/fd',
    'sha256',
    ...(timestampUrl ? ['/tr', timestampUrl, '/td', 'sha256'] : []),
    file
  ]
}

export function signtoolVerifyArgs(file: string): string[] {
  return ['verify', '/pa', '/v', file]
}

/**
 * The signer's SHA-1 thumbprint from `signtool verify /v`: the last "SHA1 hash" of the "Signing Certificate
 * Chain" section (signtool lists the chain from the root down to the leaf; the timestamp chain follows later).
 */
export function signerThumbprint(verboseOutput: string): string | undefined {
  const lines = verboseOutput.split(/\r?\n/)
  const start = lines.findIndex(line => /^\s*Signing Certificate Chain:/i.test(line))
  if (start < 0) return undefined
  let last: string | undefined
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line) && line.trim() !== '') break // the next section starts at column 0
    const hash = /^\s*SHA1 hash:\s*([0-9A-Fa-f]{40})\s*$/.exec(line)?.[1]
    if (hash) last = hash.toUpperCase()
  }
  return last
}

/** signtool.exe candidates under `<kits>\bin`, newest SDK version first, for the runner's architecture. */
export function signtoolCandidates(
  kitsBin: string,
  versions: readonly string[],
  arch: string,
  joinPath: (...parts: string[]) => string = join
): string[] {
  const folder = arch === 'ARM64' ? 'arm64' : arch === 'X86' ? 'x86' : 'x64'
  const parse = (version: string) => version.split('.').map(Number)
  return versions
    .filter(version => /^\d+(\.\d+){3}$/.test(version))
    .sort((a, b) => {
      const [pa, pb] = [parse(a), parse(b)]
      for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pb[i] as number) - (pa[i] as number)
      return 0
    })
    .map(version => joinPath(kitsBin, version, folder, 'signtool.exe'))
}

export type AuthenticodeTool = 'signtool' | 'osslsigncode'

/**
 * Which tool signs Authenticode: signtool on Windows when found, an osslsigncode on PATH on Windows only when
 * signtool is not there, osslsigncode everywhere else.
 */
export function chooseAuthenticodeTool(
  os: 'Linux' | 'Windows' | 'macOS',
  found: { signtool?: string; osslsigncode?: string }
): AuthenticodeTool {
  if (os !== 'Windows') return 'osslsigncode'
  if (found.signtool) return 'signtool'
  if (found.osslsigncode) return 'osslsigncode'
  throw new UserError(
    'Windows Authenticode needs signtool.exe (Windows SDK), which was found neither on PATH nor under ' +
      "'Windows Kits\\10\\bin\\<version>\\<arch>'. Install the Windows SDK's signing tools or put signtool.exe on PATH."
  )
}

/** Windows PowerShell (PKI module built in) first, PowerShell 7 otherwise. */
export function choosePowerShell(found: { powershell?: string; pwsh?: string }): string {
  const shell = found.powershell ?? found.pwsh
  if (!shell) throw new UserError('Windows Authenticode with signtool needs powershell or pwsh on PATH.')
  return shell
}

export async function findSigntool(arch: string, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const onPath = await which('signtool', env)
  if (onPath) return onPath
  const kitsBin = join(env['ProgramFiles(x86)'] || 'C:\\Program Files (x86)', 'Windows Kits', '10', 'bin')
  const { readdir } = await import('node:fs/promises')
  const versions = await readdir(kitsBin).catch(() => [] as string[])
  for (const candidate of signtoolCandidates(kitsBin, versions, arch)) if (await which(candidate, env)) return candidate
  return undefined
}

/** Looked up in process.env itself: on Windows only it finds `Path` under the name PATH. */
async function findPowerShell(): Promise<string> {
  return choosePowerShell({ powershell: await which('powershell'), pwsh: await which('pwsh') })
}

/** The last lines of a failed PowerShell call, for an error message (the password never reaches its output). */
function tail(result: RunResult): string {
  return (result.stderr || result.stdout).trim().split(/\r?\n/).slice(-3).join(' ').slice(0, 500)
}

export interface SigntoolOptions {
  /** base64 of the .pfx. */
  certificate: string
  password: string
  timestampUrl: string
}

export class SigntoolSigner {
  private constructor(
    private readonly signtool: string,
    readonly thumbprint: string,
    readonly subject: string,
    private readonly timestampUrl: string
  ) {}

  static async open(options: SigntoolOptions, signtool: string): Promise<SigntoolSigner> {
    const der = Buffer.from(options.certificate.replace(/\s+/g, ''), 'base64')
    if (der.length === 0) throw new UserError("Input 'windows-certificate' is not base64 of a .pfx file.")
    const shell = await findPowerShell()
    const pfx = writeSecretFile('sign-artifacts-pfx', 'certificate.pfx', der)
    let result: RunResult
    try {
      result = await runProcess(shell, powerShellArgs(IMPORT_SCRIPT), {
        check: false,
        env: { ...process.env, SIGN_PFX_PATH: pfx, SIGN_PFX_PASSWORD: options.password }
      })
    } finally {
      // The store holds the key now (or the import failed); the file is not needed any more.
      await rm(dirname(pfx), { recursive: true, force: true })
    }
    const imported = parseImported(result.stdout)
    // Saved before anything else can fail, so post removes what the import added whatever happens next.
    const added = imported.filter(cert => cert.new).map(cert => cert.thumbprint)
    if (added.length > 0) signState.windowsCertificates.write(added)
    if (result.exitCode !== 0) {
      throw new UserError(
        "Could not import 'windows-certificate' into Cert:\\CurrentUser\\My (wrong 'windows-certificate-password', " +
          `or not a .pfx): ${tail(result)}`
      )
    }
    const leaf = imported.find(cert => cert.hasKey)
    if (!leaf) throw new UserError("Input 'windows-certificate' holds no certificate with a private key.")
    return new SigntoolSigner(signtool, leaf.thumbprint, leaf.subject, options.timestampUrl)
  }

  async sign(file: string): Promise<void> {
    try {
      await runProcess(this.signtool, signtoolSignArgs(this.thumbprint, this.timestampUrl, file))
    } catch (error) {
      throw new UserError(`Authenticode signing of ${file} failed: ${errorMessage(error)}`)
    }
  }

  async verify(file: string): Promise<boolean> {
    const result = await runProcess(this.signtool, signtoolVerifyArgs(file), { check: false })
    if (result.exitCode !== 0) {
      log.info(`signtool verify: ${tail(result)}`)
      return false
    }
    const signer = signerThumbprint(result.stdout)
    if (signer !== this.thumbprint) {
      log.info(`signtool verify: ${file} is signed by ${signer ?? 'an unknown certificate'}, not ${this.thumbprint}.`)
      return false
    }
    return true
  }
}

/** Post: removes the certificates main imported (state saved right after the import). Never throws. */
export async function removeImportedCertificates(): Promise<void> {
  const thumbprints = signState.windowsCertificates.read().filter(t => /^[0-9A-F]{40}$/.test(t))
  if (thumbprints.length === 0) return
  try {
    const shell = await findPowerShell()
    const result = await runProcess(shell, powerShellArgs(REMOVE_SCRIPT), {
      check: false,
      env: { ...process.env, SIGN_THUMBPRINTS: thumbprints.join(',') }
    })
    if (result.exitCode === 0) log.info(`Removed the imported certificate(s) ${thumbprints.join(', ')}.`)
    else log.warning(`Could not remove the imported certificate(s) ${thumbprints.join(', ')}: ${tail(result)}`)
  } catch (error) {
    log.warning(`Could not remove the imported certificate(s) ${thumbprints.join(', ')}: ${String(error)}`)
  }
}
