/** The job summary: a year × OS grid to read at a glance, then every cell in a table. */
import { details, escapeCell, heading, markdownTable } from '../../packages/toolkit/src/summary.js'
import { OSES } from './compilers.js'
import type { MatrixCell } from './spec-types.js'

export interface SummaryFacts {
  source: string
  profile: string
  axesText: string
  excluded: number
  duplicates: number
}

export function renderSummary(cells: MatrixCell[], facts: SummaryFacts): string {
  const gpu = cells.filter(c => c.gpu).length
  const legacy = cells.filter(c => c['legacy-glibc']).length
  const lines = [
    heading(`build-matrix: ${cells.length} job${cells.length === 1 ? '' : 's'}`),
    `From ${escapeCell(facts.source)}, ${escapeCell(facts.profile)}. Axes: ${escapeCell(facts.axesText)}; ` +
      `${facts.excluded} excluded, ${facts.duplicates} duplicate${facts.duplicates === 1 ? '' : 's'} removed` +
      `${gpu ? `, ${gpu} on GPU` : ''}${legacy ? `, ${legacy} in legacy-glibc containers (no node24 actions inside)` : ''}.\n`
  ]
  if (cells.length === 0)
    return lines.join('\n') + '\nThe matrix is empty: jobs using it should be skipped (`is-empty`).\n'
  lines.push(yearByOsGrid(cells))
  lines.push(
    details(
      `All ${cells.length} cells`,
      markdownTable(
        ['id', 'runs-on', 'container', 'compiler', 'C++', 'Python', 'build type', 'GPU'],
        cells.map(c => [
          c.id,
          Array.isArray(c['runs-on']) ? c['runs-on'].join(', ') : c['runs-on'],
          c.container || '–',
          c.compiler,
          c['cxx-standard'],
          c['python-version'],
          c['build-type'],
          c.gpu ? 'yes' : ''
        ])
      )
    )
  )
  return lines.join('\n')
}

/** Rows: platform years; columns: the OSes used; each cell lists its compilers with counts. */
export function yearByOsGrid(cells: MatrixCell[]): string {
  const years = [...new Set(cells.map(c => c['vfx-platform']))].sort((a, b) => (a ?? 0) - (b ?? 0))
  const oses = OSES.filter(os => cells.some(c => c.os === os))
  const rows = years.map(year => [
    year === null ? 'no year' : `CY${year}`,
    ...oses.map(os => {
      const here = cells.filter(c => c['vfx-platform'] === year && c.os === os)
      if (here.length === 0) return '–'
      const counts = new Map<string, number>()
      for (const c of here) counts.set(c.compiler, (counts.get(c.compiler) ?? 0) + 1)
      const gpu = here.some(c => c.gpu) ? ' (GPU)' : ''
      return [...counts].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ') + gpu
    })
  ])
  return markdownTable(['year', ...oses], rows)
}
