/**
 * build-matrix: reads the spec, checks it, expands it into `strategy.matrix` JSON and writes the outputs and the
 * job summary. Problems are annotated at their line in the spec file.
 */
import { log, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { readInputs } from './inputs.js'

export async function main(): Promise<void> {
  const inputs = readInputs()
  // Loaded only now: an input error above stays on the fast path.
  const { readSpec, chooseProfile, expandMatrix, checkSize, renderSummary } = await import('./pipeline.js')
  const read = readSpec(inputs.source)
  const { spec } = read
  const profile = chooseProfile(inputs.profile, inputs.eventName, Object.keys(spec.profiles ?? {}))
  const expansion = expandMatrix(spec, { profile: profile.name })
  const { cells, warnings } = checkSize(expansion, inputs, read, profile.reason)
  for (const warning of warnings) log.warning(warning)

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
