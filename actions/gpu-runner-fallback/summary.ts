/** The job summaries of both modes, as pure Markdown builders (the step writes them once with writeSummary). */
import { escapeCell, heading, markdownTable, mermaid, details } from '../../packages/toolkit/src/summary.js'
import type { Availability } from './availability.js'
import { labelsText, sourceName, type SelectResult } from './decide.js'
import type { RepoContext } from './event-context.js'
import type { ProbeFindings, ProbeResult } from './probe-gpu.js'
import type { PlannedCell } from './route-matrix.js'

export interface SelectSummaryInput {
  result: SelectResult
  context: RepoContext
  gpuRunner: string[]
  search?: Availability
  requests: number
  checked: boolean
}

const DECISION_TITLE = {
  gpu: '🟢 GPU runner',
  primary: '🟢 Primary runner',
  fallback: '🟡 Fallback runner',
  skip: '⚪ GPU job skipped'
}

export function selectSummary(input: SelectSummaryInput): string {
  const { result, context } = input
  const title = result.fail ? '🔴 No GPU runner (on-unavailable: fail)' : DECISION_TITLE[result.decision]
  const event = `${context.eventName} (${context.trust.trusted ? 'trusted' : 'untrusted'}: ${context.trust.reason})`
  const rows: string[][] = [
    ['Decision', result.fail ? 'fail' : result.decision],
    ['runs-on', labelsText(result.runsOn)],
    ['Why', result.reason],
    ['Repository', `${context.owner}/${context.repo}`],
    ['Event', event],
    ['Availability', input.checked ? `checked with the REST API (${input.requests} request(s))` : 'not checked']
  ]
  const sections = [heading(`gpu-runner-fallback: ${title}`), markdownTable(['', ''], rows)]
  sections.push(
    mermaid(
      [
        'flowchart LR',
        `  select["select: ${mermaidText(labelsText(input.gpuRunner))}"] --> ${result.gpu ? 'gpu' : 'other'}`,
        result.gpu
          ? `  gpu["GPU job on ${mermaidText(labelsText(result.runsOn))}"]`
          : result.decision === 'skip'
            ? '  other["GPU job skipped"]'
            : `  other["job on ${mermaidText(labelsText(result.runsOn))}"]`
      ].join('\n')
    )
  )
  if (input.search && input.search.results.length > 0) {
    const table = markdownTable(
      ['Source', 'Usable', 'Busy', 'Offline', 'Not Ready', 'Group not usable', 'Result'],
      input.search.results.map(r => [
        sourceName(r.source),
        r.tally.usable,
        r.tally.busy,
        r.tally.offline,
        r.tally['not-ready'],
        r.tally.hidden,
        r.error ?? (input.search?.found?.source === r.source ? `found '${input.search.found.name}'` : 'listed')
      ])
    )
    sections.push(details('Runners checked', table))
  }
  return sections.join('\n')
}

/** The plan of a matrix: how many cells take each route and mode, then every cell. */
export function planSummary(cells: PlannedCell[]): string {
  const count = (pick: (cell: PlannedCell) => string) => {
    const counts = new Map<string, number>()
    for (const cell of cells) counts.set(pick(cell), (counts.get(pick(cell)) ?? 0) + 1)
    return [...counts].map(([value, n]) => `${n} ${value}`).join(', ')
  }
  const sections = [
    heading(`Plan of ${cells.length} cell${cells.length === 1 ? '' : 's'}`, 4),
    markdownTable(
      ['', ''],
      [
        ['GPU route', count(cell => cell['gpu-route'])],
        ['Mode', count(cell => cell.mode)]
      ]
    )
  ]
  if (cells.length > 0) {
    const rows = cells.map(cell => [
      cell.id,
      labelsText(typeof cell['runs-on'] === 'string' ? [cell['runs-on']] : cell['runs-on']),
      cell.container || (cell.image ? `host (docker: ${cell.image})` : '–'),
      cell['gpu-route'],
      cell['gpu-probe'],
      cell.mode
    ])
    sections.push(
      details(
        `All ${cells.length} cells`,
        markdownTable(['id', 'runs-on', 'container', 'GPU route', 'GPU probe', 'mode'], rows)
      )
    )
  }
  return sections.join('\n')
}

function mermaidText(text: string): string {
  return escapeCell(text).replace(/"/g, '#quot;')
}

export function probeSummary(result: ProbeResult, findings: ProbeFindings, required: boolean): string {
  const title = result.available ? '🟢 GPU available' : required ? '🔴 No usable GPU (required)' : '⚪ No usable GPU'
  const sections = [heading(`gpu-runner-fallback probe: ${title}`), `${escapeCell(result.reason)}\n`]
  if (result.verdicts.length > 0) {
    sections.push(
      markdownTable(
        ['#', 'Name', 'Memory (MiB)', 'Compute capability', 'Driver', 'Usable'],
        result.verdicts.map(({ device, problems }) => [
          device.index,
          device.name,
          device.memoryMb ?? '?',
          device.computeCapability ?? '?',
          device.driverVersion ?? findings.driverVersion ?? '?',
          problems.length === 0 ? 'yes' : `no: ${problems.join(', ')}`
        ])
      )
    )
  }
  const facts = [
    ['Vendor', result.vendor],
    ['Driver', result.driverVersion || 'n/a'],
    ['Newest CUDA the driver supports', result.cudaVersion || 'n/a'],
    ['Source', findings.source]
  ]
  sections.push(markdownTable(['', ''], facts))
  return sections.join('\n')
}
