/**
 * Pure readers of what a CMake build directory records about the dependencies it used: CMakeCache.txt entries,
 * compile_commands.json include paths, compiler dependency files (make-style .d and Ninja's .ninja_deps log) and
 * link lines (Makefiles' link.txt, build.ninja's LINK_LIBRARIES). Each returns plain data; audit-evidence.ts reads
 * the files and turns the results into evidence.
 */

export interface CacheEntry {
  name: string
  type: string
  value: string
}

/** `NAME:TYPE=VALUE` lines of CMakeCache.txt (comments and `-ADVANCED` markers skipped). */
export function parseCmakeCache(text: string): CacheEntry[] {
  const entries: CacheEntry[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('#') || line.startsWith('//')) continue
    const match = /^(?:"([^"]*)"|([^":=]+)):([A-Z]+)=(.*)$/.exec(line)
    const name = match ? ((match[1] ?? match[2]) as string) : ''
    if (!match || name.endsWith('-ADVANCED')) continue
    entries.push({ name, type: match[3] as string, value: match[4] as string })
  }
  return entries
}

/** Splits a command line as a POSIX shell would for the quoting CMake writes ("…", '…', backslash escapes). */
export function splitCommand(command: string): string[] {
  // Most compile commands have no quoting at all: split on blanks without walking every character.
  if (!/["'\\]/.test(command)) return command.split(/\s+/).filter(Boolean)
  const args: string[] = []
  let current = ''
  let inArg = false
  let quote: string | undefined
  for (let i = 0; i < command.length; i++) {
    const c = command[i] as string
    if (quote) {
      if (c === quote) quote = undefined
      else if (c === '\\' && quote === '"' && i + 1 < command.length && '"\\$`'.includes(command[i + 1] as string))
        current += command[++i]
      else current += c
    } else if (c === '"' || c === "'") {
      quote = c
      inArg = true
    } else if (c === '\\' && i + 1 < command.length) {
      current += command[++i]
      inArg = true
    } else if (/\s/.test(c)) {
      if (inArg) args.push(current)
      current = ''
      inArg = false
    } else {
      current += c
      inArg = true
    }
  }
  if (inArg) args.push(current)
  return args
}

export interface CompileCommand {
  directory: string
  file: string
  output?: string
  arguments?: string[]
  command?: string
}

const INCLUDE_FLAGS = ['-isystem', '-I', '-iquote', '-idirafter', '/I', '-external:I', '/external:I']

/** The include directories of one compile command, in the order the compiler searches them (-iquote aside). */
export function includeDirs(entry: CompileCommand): string[] {
  const args = entry.arguments ?? splitCommand(entry.command ?? '')
  const quoted: string[] = []
  const normal: string[] = []
  const after: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    if (arg[0] !== '-' && arg[0] !== '/') continue
    for (const flag of INCLUDE_FLAGS) {
      if (!arg.startsWith(flag)) continue
      const value = arg === flag ? args[++i] : arg.slice(flag.length)
      if (value === undefined || value === '') break
      const dir = absolute(value, entry.directory)
      if (flag === '-iquote') quoted.push(dir)
      else if (flag === '-idirafter') after.push(dir)
      else normal.push(dir)
      break
    }
  }
  // gcc: -I folders come before -isystem folders; both were collected in command order, which CMake writes
  // -I first. Quote folders only apply to #include "…", searched before all of them.
  return [...quoted, ...normal, ...after]
}

export function absolute(path: string, base: string): string {
  const p = path.replace(/\\/g, '/')
  if (p.startsWith('/') || /^[A-Za-z]:\//.test(p)) return normalize(p)
  return normalize(`${base.replace(/\\/g, '/')}/${p}`)
}

/** Collapses `.`, `..` and repeated separators (no file system access). */
export function normalize(path: string): string {
  if (path.startsWith('/') && !/\/\.{0,2}(?:\/|$)/.test(path)) return path
  const drive = /^[A-Za-z]:/.exec(path)?.[0] ?? ''
  const parts: string[] = []
  for (const part of path.slice(drive.length).split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return `${drive}/${parts.join('/')}`
}

/** The prerequisites of a make-style dependency file (`out.o: a.cpp b.h \` …), escaped spaces kept. */
export function parseMakeDeps(text: string): string[] {
  const joined = text.replace(/\\\r?\n/g, ' ')
  const files: string[] = []
  for (const line of joined.split(/\r?\n/)) {
    const colon = line.search(/:(?:\s|$)/)
    if (colon < 0) continue
    const rest = line.slice(colon + 1)
    for (const token of rest.match(/(?:\\ |[^\s])+/g) ?? []) files.push(token.replace(/\\ /g, ' '))
  }
  return files
}

/**
 * Ninja's binary deps log (.ninja_deps, versions 3 and 4): path records and, per output, the ids of the files it
 * depends on. Returns every output with its dependencies. Malformed input ends the parse (what was read stays).
 */
export function parseNinjaDeps(data: Buffer): { output: string; inputs: string[] }[] {
  const magic = '# ninjadeps\n'
  if (data.length < 16 || data.toString('latin1', 0, magic.length) !== magic) return []
  const version = data.readUInt32LE(magic.length)
  if (version !== 3 && version !== 4) return []
  const paths: string[] = []
  const deps = new Map<number, number[]>()
  let at = magic.length + 4
  while (at + 4 <= data.length) {
    const header = data.readUInt32LE(at)
    at += 4
    const isDeps = (header & 0x80000000) !== 0
    const size = header & 0x7fffffff
    if (size > data.length - at || size % 4 !== 0) break
    if (isDeps) {
      const out = data.readInt32LE(at)
      const start = at + (version === 4 ? 12 : 8)
      const ids: number[] = []
      for (let p = start; p + 4 <= at + size; p += 4) ids.push(data.readInt32LE(p))
      deps.set(out, ids)
    } else {
      let end = at + size - 4
      while (end > at && data[end - 1] === 0) end--
      paths.push(data.toString('utf8', at, end))
    }
    at += size
  }
  return [...deps].flatMap(([out, ids]) =>
    paths[out] === undefined ? [] : [{ output: paths[out] as string, inputs: ids.flatMap(id => paths[id] ?? []) }]
  )
}

/** The library files of a link command: absolute or relative library paths, and -l names with their -L folders. */
export function linkItems(text: string, base: string): { files: string[]; names: string[]; dirs: string[] } {
  const files: string[] = []
  const names: string[] = []
  const dirs: string[] = []
  for (const arg of splitCommand(text)) {
    for (const piece of arg.startsWith('-Wl,') ? [] : [arg]) {
      if (piece.startsWith('-L') && piece.length > 2) dirs.push(absolute(piece.slice(2), base))
      else if (piece.startsWith('-l') && piece.length > 2) names.push(piece.slice(2))
      else if (!piece.startsWith('-') && /\.(?:so(?:\.\d+)*|a|dylib|lib|tbd)$/.test(piece))
        files.push(absolute(piece, base))
    }
  }
  return { files, names, dirs }
}

/** `LINK_LIBRARIES = …` and `LINK_PATH = …` lines of build.ninja, joined as one link command per target. */
export function ninjaLinkLines(text: string): string[] {
  const lines: string[] = []
  for (const match of text.matchAll(/^\s+LINK_(?:LIBRARIES|PATH) = (.*)$/gm))
    lines.push((match[1] as string).replace(/\$([ :$])/g, '$1'))
  return lines
}

/**
 * The CMake files the configure step read, as the generator records them for re-running CMake: Makefiles'
 * CMAKE_MAKEFILE_DEPENDS (CMakeFiles/Makefile.cmake) or Ninja's RERUN_CMAKE implicit inputs (build.ninja).
 */
export function cmakeInputs(makefileCmake: string | undefined, buildNinja: string | undefined): string[] {
  const files: string[] = []
  const block = makefileCmake ? /set\(CMAKE_MAKEFILE_DEPENDS\s+([^)]*)\)/.exec(makefileCmake)?.[1] : undefined
  if (block) for (const match of block.matchAll(/"([^"]+)"/g)) files.push(match[1] as string)
  const rerun = buildNinja ? /^build build\.ninja: RERUN_CMAKE \|((?:[^\n]|\$\n)*)$/m.exec(buildNinja)?.[1] : undefined
  if (rerun)
    for (const token of rerun.replace(/\$\n\s*/g, ' ').match(/(?:\$ |\$:|\$\$|[^\s$])+/g) ?? [])
      files.push(token.replace(/\$([ :$])/g, '$1'))
  return files
}

/** A CMake file that decides where a package comes from: Find<Pkg>.cmake or <Pkg>Config.cmake (not version files). */
export function cmakePackageOfFile(path: string): string | undefined {
  const name = path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1)
  return (/^Find(\w+)\.cmake$/.exec(name) ??
    /^(\w+)Config\.cmake$/.exec(name) ??
    /^([\w-]+)-config\.cmake$/.exec(name))?.[1]
}
