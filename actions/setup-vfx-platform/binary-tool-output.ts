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
