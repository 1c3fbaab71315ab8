/**
 * Which coverage reports to use, decided from the files found under `coverage-dir`. `auto` prefers what needs the
 * least guessing: gcov JSON (or .gcda data gcov can read), then llvm-cov export JSON, then existing XML reports.
 * Generic-format XML (gcovr --sonarqube, our own) goes to sonar.coverageReportPaths; Cobertura XML (coverage.py's
 * `coverage xml`) only Sonar's Python analyser reads, through sonar.python.coverage.reportPaths.
 */

export type CoverageMode = 'auto' | 'gcov' | 'llvm-cov' | 'coverage-xml' | 'none'

export interface CoverageCandidates {
  /** *.gcov.json and *.gcov.json.gz files. */
  gcovJson: string[]
  /** *.gcda files (gcov is run on them when no JSON exists). */
  gcda: string[]
  /** JSON files whose type is llvm.coverage.json.export. */
  llvmJson: string[]
  /** XML files in Sonar's generic coverage format. */
  genericXml: string[]
  /** Cobertura XML files. */
  coberturaXml: string[]
}

export type CoveragePlan =
  | { mode: 'none'; reason: string }
  | { mode: 'gcov'; gcovJson: string[]; gcda: string[] }
  | { mode: 'llvm-cov'; llvmJson: string[] }
  | { mode: 'coverage-xml'; genericXml: string[]; coberturaXml: string[] }

export function planCoverage(mode: CoverageMode, found: CoverageCandidates, where: string): CoveragePlan {
  const gcov = (): CoveragePlan => ({
    mode: 'gcov',
    gcovJson: found.gcovJson,
    gcda: found.gcovJson.length ? [] : found.gcda
  })
  const llvm = (): CoveragePlan => ({ mode: 'llvm-cov', llvmJson: found.llvmJson })
  const xml = (): CoveragePlan => ({
    mode: 'coverage-xml',
    genericXml: found.genericXml,
    coberturaXml: found.coberturaXml
  })
  const hasGcov = found.gcovJson.length + found.gcda.length > 0
  const hasXml = found.genericXml.length + found.coberturaXml.length > 0
  switch (mode) {
    case 'none':
      return { mode: 'none', reason: "coverage: 'none'" }
    case 'gcov':
      return hasGcov ? gcov() : { mode: 'none', reason: `no *.gcov.json(.gz) or *.gcda files under ${where}` }
    case 'llvm-cov':
      return found.llvmJson.length ? llvm() : { mode: 'none', reason: `no llvm-cov export JSON under ${where}` }
    case 'coverage-xml':
      return hasXml ? xml() : { mode: 'none', reason: `no generic or Cobertura coverage XML under ${where}` }
    case 'auto':
      if (hasGcov) return gcov()
      if (found.llvmJson.length) return llvm()
      if (hasXml) return xml()
      return { mode: 'none', reason: `no coverage data found under ${where}` }
  }
}

/** Classifies a file by name alone; JSON and XML need their content sniffed (see sniffReport). */
export function classifyByName(name: string): 'gcov-json' | 'gcda' | 'json' | 'xml' | undefined {
  if (/\.gcov\.json(\.gz)?$/i.test(name)) return 'gcov-json'
  if (/\.gcda$/i.test(name)) return 'gcda'
  if (/\.json$/i.test(name)) return 'json'
  if (/\.xml$/i.test(name)) return 'xml'
  return undefined
}

/** What a JSON or XML report is, from its first few kilobytes. */
export function sniffReport(head: string): 'llvm-json' | 'generic-xml' | 'cobertura-xml' | undefined {
  if (/"type"\s*:\s*"llvm\.coverage\.json\.export"/.test(head)) return 'llvm-json'
  const root = /<coverage\b[^>]*>/.exec(head)?.[0]
  if (!root) return undefined
  if (/\bversion\s*=\s*["']1["']/.test(root) && !/line-rate/.test(root)) return 'generic-xml'
  if (/line-rate/.test(root)) return 'cobertura-xml'
  return undefined
}
