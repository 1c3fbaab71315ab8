/** The job summary: the verdict at a glance, the conformance table, a picture of the verdicts, the settings. Pure. */
import { details, escapeCell, heading, markdownTable, mermaid } from '../../packages/toolkit/src/summary.js'
import type { PlatformYear } from '../../packages/vfx-platform/src/index.js'
import type { Conformance, RowVerdict } from './conformance.js'
import type { FuzzManifest } from './fuzz-step.js'

const ICON: Record<RowVerdict, string> = {
  ok: '✅ ok',
  older: '⬇️ older',
  newer: '⬆️ newer',
  missing: '❌ missing',
  'not applicable': '➖ not applicable',
  'not checked': '❔ not checked',
  configured: '⚙️ configured',
  'not specified': 'ℹ️ not specified'
}

export interface SummaryInput {
  platform: PlatformYear
  conformance: Conformance
  check: 'warn' | 'strict' | 'off'
  os: string
  arch: string
  distro?: string
  glibc?: string
  cxxStandard: number
  cmakeCache: string
  report: string
  installDir?: string
  fuzz?: FuzzManifest
}

export function renderSummary(input: SummaryInput): string {
  const { platform, conformance } = input
  const title = `VFX Reference Platform CY${platform.year} (${platform.status}, ${platform.date})`
  const machine = [input.distro ?? input.os, input.arch, input.glibc ? `glibc ${input.glibc}` : '']
    .filter(Boolean)
    .join(', ')
  const verdict = conformance.conformant
    ? `✅ **Conformant** to CY${platform.year} on ${escapeCell(machine)}.`
    : `${input.check === 'strict' ? '❌' : '⚠️'} **Not conformant** to CY${platform.year} on ${escapeCell(machine)}: ` +
      `${conformance.problems.length} problem${conformance.problems.length === 1 ? '' : 's'}` +
      (input.check === 'off' ? ' (check: off)' : '') +
      '\n\n' +
      conformance.problems.map(p => `- ${escapeCell(p)}`).join('\n')
  const container = conformance.container
    ? `\nASWF container: image \`${conformance.container.imageVersion}\`` +
      (conformance.container.year ? ` (CY${conformance.container.year})` : '') +
      (conformance.container.oldNames.length
        ? `, built before the variable renames (${conformance.container.oldNames.join(', ')})`
        : '') +
      '.\n'
    : ''
  const legacy = platform.legacyGlibc
    ? `\n> CY${platform.year} ASWF images are CentOS 7 (glibc 2.17): JavaScript actions on node24 cannot start inside them. ` +
      'Run this action on the host, or see the README for building legacy years.\n'
    : ''
  const table = markdownTable(
    ['Component', `CY${platform.year}`, 'Found', 'Verdict', 'Where'],
    conformance.rows.map(row => [row.label, row.required, row.found ?? '', ICON[row.verdict], row.where ?? ''])
  )
  const counts = new Map<RowVerdict, number>()
  for (const row of conformance.rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1)
  const pie = mermaid(
    [
      `pie showData title CY${platform.year} components`,
      ...[...counts].map(([verdict, n]) => `  "${verdict}" : ${n}`)
    ].join('\n')
  )
  const settings = markdownTable(
    ['Setting', 'Value'],
    [
      ['C++ standard', `C++${input.cxxStandard}`],
      ['Python', platform.python],
      ['CMake (ASWF images)', platform.aswf.cmake ?? 'none yet'],
      ['CMake initial cache', `cmake -C ${input.cmakeCache}`],
      ['JSON report', input.report],
      ...(input.installDir ? [['Installed into', input.installDir]] : [])
    ]
  )
  const sources = details(
    'Sources',
    markdownTable(
      ['Component', 'Source'],
      conformance.rows.filter(row => row.source).map(row => [row.label, row.source as string])
    ) + (platform.aswf.source ? `\nASWF image facts: ${escapeCell(platform.aswf.source)}\n` : '')
  )
  const fuzz = input.fuzz
    ? heading(`Fuzz seed ${input.fuzz.seed}: decoys planted`, 4) +
      markdownTable(
        ['Decoy', 'Prefix', 'Put in the way by'],
        input.fuzz.decoys.map(d => [`${d.name}: ${d.description}`, d.prefix, d.exposedBy.join(', ')])
      ) +
      `\nRe-run with \`fuzz: ${input.fuzz.seed}\` to plant the same decoys; audit the build with \`audit-build-dir\`.\n`
    : ''
  return [
    heading(title),
    verdict + '\n',
    container,
    legacy,
    table,
    pie,
    heading('Build settings', 4),
    settings,
    fuzz,
    sources
  ].join('\n')
}
