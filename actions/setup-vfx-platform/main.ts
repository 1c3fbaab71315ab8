/**
 * setup-vfx-platform: resolve the requested VFX Reference Platform year, look at the machine, install what was
 * asked (install.ts), judge conformance, plant decoys when fuzzing (fuzz-step.ts), and hand the build the year's
 * settings (outputs, env, CMake cache). With `audit-build-dir` the step is the audit after the build instead
 * (audit-step.ts). ADR 0060.
 */
import { join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { runnerTemp } from '../../packages/toolkit/src/secrets.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { judgeConformance } from './conformance.js'
import { detectMachine, withInstalledLibraries } from './detect.js'
import { readInputs } from './inputs.js'
import { renderSummary } from './report-summary.js'
import { setSetupOutputs, writeSetupFiles } from './setup-files.js'

export async function main(): Promise<void> {
  const inputs = readInputs()
  const { platform, auditBuildDir } = inputs
  if (auditBuildDir !== undefined) {
    const { runAudit } = await import('./audit-step.js')
    return runAudit({ ...inputs, auditBuildDir })
  }
  const runner = runnerContext()
  let detection = await detectMachine(inputs.mode, platform, runner)

  const { installRequested } = await import('./install.js')
  const context = { year: platform, runner, libc: detection.libc, inputs: inputs.install }
  const installed = await installRequested(context)
  if (installed && installed.prefixPaths.length > 0)
    detection = await withInstalledLibraries(detection, installed.prefixPaths)

  const conformance = judgeConformance(platform, {
    os: detection.os,
    found: detection.found,
    container: detection.container,
    cxxStandard: inputs.cxxStandard
  })
  const fuzz =
    inputs.fuzzSeed === undefined
      ? undefined
      : await (
          await import('./fuzz-step.js')
        ).plantDecoys({
          seed: inputs.fuzzSeed,
          scope: inputs.fuzzScope,
          temp: runnerTemp(),
          os: detection.os,
          detection
        })
  const outDir = join(runnerTemp(), 'setup-vfx-platform')
  const files = writeSetupFiles(inputs, detection, conformance, installed, outDir, fuzz)
  setSetupOutputs(inputs, detection, conformance, files)
  setOutput('decoys', fuzz ? fuzz.decoys.map(d => ({ name: d.name, prefix: d.prefix, exposedBy: d.exposedBy })) : [])

  writeSummary(
    renderSummary({
      platform,
      conformance,
      check: inputs.check,
      os: detection.os,
      arch: detection.arch,
      distro: detection.distro?.prettyName,
      glibc: detection.glibc,
      cxxStandard: inputs.cxxStandard,
      cmakeCache: files.cmakeCache,
      report: files.report,
      installDir: installed?.installDir,
      fuzz
    })
  )
  if (inputs.check === 'warn')
    for (const problem of conformance.problems)
      log.warning(problem, { title: `VFX Reference Platform CY${platform.year}` })
  if (inputs.check === 'strict' && !conformance.conformant)
    throw new UserError(
      `Not conformant to VFX Reference Platform CY${platform.year}: ${conformance.problems.join(' ')}`
    )
}
