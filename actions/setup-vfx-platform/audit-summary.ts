/** The audit's job summary: the verdict, one table row per family and install, a Mermaid graph of what resolved where. Pure. */
import { details, escapeCell, heading, markdownTable, mermaid } from '../../packages/toolkit/src/summary.js'
import type { AuditResult } from './audit-judge.js'
import { kindWords } from './audit-judge.js'
import type { AuditEvidence } from './audit-types.js'

/** Text inside a Mermaid quoted label: quotes and angle brackets as entities, no line breaks. */
export function mermaidLabel(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
}

export function renderAuditGraph(result: AuditResult, buildDir: string): string {
  const lines = ['graph LR', `  build["${mermaidLabel(`build: ${buildDir}`)}"]`]
  const prefixIds = new Map<string, string>()
  const decoyNodes: string[] = []
  const badNodes: string[] = []
  result.families.forEach((family, f) => {
    if (family.prefixes.length === 0) return
    const familyId = `f${f}`
    lines.push(`  ${familyId}["${mermaidLabel(family.label)}"]`, `  build --> ${familyId}`)
    if (family.problems.length > 0) badNodes.push(familyId)
    for (const use of family.prefixes) {
      const key = `${use.prefix}\0${use.decoy ?? ''}`
      let id = prefixIds.get(key)
      if (!id) {
        id = `p${prefixIds.size}`
        prefixIds.set(key, id)
        lines.push(`  ${id}["${mermaidLabel(use.decoy ? `decoy ${use.decoy}: ${use.prefix}` : use.prefix)}"]`)
        if (use.decoy) decoyNodes.push(id)
      }
      const label = `${kindWords(use.kinds)}${use.version ? ` · ${use.version}` : ''}`
      lines.push(`  ${familyId} -- "${mermaidLabel(label)}" --> ${id}`)
    }
  })
  lines.push('  classDef decoy fill:#fdd,stroke:#c00', '  classDef problem stroke:#c00,stroke-width:2px')
  if (decoyNodes.length) lines.push(`  class ${decoyNodes.join(',')} decoy`)
  if (badNodes.length) lines.push(`  class ${badNodes.join(',')} problem`)
  return lines.join('\n')
}

export function renderAuditSummary(
  result: AuditResult,
  evidence: AuditEvidence,
  check: 'warn' | 'strict' | 'off',
  report: string,
  fuzzSeed?: number
): string {
  const verdict = result.consistent
    ? `✅ **Consistent**: every dependency comes from one install that satisfies CY${result.year}.`
    : `${check === 'strict' ? '❌' : '⚠️'} **Inconsistent**: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}\n\n` +
      result.problems.map(p => `- ${escapeCell(p)}`).join('\n')
  const rows = result.families.flatMap(family =>
    family.prefixes.map(use => [
      family.label,
      use.decoy ? `${use.prefix} (decoy ${use.decoy})` : use.prefix,
      use.version ?? '',
      family.required ?? '',
      `${kindWords(use.kinds)} (${use.count})`,
      family.problems.length === 0
        ? '✅'
        : use.decoy || (use.versionVerdict && use.versionVerdict !== 'ok')
          ? '❌'
          : '⚠️'
    ])
  )
  const table = markdownTable(
    ['Dependency', 'Install prefix', 'Version', `CY${result.year}`, 'Evidence', 'Verdict'],
    rows
  )
  const fuzz =
    fuzzSeed === undefined && result.decoysUsed.length === 0 && result.decoysAvoided.length === 0
      ? ''
      : heading('Decoys', 4) +
        markdownTable(
          ['Decoy', 'Picked up', 'Put in the way by', 'Through'],
          [
            ...result.decoysUsed.map(d => [d.decoy, '❌ yes', d.exposedBy.join(', '), d.through[0] ?? '']),
            ...result.decoysAvoided.map(name => [name, '✅ no', '', ''])
          ]
        )
  const counts = evidence.counts
  const read = markdownTable(
    ['Evidence read', 'Count'],
    [
      ['CMakeCache.txt entries', counts.cacheEntries],
      ['compile commands', counts.compileCommands],
      ['compiler dependency records', counts.dependencyFiles],
      ['link lines', counts.linkLines],
      ['binaries', counts.binaries]
    ]
  )
  return [
    heading(`Dependency audit of ${evidence.buildDir} (CY${result.year})`),
    verdict + '\n',
    table,
    mermaid(renderAuditGraph(result, evidence.buildDir)),
    fuzz,
    details(
      'Evidence read',
      read + (evidence.notes.length ? '\n' + evidence.notes.map(n => `- ${escapeCell(n)}`).join('\n') + '\n' : '')
    ),
    `JSON report: \`${report}\`\n`
  ].join('\n')
}
