/**
 * The audit's I/O for macOS and Windows binaries: runs `otool -L` and `otool -l` (macOS), `dumpbin /dependents`
 * (MSVC environment) or `llvm-readobj --needed-libs` (Windows) on many files per invocation, through the
 * toolkit's runProcess, and returns each file's dependency list for foreign-load-path.ts.
 */
import { runProcess, which } from '../../packages/toolkit/src/process.js'
import {
  parseDumpbinBatch,
  parseLlvmReadobjBatch,
  parseOtoolLBatch,
  parseOtoolRpathsBatch
} from './binary-tool-output.js'
import type { ForeignDependencies } from './foreign-load-path.js'

export type ForeignTool = 'otool' | 'dumpbin' | 'llvm-readobj'

/** Files per invocation: a few hundred, and well under Windows' 32,767-character command line. */
export function batches(files: readonly string[], maxFiles = 200, maxChars = 24_000): string[][] {
  const out: string[][] = []
  let current: string[] = []
  let chars = 0
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxFiles || chars + file.length + 3 > maxChars)) {
      out.push(current)
      current = []
      chars = 0
    }
    current.push(file)
    chars += file.length + 3
  }
  if (current.length > 0) out.push(current)
  return out
}

/** The tool the audit reads binaries with on this OS: otool; dumpbin, else llvm-readobj; undefined when none. */
export async function chooseTool(os: 'macOS' | 'Windows'): Promise<ForeignTool | undefined> {
  if (os === 'macOS') return (await which('otool')) ? 'otool' : undefined
  if (await which('dumpbin')) return 'dumpbin'
  return (await which('llvm-readobj')) ? 'llvm-readobj' : undefined
}

/** Reads what each file needs (files a tool cannot read are simply absent from the answer). */
export async function readForeignDependencies(
  tool: ForeignTool,
  files: readonly string[]
): Promise<Map<string, ForeignDependencies>> {
  const result = new Map<string, ForeignDependencies>()
  const run = async (args: string[]) => (await runProcess(tool, args, { check: false, timeoutMs: 120_000 })).stdout
  for (const batch of batches(files)) {
    if (tool === 'otool') {
      const listed = parseOtoolLBatch(await run(['-L', ...batch]), batch)
      const rpaths = parseOtoolRpathsBatch(await run(['-l', ...batch]), batch)
      for (const [file, deps] of listed) result.set(file, { needed: deps.needed, rpaths: rpaths.get(file) ?? [] })
    } else {
      const parsed =
        tool === 'dumpbin'
          ? parseDumpbinBatch(await run(['/NOLOGO', '/DEPENDENTS', ...batch]), batch)
          : parseLlvmReadobjBatch(await run(['--needed-libs', ...batch]), batch)
      for (const [file, deps] of parsed) result.set(file, { needed: [...deps.needed, ...deps.delayLoaded], rpaths: [] })
    }
  }
  return result
}
