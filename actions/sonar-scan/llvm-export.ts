/**
 * Reads `llvm-cov export -format=text` JSON (type "llvm.coverage.json.export") into line coverage. LLVM reports
 * regions as segments [line, col, count, hasCount, isRegionEntry, isGapRegion?]; a line's count follows llvm-cov's
 * own rule (LineCoverageStats): the line is mapped when a counted region starts on it or a counted region wraps
 * into it from an earlier line, unless a skipped region starts it; its count is the highest of the wrapping
 * segment and the region entries starting on it. Branch records [line, col, endLine, endCol, trueCount,
 * falseCount, ...] give two branches each.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'
import { addLine, type CoverageMap } from './generic-coverage.js'

type Segment = [number, number, number, boolean, boolean, boolean?]
type Branch = [number, number, number, number, number, number, ...unknown[]]

interface LlvmFile {
  filename: string
  segments?: Segment[]
  branches?: Branch[]
}

interface LlvmExport {
  type?: string
  data?: { files?: LlvmFile[] }[]
}

export function isLlvmExport(value: unknown): value is LlvmExport {
  return typeof value === 'object' && value !== null && (value as LlvmExport).type === 'llvm.coverage.json.export'
}

const isStartOfRegion = (s: Segment): boolean => !s[5] && s[3] && s[4]

/** Line → execution count for one file's segments (sorted by position, as llvm-cov writes them). */
export function lineCounts(segments: readonly Segment[]): Map<number, number> {
  const counts = new Map<number, number>()
  if (segments.length === 0) return counts
  let wrapped: Segment | undefined
  let i = 0
  const last = (segments[segments.length - 1] as Segment)[0]
  for (let line = (segments[0] as Segment)[0]; line <= last; line++) {
    const onLine: Segment[] = []
    while (i < segments.length && (segments[i] as Segment)[0] === line) onLine.push(segments[i++] as Segment)
    const regionStarts = onLine.filter(isStartOfRegion)
    const first = onLine[0]
    const startsSkipped = first !== undefined && !first[3] && first[4]
    const mapped = !startsSkipped && ((wrapped !== undefined && wrapped[3]) || regionStarts.length > 0)
    if (mapped) {
      let count = wrapped ? wrapped[2] : 0
      for (const s of regionStarts) count = Math.max(count, s[2])
      counts.set(line, count)
    }
    if (onLine.length > 0) wrapped = onLine[onLine.length - 1]
  }
  return counts
}

export function addLlvmExport(map: CoverageMap, document: unknown, origin: string): void {
  if (!isLlvmExport(document))
    throw new UserError(`${origin}: not llvm-cov export JSON (type llvm.coverage.json.export).`)
  for (const unit of document.data ?? []) {
    for (const file of unit.files ?? []) {
      const branchesByLine = new Map<number, { total: number; covered: number }>()
      for (const b of file.branches ?? []) {
        const entry = branchesByLine.get(b[0]) ?? { total: 0, covered: 0 }
        entry.total += 2
        entry.covered += (b[4] > 0 ? 1 : 0) + (b[5] > 0 ? 1 : 0)
        branchesByLine.set(b[0], entry)
      }
      for (const [line, count] of lineCounts(file.segments ?? [])) {
        const branches = branchesByLine.get(line)
        addLine(map, file.filename, line, count, branches?.total ?? 0, branches?.covered ?? 0)
      }
    }
  }
}
