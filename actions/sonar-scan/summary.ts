/** The job summary: what was analysed, with which settings, the links and the gate, readable at a glance. */
import { details, heading, markdownTable } from '../../packages/toolkit/src/summary.js'
import type { CoverageTotals } from './generic-coverage.js'

export interface ScanSummary {
  projectKey: string
  hostUrl: string
  analysed: string
  scanner: { version: string; platform: string; source: string }
  compileCommands?: string
  coverage: { mode: string; detail: string; totals?: CoverageTotals }
  dashboardUrl?: string
  taskUrl?: string
  gate?: { status: string; failedConditions: string[] }
  scannerMs?: number
  argv: string[]
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`
}

const GATE_ICON: Record<string, string> = { OK: '✅ OK', ERROR: '❌ ERROR', NONE: '➖ NONE (no gate for this project)' }

export function renderScanSummary(s: ScanSummary): string {
  const rows: (string | number)[][] = [
    ['Project', s.projectKey || '(from sonar-project.properties)'],
    ['Server', s.hostUrl],
    ['Analysed', s.analysed],
    ['Scanner', `${s.scanner.version} ${s.scanner.platform} (${s.scanner.source})`],
    ['Compile commands', s.compileCommands ?? 'not used'],
    ['Coverage', `${s.coverage.mode}: ${s.coverage.detail}`]
  ]
  if (s.coverage.totals) {
    const t = s.coverage.totals
    rows.push([
      'Lines covered',
      `${t.coveredLines} / ${t.lines} (${percent(t.coveredLines, t.lines)}) in ${t.files} files`
    ])
    if (t.branches)
      rows.push([
        'Branches covered',
        `${t.coveredBranches} / ${t.branches} (${percent(t.coveredBranches, t.branches)})`
      ])
  }
  if (s.dashboardUrl) rows.push(['Dashboard', s.dashboardUrl])
  if (s.taskUrl) rows.push(['Background task', s.taskUrl])
  rows.push(['Quality gate', s.gate ? (GATE_ICON[s.gate.status] ?? s.gate.status) : 'not waited for'])
  if (s.scannerMs !== undefined) rows.push(['Scanner run time', `${(s.scannerMs / 1000).toFixed(1)} s`])
  const failed = s.gate?.failedConditions.length
    ? '\n**Failed conditions**\n\n' + s.gate.failedConditions.map(c => `- ${c}`).join('\n') + '\n'
    : ''
  return (
    heading('SonarQube analysis') +
    '\n' +
    markdownTable(['', ''], rows) +
    failed +
    '\n' +
    details(
      'Scanner arguments',
      markdownTable(
        ['#', 'argument'],
        s.argv.map((arg, i) => [i + 1, arg])
      )
    )
  )
}

export function renderSkippedSummary(analysed: string, reason: string): string {
  return (
    heading('SonarQube analysis skipped') +
    '\n' +
    markdownTable(
      ['', ''],
      [
        ['Analysed', analysed],
        ['Reason', reason]
      ]
    )
  )
}
