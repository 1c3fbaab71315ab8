/**
 * What the action did, as plain data, and the job summary built from it: every artifact with its checksum,
 * its signatures and their verification, the methods skipped and why, and the commands an end user runs to
 * verify the release themselves.
 */
import { codeBlock, details, heading, markdownTable } from '../../packages/toolkit/src/summary.js'
import { methodTitle, type Method, type Skip } from './plan.js'

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
  sigstoreIdentity?: string
  /** `owner/repo`, for the cosign/gh verification commands. */
  repository: string
}

const MARK = { true: '✅ verified', false: '❌ failed', 'not checked': '➖ not checked' } as const

export function verificationCommands(report: Report): string {
  const lines: string[] = []
  const example = report.artifacts.find(a => !a.name.endsWith('SUMS'))?.name ?? 'FILE'
  if (report.checksumsFile && report.algorithm !== 'none') {
    lines.push(
      `# Checksums (in the folder holding ${report.checksumsFile})`,
      `${report.algorithm}sum -c ${report.checksumsFile}`
    )
  }
  if (report.gpgKey) {
    lines.push(
      '# GPG',
      `gpg --recv-keys ${report.gpgKey.fingerprint}  # or import the project's published key`,
      `gpg --verify ${example}.asc ${example}`
    )
  }
  if (report.sigstoreIdentity !== undefined) {
    lines.push(
      '# Sigstore',
      `cosign verify-blob ${example} --bundle ${example}.sigstore.json \\`,
      `  --certificate-identity-regexp '^https://github.com/${report.repository}/' \\`,
      '  --certificate-oidc-issuer https://token.actions.githubusercontent.com'
    )
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
  if (report.sigstoreIdentity) signers.push(['Sigstore', report.sigstoreIdentity])
  if (signers.length > 0) sections.push(heading('Signers', 4), markdownTable(['Method', 'Identity'], signers))
  const commands = verificationCommands(report)
  if (commands) sections.push(details('How to verify', codeBlock(commands, 'sh')))
  if (report.checksumsFile && report.algorithm !== 'none') {
    const full = report.artifacts.filter(a => a.digest).map(a => [a.name, a.digest as string])
    sections.push(details(`Full ${report.algorithm} checksums`, markdownTable(['Artifact', report.algorithm], full)))
  }
  return sections.join('\n')
}
