/**
 * Reads gcov's JSON intermediate format (`gcov --json-format`, GCC 9+; format_version "1" and "2"): one object per
 * .gcda file, or several of them one per line (`--stdout`). Sources are resolved against the object's
 * current_working_directory. Exception-only branches (`throw: true`) are left out, as gcovr does by default with
 * --exclude-throw-branches, because no test suite covers them and they would drown the real branch figures.
 */
import { isAbsolute, join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { addLine, type CoverageMap } from './generic-coverage.js'

interface GcovBranch {
  count: number
  throw?: boolean
}

interface GcovLine {
  line_number: number
  count: number
  branches?: GcovBranch[]
}

interface GcovFile {
  file: string
  lines?: GcovLine[]
}

interface GcovReport {
  format_version?: string
  current_working_directory?: string
  files?: GcovFile[]
}

/** Splits `--stdout` output (one JSON document per line) or a single (possibly pretty-printed) document. */
export function parseGcovDocuments(text: string, origin: string): GcovReport[] {
  const trimmed = text.trim()
  if (trimmed === '') return []
  try {
    return [JSON.parse(trimmed) as GcovReport]
  } catch {
    // several documents, one per line
  }
  return trimmed
    .split(/\r?\n/)
    .filter(line => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as GcovReport
      } catch {
        throw new UserError(`${origin}: line ${i + 1} is not gcov JSON (expected the output of gcov --json-format).`)
      }
    })
}

export function addGcovReport(map: CoverageMap, report: GcovReport, origin: string): void {
  if (!Array.isArray(report.files)) throw new UserError(`${origin}: not gcov JSON output (no "files" array).`)
  const cwd = report.current_working_directory ?? ''
  for (const file of report.files) {
    if (typeof file.file !== 'string') continue
    const path = isAbsolute(file.file) || cwd === '' ? file.file : join(cwd, file.file)
    for (const line of file.lines ?? []) {
      const branches = (line.branches ?? []).filter(branch => !branch.throw)
      const covered = branches.filter(branch => branch.count > 0).length
      addLine(map, path, line.line_number, line.count, branches.length, covered)
    }
  }
}

export function addGcovText(map: CoverageMap, text: string, origin: string): void {
  for (const report of parseGcovDocuments(text, origin)) addGcovReport(map, report, origin)
}
