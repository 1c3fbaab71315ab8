/**
 * setup-vfx-platform: resolve the requested VFX Reference Platform year, look at the machine, install what was
 * asked (install.ts, #5), judge conformance, and hand the build the year's settings (outputs, env, CMake cache).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readChoice, readString } from '../../packages/toolkit/src/inputs.js'
import { exportVariable, log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { resolveYear, type PlatformYear } from '../../packages/vfx-platform/src/index.js'
import { prefixPathsFor, renderCmakeCache } from './cmake-cache.js'
import { judgeConformance, type Conformance } from './conformance.js'
import { detectEnvironment, detectLibraries, type Detection } from './detect.js'
import { renderSummary } from './report-summary.js'

interface Settings {
  platform: PlatformYear
  mode: 'auto' | 'container' | 'host'
  check: 'warn' | 'strict' | 'off'
  cxxStandard: number
  exportEnv: boolean
}

function readSettings(): Settings {
  const platform = resolveYear(
    readString('vfx-platform', {
      required: true,
      pattern: { regex: /./, description: "a year such as 2025, CY2025, 'latest' or 'draft'" }
    })
  )
  const override = readString('cxx-standard', {
    pattern: {
      regex: /^(11|14|17|20|23|26)$/,
      description: 'one of 11, 14, 17, 20, 23, 26, or empty for the year’s own'
    }
  })
  return {
    platform,
    mode: readChoice('mode', ['auto', 'container', 'host'] as const, 'auto'),
    check: readChoice('check', ['warn', 'strict', 'off'] as const, 'warn'),
    cxxStandard: override ? Number(override) : platform.cxxStandard,
    exportEnv: readBoolean('export-env', true)
  }
}

/** After an install, the libraries under its prefixes take precedence (CMake will search them first). */
async function withInstalledLibraries(detection: Detection, prefixPaths: string[]): Promise<Detection> {
  const libraries = await detectLibraries(prefixPaths, detection.multiarch)
  return { ...detection, found: { ...detection.found, ...libraries } }
}

function reportFindings(conformance: Conformance, check: Settings['check']): void {
  if (check !== 'warn') return
  for (const problem of conformance.problems)
    log.warning(problem, { title: `VFX Reference Platform CY${conformance.year}` })
}

export async function main(): Promise<void> {
  const settings = readSettings()
  const { platform } = settings
  const runner = runnerContext()
  let detection = await detectEnvironment({ runner, env: process.env, ignoreContainer: settings.mode === 'host' })
  if (settings.mode === 'container' && !detection.container) {
    throw new UserError(
      "Input 'mode' is 'container' but this job does not run in an ASWF container (neither ASWF_VFXPLATFORM_VERSION nor ASWF_VERSION is set): " +
        `run the job in one (container: ${platform.aswf.imageVersion ? `aswf/ci-base:${platform.year}` : 'an aswf/ci-* image'}) or use mode 'auto' or 'host'.`
    )
  }
  log.info(
    `CY${platform.year} (${platform.status}); ${detection.distro?.prettyName || detection.os} ${detection.arch}` +
      (detection.glibc ? `, glibc ${detection.glibc}` : '') +
      (detection.container ? `, ASWF image ${detection.container.imageVersion}` : '')
  )

  const { installRequested } = await import('./install.js')
  const installed = await installRequested({ year: platform, runner, libc: detection.libc })
  if (installed && installed.prefixPaths.length > 0)
    detection = await withInstalledLibraries(detection, installed.prefixPaths)

  const conformance = judgeConformance(platform, {
    os: detection.os,
    found: detection.found,
    container: detection.container,
    cxxStandard: settings.cxxStandard
  })

  const outDir = join(runner.temp, 'setup-vfx-platform')
  mkdirSync(outDir, { recursive: true })
  const cmakeCache = join(outDir, `vfx-platform-${platform.year}.cmake`)
  const report = join(outDir, `vfx-platform-${platform.year}-report.json`)
  const libraryPrefixes = Object.values(detection.found).flatMap(f => (f.prefix ? [f.prefix] : []))
  writeFileSync(
    cmakeCache,
    renderCmakeCache({
      year: platform.year,
      cxxStandard: settings.cxxStandard,
      oldCxxAbi: platform.oldCxxAbi && detection.os === 'Linux' && detection.found.gcc !== undefined,
      macosDeploymentTarget: detection.os === 'macOS' ? platform.macosDeploymentTarget : undefined,
      prefixPaths: prefixPathsFor(installed?.prefixPaths ?? [], libraryPrefixes)
    })
  )
  writeFileSync(
    report,
    JSON.stringify(
      {
        vfxPlatform: platform.year,
        status: platform.status,
        date: platform.date,
        check: settings.check,
        mode: settings.mode,
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
        settings: { cxxStandard: settings.cxxStandard, python: platform.python, cmakeCache },
        install: installed ?? null
      },
      null,
      2
    ) + '\n'
  )

  setOutput('vfx-platform', platform.year)
  setOutput('status', platform.status)
  setOutput('cxx-standard', settings.cxxStandard)
  setOutput('python-version', platform.python)
  setOutput('gcc-version', platform.components.gcc?.version ?? '')
  setOutput('glibc-version', platform.components.glibc?.version ?? '')
  setOutput('cmake-version', platform.aswf.cmake ?? '')
  setOutput('macos-deployment-target', platform.macosDeploymentTarget ?? '')
  setOutput('windows-toolset', platform.msvcToolsetVersion ?? '')
  setOutput('versions', Object.fromEntries(Object.values(platform.components).map(c => [c.id, c.version])))
  setOutput('aswf-image-version', detection.container?.imageVersion ?? '')
  setOutput('conformant', conformance.conformant)
  setOutput('report', report)
  setOutput('cmake-cache', cmakeCache)

  if (settings.exportEnv) {
    exportVariable('VFX_PLATFORM', String(platform.year))
    exportVariable('CMAKE_CXX_STANDARD', String(settings.cxxStandard))
    if (detection.os === 'macOS' && platform.macosDeploymentTarget)
      exportVariable('MACOSX_DEPLOYMENT_TARGET', platform.macosDeploymentTarget)
  }

  writeSummary(
    renderSummary({
      platform,
      conformance,
      check: settings.check,
      os: detection.os,
      arch: detection.arch,
      distro: detection.distro?.prettyName,
      glibc: detection.glibc,
      cxxStandard: settings.cxxStandard,
      cmakeCache,
      report,
      installDir: installed?.installDir
    })
  )
  reportFindings(conformance, settings.check)
  if (settings.check === 'strict' && !conformance.conformant) {
    throw new UserError(
      `Not conformant to VFX Reference Platform CY${platform.year}: ${conformance.problems.join(' ')}`
    )
  }
}
