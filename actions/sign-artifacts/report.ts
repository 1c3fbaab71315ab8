/**
 * What the action did, as plain data, and the job summary built from it: every artifact with its checksum,
 * its signatures and their verification, the methods skipped and why, and the commands an end user runs to
 * verify the release themselves.
 */
import { codeBlock, details, heading, markdownTable } from '../../packages/toolkit/src/summary.js'
import { methodTitle, type Method, type Skip } from './plan.js'
import type { SigstoreIdentity } from './sigstore-identity.js'

export interface SignatureRecord {
  method: Method
  /** The detached signature file, or the artifact itself for embedded signatures (Authenticode, codesign). */
  path: string
  verified: boolean | 'not checked'
  note?: string
}

export interface ArtifactRecord {
  /** As shown to people: relative to the workspace. */
  name: string
  digest?: string
  signatures: SignatureRecord[]
}

export interface Report {
  artifacts: ArtifactRecord[]
  checksumsFile?: string
  algorithm: 'sha256' | 'sha512' | 'none'
  skipped: Skip[]
  gpgKey?: { fingerprint: string; userId: string }
  /** The identity in the Sigstore certificates: what the verify commands must name. */
  sigstoreIdentity?: SigstoreIdentity
}

const MARK = { true: '✅ verified', false: '❌ failed', 'not checked': '➖ not checked' } as const

/**
 * A word for a POSIX shell: bare when it is plainly safe, single-quoted otherwise, and ANSI-C quoted (`$'…'`)
 * when it holds control characters, so a file name can neither run a command when the line is pasted nor put a
 * raw line break (or CR) into the summary.
 */
export function shellQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word
  // eslint-disable-next-line no-control-regex
  if (!/[\x00-\x1f\x7f]/.test(word)) return `'${word.replace(/'/g, `'\\''`)}'`
  const escaped = [...word]
    .map(c => {
      const code = c.charCodeAt(0)
      if (c === '\\' || c === "'") return `\\${c}`
      if (c === '\n') return '\\n'
      if (c === '\r') return '\\r'
      if (c === '\t') return '\\t'
      return code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : c
    })
    .join('')
  return `$'${escaped}'`
}

export function verificationCommands(report: Report): string {
  const lines: string[] = []
  const first = report.artifacts.find(a => !a.name.endsWith('SUMS'))?.name ?? 'FILE'
  // A name starting with '-' would be read as an option.
  const name = first.startsWith('-') ? `./${first}` : first
  const example = shellQuote(name)
  if (report.checksumsFile && report.algorithm !== 'none') {
    lines.push(
      '# Checksums (in the folder holding the checksums file)',
      `${report.algorithm}sum -c ${shellQuote(report.checksumsFile.split('/').pop() as string)}`
    )
  }
  if (report.gpgKey) {
    lines.push(
      '# GPG',
      `gpg --recv-keys ${report.gpgKey.fingerprint}  # or import the project's published key`,
      `gpg --verify ${shellQuote(`${name}.asc`)} ${example}`
    )
  }
  const sigstore = report.sigstoreIdentity
  if (sigstore) {
    const bundle = shellQuote(`${name}.sigstore.json`)
    lines.push(
      '# Sigstore (cosign)',
      `cosign verify-blob ${example} --bundle ${bundle} \\`,
      `  --certificate-identity ${shellQuote(sigstore.identity)} \\`,
      `  --certificate-oidc-issuer ${shellQuote(sigstore.issuer)}${sigstore.repository ? ' \\' : ''}`
    )
    if (sigstore.repository) lines.push(`  --certificate-github-workflow-repository ${shellQuote(sigstore.repository)}`)
    lines.push('# Sigstore (sigstore-python)')
    if (sigstore.repository) {
      lines.push(
        `sigstore verify github ${example} --bundle ${bundle} \\`,
        `  --cert-identity ${shellQuote(sigstore.identity)} --repository ${shellQuote(sigstore.repository)}`
      )
    } else {
      lines.push(
        `sigstore verify identity ${example} --bundle ${bundle} \\`,
        `  --cert-identity ${shellQuote(sigstore.identity)} --cert-oidc-issuer ${shellQuote(sigstore.issuer)}`
      )
    }
  }
  if (report.artifacts.some(a => a.signatures.some(s => s.method === 'authenticode'))) {
    lines.push('# Windows Authenticode', 'osslsigncode verify -in FILE.exe   # or: signtool verify /pa FILE.exe')
  }
  if (report.artifacts.some(a => a.signatures.some(s => s.method === 'codesign'))) {
    lines.push('# macOS', 'codesign --verify --strict --verbose=2 FILE', 'spctl --assess --type execute --verbose FILE')
  }
  return lines.join('\n')
}

export function buildSummary(report: Report): string {
  const methods = [...new Set(report.artifacts.flatMap(a => a.signatures.map(s => s.method)))]
  const rows = report.artifacts.map(artifact => [
    artifact.name,
    artifact.digest ? `${artifact.digest.slice(0, 16)}…` : '',
    ...methods.map(method => {
      const signature = artifact.signatures.find(s => s.method === method)
      return signature
        ? `${MARK[String(signature.verified) as keyof typeof MARK]}${signature.note ? ` (${signature.note})` : ''}`
        : ''
    })
  ])
  const sections = [
    heading('Signed artifacts'),
    markdownTable(
      ['Artifact', report.algorithm === 'none' ? 'Checksum' : report.algorithm, ...methods.map(methodTitle)],
      rows
    )
  ]
  if (report.skipped.length > 0) {
    sections.push(
      heading('Skipped', 4),
      markdownTable(
        ['Method', 'Reason'],
        report.skipped.map(s => [methodTitle(s.method), s.reason])
      )
    )
  }
  const signers: string[][] = []
  if (report.gpgKey) signers.push(['GPG', `${report.gpgKey.fingerprint} ${report.gpgKey.userId}`.trim()])
  if (report.sigstoreIdentity) {
    const { identity, issuer, repository } = report.sigstoreIdentity
    signers.push(['Sigstore', `${identity} (issuer ${issuer}${repository ? `, repository ${repository}` : ''})`])
  }
  if (signers.length > 0) sections.push(heading('Signers', 4), markdownTable(['Method', 'Identity'], signers))
  const commands = verificationCommands(report)
  if (commands) sections.push(details('How to verify', codeBlock(commands, 'sh')))
  if (report.checksumsFile && report.algorithm !== 'none') {
    const full = report.artifacts.filter(a => a.digest).map(a => [a.name, a.digest as string])
    sections.push(details(`Full ${report.algorithm} checksums`, markdownTable(['Artifact', report.algorithm], full)))
  }
  return sections.join('\n')
}
