/**
 * The audit step (after the build): gathers the build directory's evidence, judges it against the platform year
 * and the decoys the fuzz step of this job planted (if any), and reports: JSON report, outputs, job summary,
 * warnings or a failed step.
 */
import { existsSync, readFileSync, realpathSync, writeFileSync, mkdirSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { runnerTemp } from '../../packages/toolkit/src/secrets.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { gatherEvidence, type ForeignBinaries } from './audit-evidence.js'
import { chooseTool, readForeignDependencies } from './foreign-binaries.js'
import { dyldSearch } from './foreign-load-path.js'
import { multiarchDirs } from './detect.js'
import { judgeAudit } from './audit-judge.js'
import { renderAuditSummary } from './audit-summary.js'
import type { Decoy } from './decoys.js'
import { fuzzManifestPath, type FuzzManifest } from './fuzz-step.js'
import type { Inputs } from './inputs.js'
import { splitLdLibraryPath, systemLibraryDirs } from './load-path.js'

function realpath(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

/** The decoys this job's fuzz step planted, with their prefixes in canonical form. */
function plantedDecoys(temp: string): { seed?: number; decoys: Decoy[] } {
  const path = fuzzManifestPath(temp)
  if (!existsSync(path)) return { decoys: [] }
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as FuzzManifest
    return { seed: manifest.seed, decoys: manifest.decoys.map(d => ({ ...d, prefix: realpath(d.prefix) })) }
  } catch {
    log.warning(`The fuzz manifest ${path} could not be read; decoys are not named in this audit.`)
    return { decoys: [] }
  }
}

/** macOS and Windows: the tool that reads the built binaries and the loader's search lists from the environment. */
async function foreignBinaries(os: 'macOS' | 'Windows'): Promise<ForeignBinaries | undefined> {
  const tool = await chooseTool(os)
  if (!tool) {
    log.warning(
      os === 'macOS'
        ? 'otool was not found: the audit reports the cache, include and link evidence, not what the binaries load (install the Xcode command line tools).'
        : 'Neither dumpbin (run the audit in the MSVC developer environment) nor llvm-readobj was found: the audit reports the cache, include and link evidence, not what the binaries load.'
    )
    return undefined
  }
  const read = (files: string[]) => readForeignDependencies(tool, files)
  if (os === 'macOS') return { os, dyld: dyldSearch(process.env), read }
  const systemRoot = process.env.SystemRoot ?? process.env.SYSTEMROOT ?? 'C:\\Windows'
  return {
    os,
    windows: {
      systemDirs: [join(systemRoot, 'System32'), systemRoot],
      path: (process.env.PATH ?? process.env.Path ?? '').split(delimiter).filter(Boolean)
    },
    read
  }
}

export async function runAudit(inputs: Inputs & { auditBuildDir: string }): Promise<void> {
  const runner = runnerContext()
  const foreign = runner.os === 'Linux' ? undefined : await foreignBinaries(runner.os)
  const temp = runnerTemp()
  const multiarch = await multiarchDirs(runner.os)
  const buildDir = realpath(inputs.auditBuildDir)
  const evidence = await gatherEvidence({
    buildDir,
    loader: {
      ldLibraryPath: splitLdLibraryPath(process.env.LD_LIBRARY_PATH, process.cwd()).map(realpath),
      systemDirs: systemLibraryDirs().map(realpath)
    },
    systemIncludeDirs: ['/usr/local/include', ...multiarch.map(t => `/usr/include/${t}`), '/usr/include'],
    multiarch,
    foreign
  })
  const planted = plantedDecoys(temp)
  const result = judgeAudit(evidence, inputs.platform, planted.decoys)

  const outDir = join(temp, 'setup-vfx-platform')
  mkdirSync(outDir, { recursive: true })
  const report = join(outDir, 'dependency-audit.json')
  writeFileSync(
    report,
    JSON.stringify(
      {
        vfxPlatform: inputs.platform.year,
        buildDir,
        check: inputs.check,
        consistent: result.consistent,
        problems: result.problems,
        families: result.families,
        decoys: { seed: planted.seed ?? null, used: result.decoysUsed, avoided: result.decoysAvoided },
        counts: evidence.counts,
        notes: evidence.notes,
        evidence: evidence.evidence
      },
      null,
      2
    ) + '\n'
  )
  setOutput('vfx-platform', inputs.platform.year)
  setOutput('audit-report', report)
  setOutput('audit-consistent', result.consistent)
  writeSummary(renderAuditSummary(result, evidence, inputs.check, report, planted.seed))
  if (inputs.check === 'warn')
    for (const problem of result.problems) log.warning(problem, { title: `Dependency audit CY${inputs.platform.year}` })
  if (inputs.check === 'strict' && !result.consistent)
    throw new UserError(
      `Dependency audit of ${buildDir}: ${result.problems.length} problem(s). ${result.problems.join(' ')}`
    )
}
