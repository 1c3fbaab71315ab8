/**
 * Sonar's generic test coverage format (https://docs.sonarsource.com/ "Generic test data"): one <file> per source,
 * one <lineToCover> per executable line, with branch counts where known. Converters (gcov JSON, llvm-cov export)
 * fill a CoverageMap keyed by absolute path; this module merges, makes paths relative to the project base dir and
 * renders the XML. Paths are relative because the scanner runs elsewhere than the build may have (container jobs
 * build under /__w/..., the host sees /home/runner/work/...).
 */
import { isAbsolute, posix, win32 } from 'node:path'

export interface LineCoverage {
  hits: number
  branches: number
  coveredBranches: number
}

/** Absolute source path → line number → coverage. */
export type CoverageMap = Map<string, Map<number, LineCoverage>>

/** Adds one observation; the same line seen in several reports (a header in many translation units) is summed. */
export function addLine(
  map: CoverageMap,
  path: string,
  line: number,
  hits: number,
  branches = 0,
  coveredBranches = 0
): void {
  let file = map.get(path)
  if (!file) map.set(path, (file = new Map()))
  const known = file.get(line)
  if (!known) {
    file.set(line, { hits, branches, coveredBranches })
    return
  }
  known.hits += hits
  // Branch sets of one line are the same code seen again: keep the widest view, not the sum.
  known.branches = Math.max(known.branches, branches)
  known.coveredBranches = Math.min(known.branches, Math.max(known.coveredBranches, coveredBranches))
}

function toPosix(path: string): string {
  return path.replace(/\\/g, '/')
}

function isAbsoluteAnywhere(path: string): boolean {
  return isAbsolute(path) || posix.isAbsolute(path) || win32.isAbsolute(path)
}

/**
 * The path of `source` relative to `baseDir` (POSIX separators), or undefined when it lies outside (system and
 * third-party headers, which Sonar would reject). When the report was written under another root (a container's
 * /__w/... workspace), the longest trailing part of the path that exists under baseDir is used instead, if it has
 * at least two components (a lone `main.cpp` could match the wrong file).
 */
export function relativeToBase(
  source: string,
  baseDir: string,
  existsUnderBase?: (relative: string) => boolean
): string | undefined {
  const file = posix.normalize(toPosix(source))
  const base = posix.normalize(toPosix(baseDir)).replace(/\/+$/, '')
  if (!isAbsoluteAnywhere(file)) return file.startsWith('../') ? undefined : file
  const caseless = /^[a-z]:\//i.test(base)
  const [f, b] = caseless ? [file.toLowerCase(), base.toLowerCase()] : [file, base]
  if (f.startsWith(`${b}/`)) return file.slice(base.length + 1)
  if (!existsUnderBase) return undefined
  const parts = file.split('/').filter(Boolean)
  for (let start = 1; start <= parts.length - 2; start++) {
    const candidate = parts.slice(start).join('/')
    if (existsUnderBase(candidate)) return candidate
  }
  return undefined
}

export interface RelativeCoverage {
  files: { path: string; lines: Map<number, LineCoverage> }[]
  /** Sources left out because they are outside the project base dir. */
  outside: string[]
}

export function relativeCoverage(
  map: CoverageMap,
  baseDir: string,
  existsUnderBase?: (relative: string) => boolean
): RelativeCoverage {
  const byPath = new Map<string, Map<number, LineCoverage>>()
  const outside: string[] = []
  for (const [source, lines] of map) {
    const path = relativeToBase(source, baseDir, existsUnderBase)
    if (path === undefined) {
      outside.push(source)
      continue
    }
    const target = byPath.get(path)
    if (!target) {
      byPath.set(path, lines) // shared, not copied: the map is consumed here and copying 10^5 lines costs real time
      continue
    }
    const merged: CoverageMap = new Map([[path, target]])
    for (const [n, c] of lines) addLine(merged, path, n, c.hits, c.branches, c.coveredBranches)
  }
  const files = [...byPath]
    .map(([path, lines]) => ({ path, lines }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, outside: outside.sort() }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function renderGenericCoverage(coverage: RelativeCoverage['files']): string {
  // One string per file, built by concatenation: for 10^5 lines this is several times faster than joining an array.
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<coverage version="1">\n']
  for (const file of coverage) {
    let text = `  <file path="${escapeAttribute(file.path)}">\n`
    const numbers = Float64Array.from(file.lines.keys()).sort()
    for (const line of numbers) {
      const c = file.lines.get(line) as LineCoverage
      text +=
        c.branches > 0
          ? `    <lineToCover lineNumber="${line}" covered="${c.hits > 0}" branchesToCover="${c.branches}" coveredBranches="${c.coveredBranches}"/>\n`
          : `    <lineToCover lineNumber="${line}" covered="${c.hits > 0}"/>\n`
    }
    out.push(text + '  </file>\n')
  }
  out.push('</coverage>\n')
  return out.join('')
}

export interface CoverageTotals {
  files: number
  lines: number
  coveredLines: number
  branches: number
  coveredBranches: number
}

export function coverageTotals(files: RelativeCoverage['files']): CoverageTotals {
  const totals: CoverageTotals = { files: files.length, lines: 0, coveredLines: 0, branches: 0, coveredBranches: 0 }
  for (const file of files) {
    for (const c of file.lines.values()) {
      totals.lines++
      if (c.hits > 0) totals.coveredLines++
      totals.branches += c.branches
      totals.coveredBranches += c.coveredBranches
    }
  }
  return totals
}
