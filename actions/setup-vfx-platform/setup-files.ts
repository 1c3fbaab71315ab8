/**
 * What the setup step hands the build: the CMake initial-cache file and the JSON conformance report, written under
 * RUNNER_TEMP/setup-vfx-platform, and the step's outputs and environment.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { exportVariable, setOutput } from '../../packages/toolkit/src/runner.js'
import { prefixPathsFor, renderCmakeCache } from './cmake-cache.js'
import type { Conformance } from './conformance.js'
import type { Detection } from './detect.js'
import type { FuzzManifest } from './fuzz-step.js'
import type { Inputs } from './inputs.js'

export interface Installed {
  installDir: string
  prefixPaths: string[]
}

export interface SetupFiles {
  cmakeCache: string
  report: string
}

export function writeSetupFiles(
  inputs: Inputs,
  detection: Detection,
  conformance: Conformance,
  installed: Installed | undefined,
  outDir: string,
  fuzz?: FuzzManifest
): SetupFiles {
  const { platform } = inputs
  mkdirSync(outDir, { recursive: true })
  const cmakeCache = join(outDir, `vfx-platform-${platform.year}.cmake`)
  const report = join(outDir, `vfx-platform-${platform.year}-report.json`)
  const libraryPrefixes = Object.values(detection.found).flatMap(f => (f.prefix ? [f.prefix] : []))
  writeFileSync(
    cmakeCache,
    renderCmakeCache({
      year: platform.year,
      cxxStandard: inputs.cxxStandard,
      oldCxxAbi: platform.oldCxxAbi && detection.os === 'Linux' && detection.found.gcc !== undefined,
      macosDeploymentTarget: detection.os === 'macOS' ? platform.macosDeploymentTarget : undefined,
      prefixPaths: prefixPathsFor(installed?.prefixPaths ?? [], libraryPrefixes),
      modulePath: fuzz?.modulePath
    })
  )
  writeFileSync(
    report,
    JSON.stringify(
      {
        vfxPlatform: platform.year,
        status: platform.status,
        date: platform.date,
        check: inputs.check,
        mode: inputs.mode,
        conformant: conformance.conformant,
        problems: conformance.problems,
        container: conformance.container ?? null,
        machine: {
          os: detection.os,
          arch: detection.arch,
          distro: detection.distro ?? null,
          glibc: detection.glibc ?? null,
          prefixes: detection.prefixes
        },
        components: conformance.rows,
        settings: { cxxStandard: inputs.cxxStandard, python: platform.python, cmakeCache },
        install: installed ?? null,
        fuzz: fuzz
          ? {
              seed: fuzz.seed,
              scope: fuzz.scope,
              root: fuzz.root,
              env: fuzz.env,
              decoys: fuzz.decoys.map(d => ({
                name: d.name,
                family: d.family,
                version: d.version,
                prefix: d.prefix,
                exposedBy: d.exposedBy
              }))
            }
          : null
      },
      null,
      2
    ) + '\n'
  )
  return { cmakeCache, report }
}

export function setSetupOutputs(
  inputs: Inputs,
  detection: Detection,
  conformance: Conformance,
  files: SetupFiles
): void {
  const { platform } = inputs
  setOutput('vfx-platform', platform.year)
  setOutput('status', platform.status)
  setOutput('cxx-standard', inputs.cxxStandard)
  setOutput('python-version', platform.python)
  setOutput('gcc-version', platform.components.gcc?.version ?? '')
  setOutput('glibc-version', platform.components.glibc?.version ?? '')
  setOutput('cmake-version', platform.aswf.cmake ?? '')
  setOutput('macos-deployment-target', platform.macosDeploymentTarget ?? '')
  setOutput('windows-toolset', platform.msvcToolsetVersion ?? '')
  setOutput('versions', Object.fromEntries(Object.values(platform.components).map(c => [c.id, c.version])))
  setOutput('aswf-image-version', detection.container?.imageVersion ?? '')
  setOutput('conformant', conformance.conformant)
  setOutput('report', files.report)
  setOutput('cmake-cache', files.cmakeCache)
  if (inputs.exportEnv) {
    exportVariable('VFX_PLATFORM', String(platform.year))
    exportVariable('CMAKE_CXX_STANDARD', String(inputs.cxxStandard))
    if (detection.os === 'macOS' && platform.macosDeploymentTarget)
      exportVariable('MACOSX_DEPLOYMENT_TARGET', platform.macosDeploymentTarget)
  }
}
