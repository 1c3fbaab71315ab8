/**
 * Pure parsers of the dependency listings other platforms' tools print, for the audit on macOS and Windows (on
 * Linux the audit reads ELF itself, elf.ts): `otool -L`, `dumpbin /dependents` and `llvm-readobj --needed-libs`.
 * Recorded and format fixtures: test/dependency-audit/fixtures/binary-tools.
 */

export interface ToolDependencies {
  /** The binary's own install name (a dylib's LC_ID_DYLIB), when the tool shows it. */
  id?: string
  needed: string[]
  /** Delay-loaded DLLs (dumpbin). */
  delayLoaded: string[]
}

/** `otool -L <file>`: the first line names the file; a dylib's first entry is its own id. */
export function parseOtoolL(text: string, file: string): ToolDependencies {
  const lines = text.split(/\r?\n/)
  const needed: string[] = []
  for (const line of lines.slice(1)) {
    const match = /^\s+(.+?) \(compatibility version [^,]*, current version [^)]*\)\s*$/.exec(line)
    if (match) needed.push(match[1] as string)
  }
  const base = (p: string) => p.slice(p.lastIndexOf('/') + 1)
  const first = needed[0]
  if (first !== undefined && /\.dylib$/.test(file) && base(first) === base(file))
    return { id: first, needed: needed.slice(1), delayLoaded: [] }
  return { needed, delayLoaded: [] }
}

/** `dumpbin /dependents <file>`: the names under "has the following dependencies" and "delay load dependencies". */
export function parseDumpbinDependents(text: string): ToolDependencies {
  const needed: string[] = []
  const delayLoaded: string[] = []
  let into: string[] | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (/has the following delay load dependencies:$/.test(line)) into = delayLoaded
    else if (/has the following dependencies:$/.test(line)) into = needed
    else if (/^Summary$/.test(line) || /^Dump of file/.test(line)) into = undefined
    else if (into && line !== '' && /^[^\s\\/:]+\.(?:dll|exe|sys|drv|ocx)$/i.test(line)) into.push(line)
  }
  return { needed, delayLoaded }
}

/** `llvm-readobj --needed-libs <file>`: the NeededLibraries block (and LoadName, ELF's DT_SONAME). */
export function parseLlvmReadobjNeeded(text: string): ToolDependencies {
  const needed: string[] = []
  let inBlock = false
  let id: string | undefined
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    const load = /^LoadName: (.+)$/.exec(line)
    if (load) id = load[1]
    if (line === 'NeededLibraries [') inBlock = true
    else if (inBlock && line === ']') inBlock = false
    else if (inBlock && line !== '') needed.push(line)
  }
  return { id, needed, delayLoaded: [] }
}

/**
 * Splits one batched tool run (many files per invocation) into each file's part. `starts(line)` names the file a
 * line opens, from the files that were passed (so a path with spaces or colons is matched exactly); a fat Mach-O's
 * later architectures repeat a file and are skipped (the first slice stands for the file).
 */
function splitBatch(
  text: string,
  files: readonly string[],
  starts: (line: string, file: string) => boolean
): Map<string, string> {
  const parts = new Map<string, string[]>()
  let current: string[] | undefined
  const candidates = [...files].sort((a, b) => b.length - a.length)
  for (const line of text.split(/\r?\n/)) {
    const file = /^\s/.test(line) ? undefined : candidates.find(f => starts(line, f))
    if (file !== undefined) {
      if (parts.has(file)) current = undefined
      else {
        current = [line]
        parts.set(file, current)
      }
    } else current?.push(line)
  }
  return new Map([...parts].map(([file, lines]) => [file, lines.join('\n')]))
}

const otoolHeader = (line: string, file: string) =>
  line === `${file}:` || (line.startsWith(`${file} (architecture `) && line.endsWith('):'))

/** `otool -L a b …`: each file's dependencies (parseOtoolL per file). */
export function parseOtoolLBatch(text: string, files: readonly string[]): Map<string, ToolDependencies> {
  return new Map([...splitBatch(text, files, otoolHeader)].map(([file, part]) => [file, parseOtoolL(part, file)]))
}

/** `otool -l a b …`: each file's LC_RPATH entries, in load-command order (dyld searches them in that order). */
export function parseOtoolRpathsBatch(text: string, files: readonly string[]): Map<string, string[]> {
  const result = new Map<string, string[]>()
  for (const [file, part] of splitBatch(text, files, otoolHeader)) {
    const rpaths: string[] = []
    let inRpath = false
    for (const raw of part.split('\n')) {
      const line = raw.trim()
      if (/^Load command \d+$/.test(line)) inRpath = false
      else if (/^cmd LC_RPATH$/.test(line)) inRpath = true
      else if (inRpath) {
        const path = /^path (.+?) \(offset \d+\)$/.exec(line)?.[1]
        if (path !== undefined) {
          rpaths.push(path)
          inRpath = false
        }
      }
    }
    result.set(file, rpaths)
  }
  return result
}

/** `dumpbin /dependents a b …`: each file's part opens with `Dump of file <path>`. */
export function parseDumpbinBatch(text: string, files: readonly string[]): Map<string, ToolDependencies> {
  const parts = splitBatch(text, files, (line, file) => line === `Dump of file ${file}`)
  return new Map([...parts].map(([file, part]) => [file, parseDumpbinDependents(part)]))
}

/** `llvm-readobj --needed-libs a b …`: each file's part opens with `File: <path>`. */
export function parseLlvmReadobjBatch(text: string, files: readonly string[]): Map<string, ToolDependencies> {
  const parts = splitBatch(text, files, (line, file) => line === `File: ${file}`)
  return new Map([...parts].map(([file, part]) => [file, parseLlvmReadobjNeeded(part)]))
}
