/**
 * Version comparison for the platform's mixed spellings: '3.1.x', '3_3_3', '2020_u2', '1.5s', '14.2.x'.
 * A version is its runs of digits; 'x' ends the precision. Comparisons are done to the precision of the
 * requirement, so '1.85' matches '1.85.0' and '3.1.x' matches '3.1.5'.
 */
import type { Requirement } from './types.js'

export type Verdict = 'ok' | 'older' | 'newer'

/** The numeric parts of a version, up to the first 'x' (wildcard). */
export function versionParts(version: string): number[] {
  const parts: number[] = []
  for (const token of version.trim().split(/[._\-\s]+/)) {
    if (/^x$/i.test(token) || token === '*') break
    const digits = /\d+/.exec(token)
    if (!digits) continue
    parts.push(Number(digits[0]))
  }
  return parts
}

/** Compares `a` and `b` over the first `precision` parts (missing parts count as 0). */
export function compareParts(a: number[], b: number[], precision = Math.max(a.length, b.length)): number {
  for (let i = 0; i < precision; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff < 0 ? -1 : 1
  }
  return 0
}

export function compareVersions(a: string, b: string): number {
  return compareParts(versionParts(a), versionParts(b))
}

/** Whether a found version meets a requirement, honouring its semantics. */
export function satisfies(
  found: string,
  requirement: Pick<Requirement, 'version' | 'semantics' | 'floor' | 'alternatives'>
): Verdict {
  const verdict = satisfiesOne(found, requirement)
  if (verdict === 'ok' || !requirement.alternatives) return verdict
  const alternative = requirement.alternatives.some(
    version => satisfiesOne(found, { version, semantics: requirement.semantics }) === 'ok'
  )
  return alternative ? 'ok' : verdict
}

function satisfiesOne(found: string, requirement: Pick<Requirement, 'version' | 'semantics' | 'floor'>): Verdict {
  const have = versionParts(found)
  const want = versionParts(requirement.version)
  if (have.length === 0) throw new Error(`'${found}' is not a version`)
  const cmp = compareParts(have, want, want.length)
  const verdict: Verdict = cmp < 0 ? 'older' : cmp > 0 ? 'newer' : 'ok'
  switch (requirement.semantics) {
    case 'minimum':
      return cmp < 0 ? 'older' : 'ok'
    case 'maximum':
      return cmp > 0 ? 'newer' : 'ok'
    case 'series':
    case 'exact':
      if (verdict === 'ok' && requirement.floor && compareVersions(found, requirement.floor) < 0) return 'older'
      return verdict
  }
}

/** major.minor of a version ('3.11.13' → '3.11'). */
export function majorMinor(version: string): string {
  return versionParts(version).slice(0, 2).join('.')
}
