/**
 * build-matrix: reads the spec, checks it, expands it into `strategy.matrix` JSON and writes the outputs and the
 * job summary. Each problem is one annotation at its line in the spec file; the failure line counts them.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { readInputs, type SpecSource } from './inputs.js'
import type { LocatedProblem } from './pipeline.js'

export async function main(): Promise<void> {
  const inputs = readInputs()
  // Loaded only now: an input error above stays on the fast path.
  const { planMatrix, renderSummary } = await import('./pipeline-chunk.js')
  const plan = planMatrix(inputs)
  for (const p of plan.problems) annotate(inputs.source, p)
  for (const warning of plan.warnings) log.warning(warning)
  if (plan.failure) throw new UserError(plan.failure)
  const { cells, profile, expansion } = plan as Required<typeof plan>

  setOutput('matrix', { include: cells })
  setOutput('count', cells.length)
  setOutput('is-empty', cells.length === 0)
  setOutput(
    'ids',
    cells.map(c => c.id)
  )
  setOutput('profile', profile.name ?? 'full')
  log.info(`build-matrix: ${cells.length} cells, ${profile.reason} (${expansion.axesText}).`)
  writeSummary(
    renderSummary(cells, {
      source: inputs.source.label,
      profile: profile.reason,
      axesText: expansion.axesText,
      excluded: expansion.excluded,
      duplicates: expansion.duplicates
    })
  )
}

function annotate(source: SpecSource, p: LocatedProblem): void {
  const properties = { title: 'build-matrix spec', file: source.file, startLine: p.at.line, startColumn: p.at.column }
  log[p.severity](source.file ? p.text : `${p.text} (${source.label}, line ${p.at.line})`, properties)
}
