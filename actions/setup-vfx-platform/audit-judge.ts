/**
 * Judges the audit's evidence, pure: per family, which installs the build used at compile, link and load time,
 * whether that is one install, whether its version satisfies the platform year (the conformance rules), and
 * whether any of it is a decoy the fuzz step planted. Every problem is one sentence naming the evidence.
 */
import { satisfies, type PlatformYear } from '../../packages/vfx-platform/src/index.js'
import type { AuditEvidence, Evidence, EvidenceKind } from './audit-types.js'
import { versionKey } from './audit-types.js'
import { describeRequirement } from './conformance.js'
import type { Decoy } from './decoys.js'
import { FAMILY_BY_ID } from './dependency-families.js'

export interface PrefixUse {
  prefix: string
  kinds: EvidenceKind[]
  version?: string
  versionWhere?: string
  versionVerdict?: 'ok' | 'older' | 'newer'
  /** The decoy this prefix (or these files) belong to. */
  decoy?: string
  /** A few of the records that show it, for people. */
  sources: string[]
  count: number
}

export interface FamilyVerdict {
  id: string
  label: string
  required?: string
  prefixes: PrefixUse[]
  problems: string[]
}

export interface DecoyUse {
  decoy: string
  family: string
  exposedBy: string[]
  /** The evidence records that reached it. */
  through: string[]
}

export interface AuditResult {
  year: number
  consistent: boolean
  families: FamilyVerdict[]
  problems: string[]
  decoysUsed: DecoyUse[]
  decoysAvoided: string[]
}

const BUILD_KINDS: EvidenceKind[] = ['cmake-package', 'cache-entry', 'include-dir', 'header', 'link']
const KIND_WORDS: Record<EvidenceKind, string> = {
  'cmake-package': 'CMake package',
  'cache-entry': 'cache entry',
  'include-dir': 'include folder',
  header: 'headers',
  link: 'link',
  runtime: 'load'
}

export function kindWords(kinds: EvidenceKind[]): string {
  return kinds.map(k => KIND_WORDS[k]).join(', ')
}

function dirname(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/'
}

/** The decoy an evidence path belongs to: inside its prefix (runner-temp decoys own theirs), or one of its files. */
export function decoyOf(path: string, decoys: Decoy[]): Decoy | undefined {
  for (const decoy of decoys) {
    if (decoy.prefix !== '/usr/local' && (path === decoy.prefix || path.startsWith(decoy.prefix + '/'))) return decoy
    const files = [
      ...decoy.files.map(f => `${decoy.prefix}/${f.path}`),
      ...decoy.libraries.flatMap(l => [
        `${decoy.prefix}/${l.path}`,
        ...l.links.map(n => `${dirname(`${decoy.prefix}/${l.path}`)}/${n}`)
      ])
    ]
    if (files.includes(path) || files.some(f => dirname(f) === path)) return decoy
  }
  return undefined
}

function judgeVersion(
  version: string,
  platform: PlatformYear,
  family: string
): { verdict: 'ok' | 'older' | 'newer'; required: string } | undefined {
  const requirement = platform.components[family]
  if (!requirement) return undefined
  try {
    return { verdict: satisfies(version, requirement), required: describeRequirement(requirement) }
  } catch {
    return undefined // not a version: reported, not judged
  }
}

export function judgeAudit(evidence: AuditEvidence, platform: PlatformYear, decoys: Decoy[]): AuditResult {
  const byFamily = new Map<string, Evidence[]>()
  for (const item of evidence.evidence) byFamily.set(item.family, [...(byFamily.get(item.family) ?? []), item])
  const families: FamilyVerdict[] = []
  const used = new Map<string, DecoyUse>()
  for (const [id, all] of byFamily) {
    const strong = all.filter(e => !e.weak)
    if (strong.length === 0) continue // only the compiler's default folders: the build does not use it
    const items = all
    const family = FAMILY_BY_ID.get(id)
    const label = family?.label ?? id
    const prefixes = new Map<string, PrefixUse>()
    for (const item of items) {
      const use = prefixes.get(item.prefix) ?? { prefix: item.prefix, kinds: [], sources: [], count: 0 }
      if (!use.kinds.includes(item.kind)) use.kinds.push(item.kind)
      use.count++
      if (use.sources.length < 3) use.sources.push(`${item.source}: ${item.path}`)
      const decoy = decoyOf(item.path, decoys)
      if (decoy) {
        use.decoy = decoy.name
        const record = used.get(decoy.name) ?? {
          decoy: decoy.name,
          family: id,
          exposedBy: decoy.exposedBy,
          through: []
        }
        if (record.through.length < 5) record.through.push(`${item.source}: ${item.path}`)
        used.set(decoy.name, record)
      }
      prefixes.set(item.prefix, use)
    }
    const problems: string[] = []
    let required: string | undefined
    for (const use of prefixes.values()) {
      const stated = evidence.versions[versionKey(id, use.prefix)]
      if (!stated) continue
      use.version = stated.version
      use.versionWhere = stated.where
      const judged = judgeVersion(stated.version, platform, id)
      if (!judged) continue
      required = judged.required
      use.versionVerdict = judged.verdict
      if (judged.verdict !== 'ok')
        problems.push(
          `${label} ${stated.version} from ${use.prefix} (${kindWords(use.kinds)}) is ${judged.verdict} than CY${platform.year} allows (${judged.required}); ${stated.where} says so.`
        )
    }
    const list = [...prefixes.values()]
    const buildSide = list.filter(u => u.kinds.some(k => BUILD_KINDS.includes(k)))
    if (buildSide.length > 1)
      problems.unshift(
        `${label} comes from ${buildSide.length} installs at build time, not one: ` +
          buildSide
            .map(u => `${u.prefix} (${kindWords(u.kinds.filter(k => k !== 'runtime'))}; ${u.sources[0]})`)
            .join('; ') +
          '.'
      )
    const buildPrefixes = new Set(buildSide.map(u => u.prefix))
    const loadOnly = list.filter(u => u.kinds.includes('runtime') && !buildPrefixes.has(u.prefix))
    if (buildPrefixes.size > 0)
      for (const use of loadOnly) {
        const record = items.find(e => e.kind === 'runtime' && e.prefix === use.prefix) as Evidence
        problems.unshift(
          `${label} is resolved from another install at load time: ${record.source} → ${record.path}, but the build used ${[...buildPrefixes].join(', ')}.`
        )
      }
    else if (loadOnly.length > 1)
      problems.unshift(
        `${label} is loaded from ${loadOnly.length} installs: ${loadOnly.map(u => u.prefix).join(', ')}.`
      )
    for (const use of list)
      if (use.decoy) {
        const decoy = decoys.find(d => d.name === use.decoy) as Decoy
        problems.unshift(
          `${label}: the build picked up decoy ${decoy.name} (${decoy.description}; put in the way by ${decoy.exposedBy.join(', ') || 'its location'}) through ${use.sources[0]}.`
        )
      }
    families.push({ id, label, required, prefixes: list, problems })
  }
  for (const missing of evidence.unresolved)
    families.push({
      id: `unresolved:${missing.name}`,
      label: missing.name,
      prefixes: [],
      problems: [`${missing.binary} needs ${missing.name}, which the loader would not find.`]
    })
  families.sort((a, b) => a.label.localeCompare(b.label))
  const problems = families.flatMap(f => f.problems)
  return {
    year: platform.year,
    consistent: problems.length === 0,
    families,
    problems,
    decoysUsed: [...used.values()],
    decoysAvoided: decoys.filter(d => !used.has(d.name)).map(d => d.name)
  }
}
