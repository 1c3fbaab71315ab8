/**
 * Which identity a Sigstore certificate carries, and so which identity the printed verify commands must name.
 * Pure. Fulcio's GitHub Actions principal puts `https://github.com/<job_workflow_ref>` in the certificate's
 * Subject Alternative Name: the workflow file whose job ran, which inside a reusable workflow is the reusable
 * workflow (`aswf/ci-actions/.github/workflows/release-sign.yml@refs/tags/v1`), not the caller's. The caller's
 * repository is in the certificate too (OID 1.3.6.1.4.1.57264.1.5), and a verifier must check it: every
 * repository that calls the same reusable workflow gets the same SAN.
 */

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com'
/** Fulcio's GitHub Workflow Repository extension (raw bytes of `owner/repo`; cosign's `--certificate-github-workflow-repository`). */
export const REPOSITORY_OID = '1.3.6.1.4.1.57264.1.5'

export interface SigstoreIdentity {
  /** The certificate's SAN, exactly (cosign `--certificate-identity`). */
  identity: string
  /** The OIDC issuer (cosign `--certificate-oidc-issuer`). */
  issuer: string
  /** `owner/repo` the workflow ran for, when the token is GitHub's. */
  repository?: string
}

export function tokenClaims(token: string): Record<string, unknown> {
  try {
    const claims: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'))
    return claims && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

/** The identity Fulcio certifies for this token; `serverUrl` is GITHUB_SERVER_URL (github.com). */
export function expectedIdentity(claims: Record<string, unknown>, serverUrl = 'https://github.com'): SigstoreIdentity {
  const issuer = text(claims.iss)
  const jobWorkflowRef = text(claims.job_workflow_ref)
  const repository = text(claims.repository)
  if (jobWorkflowRef) {
    return {
      identity: `${serverUrl.replace(/\/+$/, '')}/${jobWorkflowRef}`,
      issuer,
      ...(repository ? { repository } : {})
    }
  }
  return { identity: text(claims.email) || text(claims.sub), issuer }
}

export interface CertificateIdentity {
  subjectAlternativeName?: string
  extensions?: { issuer?: string }
  oids?: { oid?: { id: number[] }; value: Uint8Array }[]
}

/** Why a certificate's identity differs from the expected one, or undefined when it matches exactly. */
export function identityMismatch(
  expected: SigstoreIdentity,
  found: CertificateIdentity | undefined
): string | undefined {
  const san = found?.subjectAlternativeName
  if (san !== expected.identity) return `the certificate names ${san ?? 'no identity'}, not ${expected.identity}`
  const issuer = found?.extensions?.issuer
  if (issuer !== expected.issuer) return `the certificate's issuer is ${issuer ?? 'missing'}, not ${expected.issuer}`
  if (expected.repository) {
    const oid = found?.oids?.find(o => o.oid?.id.join('.') === REPOSITORY_OID)
    const repository = oid ? Buffer.from(oid.value).toString('utf8') : undefined
    if (repository !== expected.repository)
      return `the certificate's repository is ${repository ?? 'missing'}, not ${expected.repository}`
  }
  return undefined
}
