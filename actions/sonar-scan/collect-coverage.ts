/**
 * The I/O half of coverage: finds report files under coverage-dir, runs gcov on .gcda data when no JSON exists,
 * converts to Sonar's generic XML and returns the scanner properties to set. The decisions live in
 * coverage-plan.ts, the formats in gcov-json.ts, llvm-export.ts and generic-coverage.ts.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { runProcess } from '../../packages/toolkit/src/process.js'
import { log } from '../../packages/toolkit/src/runner.js'
import {
  classifyByName,
  planCoverage,
  sniffReport,
  type CoverageCandidates,
  type CoverageMode,
  type CoveragePlan
} from './coverage-plan.js'
import { addGcovText } from './gcov-json.js'
import {
  coverageTotals,
  relativeCoverage,
  renderGenericCoverage,
  type CoverageMap,
  type CoverageTotals
} from './generic-coverage.js'
import { addLlvmExport } from './llvm-export.js'

const SKIP_DIRS = new Set(['.git', 'node_modules', '.scannerwork', '.sonar'])

async function walk(dir: string, found: string[]): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(path, found)
    } else if (entry.isFile() && classifyByName(entry.name)) {
      found.push(path)
    }
  }
}

function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    return buffer.subarray(0, readSync(fd, buffer, 0, bytes, 0)).toString('utf8')
  } finally {
    closeSync(fd)
  }
}

export async function findCoverageCandidates(dir: string, needsSniffing: boolean): Promise<CoverageCandidates> {
  const files: string[] = []
  await walk(dir, files)
  files.sort()
  const found: CoverageCandidates = { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] }
  for (const file of files) {
    const kind = classifyByName(file)
    if (kind === 'gcov-json') found.gcovJson.push(file)
    else if (kind === 'gcda') found.gcda.push(file)
    else if (needsSniffing && (kind === 'json' || kind === 'xml')) {
      const what = sniffReport(head(file))
      if (what === 'llvm-json') found.llvmJson.push(file)
      else if (what === 'generic-xml') found.genericXml.push(file)
      else if (what === 'cobertura-xml') found.coberturaXml.push(file)
    }
  }
  return found
}

/** Runs gcov once per object folder, JSON to stdout, with branch data (`-b`). */
async function gcovOnGcda(gcda: string[], map: CoverageMap): Promise<void> {
  const byDir = new Map<string, string[]>()
  for (const file of gcda) byDir.set(dirname(file), [...(byDir.get(dirname(file)) ?? []), file])
  for (const [dir, files] of byDir) {
    const result = await runProcess('gcov', ['-b', '--json-format', '--stdout', '--object-directory', dir, ...files], {
      cwd: dir,
      check: false
    })
    if (result.exitCode !== 0 && result.stdout.trim() === '') {
      throw new UserError(
        `gcov failed in ${dir} (exit code ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`
      )
    }
    addGcovText(map, result.stdout, `gcov output for ${dir}`)
  }
}

export interface CoverageOutcome {
  plan: CoveragePlan
  /** Scanner properties for the reports (sonar.coverageReportPaths, sonar.python.coverage.reportPaths). */
  properties: Record<string, string>
  /** Line/branch totals of a converted report. */
  totals?: CoverageTotals
  /** Sources dropped because they lie outside the project base dir. */
  outside: number
  convertedReport?: string
}

export async function collectCoverage(
  mode: CoverageMode,
  coverageDir: string,
  baseDir: string,
  outputDir: string
): Promise<CoverageOutcome> {
  if (mode === 'none') return { plan: planCoverage('none', emptyCandidates(), coverageDir), properties: {}, outside: 0 }
  const found = await findCoverageCandidates(coverageDir, mode !== 'gcov')
  const plan = planCoverage(mode, found, relative(baseDir, coverageDir) || '.')
  if (plan.mode === 'none') {
    // Asked for a specific converter and found nothing: that is a broken pipeline, not a quiet pass.
    if (mode !== 'auto') throw new UserError(`coverage: '${mode}' was asked for, but there is ${plan.reason}.`)
    log.info(`Coverage: ${plan.reason}; the analysis runs without coverage.`)
    return { plan, properties: {}, outside: 0 }
  }
  if (plan.mode === 'coverage-xml') {
    const properties: Record<string, string> = {}
    if (plan.genericXml.length) properties['sonar.coverageReportPaths'] = plan.genericXml.join(',')
    if (plan.coberturaXml.length) properties['sonar.python.coverage.reportPaths'] = plan.coberturaXml.join(',')
    return { plan, properties, outside: 0 }
  }
  const map: CoverageMap = new Map()
  if (plan.mode === 'gcov') {
    for (const file of plan.gcovJson) {
      const bytes = await readFile(file)
      addGcovText(map, (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'), file)
    }
    if (plan.gcda.length) await gcovOnGcda(plan.gcda, map)
  } else {
    for (const file of plan.llvmJson) addLlvmExport(map, JSON.parse(await readFile(file, 'utf8')), file)
  }
  const converted = relativeCoverage(map, baseDir, rel => existsSync(join(baseDir, rel)))
  if (converted.files.length === 0) {
    throw new UserError(
      `Coverage data was found (${plan.mode}) but none of its ${map.size} source files lies under the project base dir ${baseDir}.`
    )
  }
  await mkdir(outputDir, { recursive: true })
  const report = join(outputDir, 'sonar-generic-coverage.xml')
  await writeFile(report, renderGenericCoverage(converted.files))
  return {
    plan,
    properties: { 'sonar.coverageReportPaths': report },
    totals: coverageTotals(converted.files),
    outside: converted.outside.length,
    convertedReport: report
  }
}

function emptyCandidates(): CoverageCandidates {
  return { gcovJson: [], gcda: [], llvmJson: [], genericXml: [], coberturaXml: [] }
}

/** The coverage line of the job summary: the mode, the report properties (or why none), the totals. */
export function coverageSummary(coverage: CoverageOutcome): { mode: string; detail: string; totals?: CoverageTotals } {
  const detail =
    coverage.plan.mode === 'none'
      ? coverage.plan.reason
      : Object.entries(coverage.properties)
          .map(([key, value]) => `${key}=${value}`)
          .join(', ') + (coverage.outside ? ` (${coverage.outside} sources outside the project left out)` : '')
  return { mode: coverage.plan.mode, detail, totals: coverage.totals }
}
