/**
 * Gathers the audit's evidence from a CMake build directory (I/O): the cache, compile_commands.json, dependency
 * files, link lines and the built binaries' resolved libraries, then the version each used prefix states (read by
 * the same probes detection uses). What the evidence means is decided in audit-judge.ts.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, realpathSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { walkTree, type WalkEntry } from '../../packages/toolkit/src/walk.js'
import type { AuditEvidence, Evidence, PrefixVersion, Unresolved } from './audit-types.js'
import { versionKey } from './audit-types.js'
import {
  absolute,
  cmakeInputs,
  cmakePackageOfFile,
  includeDirs,
  linkItems,
  ninjaLinkLines,
  parseCmakeCache,
  parseMakeDeps,
  parseNinjaDeps,
  type CompileCommand
} from './build-evidence.js'
import {
  FAMILIES,
  familyOfCmakePackage,
  familyOfHeader,
  familyOfLibrary,
  familyOfVariable,
  prefixOf
} from './dependency-families.js'
import { detectLibraries } from './detect.js'
import { isElf, readElfDynamic, type ElfDynamic } from './elf.js'
import {
  isSystemProvided,
  resolveMachO,
  resolvePe,
  type DyldSearch,
  type ForeignDependencies,
  type WindowsSearch
} from './foreign-load-path.js'
import { resolveLibraries, type LoaderSearch, type Resolved } from './load-path.js'
import { defineValue } from './parse-versions.js'

export interface GatherOptions {
  buildDir: string
  /** ld.so's search: the job's LD_LIBRARY_PATH and the system folders. */
  loader: LoaderSearch
  /** The compiler's default include folders, searched after the command's own. */
  systemIncludeDirs: string[]
  multiarch: string[]
  /**
   * macOS and Windows: the built binaries are Mach-O or PE, read through a platform tool (foreign-binaries.ts,
   * many files per call) and resolved as dyld or the Windows loader would (foreign-load-path.ts).
   */
  foreign?: ForeignBinaries
}

export type ForeignBinaries =
  | { os: 'macOS'; dyld: DyldSearch; read: (files: string[]) => Promise<Map<string, ForeignDependencies>> }
  | { os: 'Windows'; windows: WindowsSearch; read: (files: string[]) => Promise<Map<string, ForeignDependencies>> }

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
}

function inside(path: string, dir: string | undefined): boolean {
  return dir !== undefined && (path === dir || path.startsWith(dir.replace(/\/+$/, '') + '/'))
}

export async function gatherEvidence(options: GatherOptions): Promise<AuditEvidence> {
  const buildDir = options.buildDir.replace(/\/+$/, '')
  const evidence: Evidence[] = []
  const notes: string[] = []
  const cacheText = readText(join(buildDir, 'CMakeCache.txt')) ?? ''
  const cache = parseCmakeCache(cacheText)
  const sourceDir = cache.find(e => e.name === 'CMAKE_HOME_DIRECTORY')?.value
  const own = (path: string) => inside(path, buildDir) || inside(path, sourceDir)
  const seen = new Set<string>()
  const add = (raw: Evidence) => {
    // One spelling per file: /lib/x86_64-linux-gnu is /usr/lib/x86_64-linux-gnu on a merged-/usr system.
    const path = canonical(raw.path)
    const item = path === raw.path ? raw : { ...raw, path, prefix: prefixOf(path) }
    if (own(item.path)) return
    const key = `${item.family}\0${item.kind}\0${item.path}\0${item.via ?? ''}`
    if (seen.has(key)) return
    seen.add(key)
    evidence.push(item)
  }

  // 1. CMakeCache.txt: <Pkg>_DIR, then include and library entries of the families.
  for (const entry of cache) {
    if (/NOTFOUND$/.test(entry.value) || entry.value === '') continue
    const pkg = /^(.+)_DIR$/.exec(entry.name)?.[1]
    const family = pkg ? familyOfCmakePackage(pkg) : undefined
    if (family && entry.value.startsWith('/')) {
      add({
        family: family.id,
        kind: 'cmake-package',
        path: entry.value,
        prefix: prefixOf(entry.value),
        source: `CMakeCache.txt ${entry.name}`
      })
      continue
    }
    if (!/INCLUDE|LIBRAR/i.test(entry.name) || !['PATH', 'FILEPATH', 'STRING'].includes(entry.type)) continue
    const byName = familyOfVariable(entry.name)
    for (const value of entry.value.split(';')) {
      if (!value.startsWith('/')) continue
      const found = byName ?? familyOfLibrary(value) ?? familyOfHeader(value)
      if (found)
        add({
          family: found.id,
          kind: 'cache-entry',
          path: value,
          prefix: prefixOf(value),
          source: `CMakeCache.txt ${entry.name}`
        })
    }
  }

  // The CMake files configure read: which Find module or package config decided each package.
  const readByCmake = cmakeInputs(
    readText(join(buildDir, 'CMakeFiles', 'Makefile.cmake')),
    readText(join(buildDir, 'build.ninja'))
  )
  for (const file of readByCmake) {
    const pkg = cmakePackageOfFile(file)
    const family = pkg ? familyOfCmakePackage(pkg) : undefined
    const path = absolute(file, buildDir)
    if (family && !path.includes('/cmake-3.') && !/\/share\/cmake[^/]*\/Modules\//.test(path))
      add({
        family: family.id,
        kind: 'cmake-package',
        path,
        prefix: prefixOf(path),
        source: `CMake read ${path.slice(path.lastIndexOf('/') + 1)} at configure time`
      })
  }

  // 2. compile_commands.json: for each command, the first include folder that provides each family.
  const commands = readCompileCommands(buildDir, notes)
  const provides = new Map<string, string[]>()
  const familiesIn = (dir: string) => {
    let ids = provides.get(dir)
    if (!ids) {
      ids = FAMILIES.filter(f => f.markers.some(m => existsSync(`${dir}/${m}`))).map(f => f.id)
      provides.set(dir, ids)
    }
    return ids
  }
  const recorded = new Set<string>()
  let dependencyFiles = 0
  const headerSources = new Map<string, string>()
  // Folder listings instead of one failed open per object: a Ninja build has no .d files left at all.
  const listings = new Map<string, Set<string>>()
  const listed = (path: string) => {
    const at = path.lastIndexOf('/')
    const folder = path.slice(0, at)
    let names = listings.get(folder)
    if (!names) {
      names = new Set(readdirSafe(folder))
      listings.set(folder, names)
    }
    return names.has(path.slice(at + 1))
  }
  for (const command of commands) {
    const dirs = includeDirs(command)
    const claimed = new Set<string>()
    for (const [index, dir] of [...dirs, ...options.systemIncludeDirs].entries()) {
      for (const id of familiesIn(dir)) {
        if (claimed.has(id)) continue
        claimed.add(id)
        const weak = index >= dirs.length
        // One record per (family, folder, strength): ten thousand commands usually share a handful.
        const once = `${id}\0${dir}\0${weak}`
        if (recorded.has(once)) continue
        recorded.add(once)
        add({
          family: id,
          kind: 'include-dir',
          path: dir,
          prefix: prefixOf(dir),
          source: weak
            ? `the compiler's default include path (${relative(command.file, buildDir, sourceDir)})`
            : `compile_commands.json include folder (${relative(command.file, buildDir, sourceDir)})`,
          weak: weak || undefined
        })
      }
    }
    // 3. The compiler's own record of the headers it read (make-style .d files beside the objects).
    if (command.output) {
      const depFile = absolute(`${command.output}.d`, command.directory)
      const text = listed(depFile) ? readText(depFile) : undefined
      if (text !== undefined) {
        dependencyFiles++
        for (const file of parseMakeDeps(text))
          if (!headerSources.has(file)) headerSources.set(absolute(file, command.directory), command.file)
      }
    }
  }
  const ninjaDeps = readBuffer(join(buildDir, '.ninja_deps'))
  if (ninjaDeps) {
    for (const record of parseNinjaDeps(ninjaDeps)) {
      dependencyFiles++
      for (const file of record.inputs) {
        const path = absolute(file, buildDir)
        if (!headerSources.has(path)) headerSources.set(path, record.output)
      }
    }
  }
  for (const [path, from] of headerSources) {
    const family = familyOfHeader(path)
    if (family)
      add({
        family: family.id,
        kind: 'header',
        path,
        prefix: prefixOf(path),
        source: `compiler dependency record of ${relative(from, buildDir, sourceDir)}`
      })
  }

  // 4. Link lines.
  const linkLines = await readLinkLines(buildDir)
  for (const { text, source } of linkLines) {
    const items = linkItems(text, buildDir)
    const byName = items.names.flatMap(name =>
      items.dirs.flatMap(dir => [`${dir}/lib${name}.so`, `${dir}/lib${name}.a`, `${dir}/lib${name}.dylib`]).slice(0, 30)
    )
    for (const file of [...items.files, ...byName.filter(f => existsSync(f))]) {
      const family = familyOfLibrary(file)
      if (family) add({ family: family.id, kind: 'link', path: file, prefix: prefixOf(file), source })
    }
  }

  // 5. Built binaries and what the loader would map for them.
  const unresolved: Unresolved[] = []
  const existsCache = new Map<string, boolean>()
  const exists = (path: string) => {
    let hit = existsCache.get(path)
    if (hit === undefined) {
      hit = existsSync(path)
      existsCache.set(path, hit)
    }
    return hit
  }
  const resolvedByBinary = options.foreign
    ? await resolveForeign(await findBinaries(buildDir, options.foreign.os), options.foreign, exists)
    : resolveElf(await findBinaries(buildDir), options.loader, exists)
  for (const [binary, libraries] of resolvedByBinary) {
    for (const resolved of libraries) {
      const family = familyOfLibrary(resolved.name)
      if (!resolved.path) {
        if (!options.foreign || !isSystemProvided(options.foreign.os, resolved.name))
          unresolved.push({ binary: relative(binary, buildDir, sourceDir), name: resolved.name })
        continue
      }
      if (!family || inside(resolved.path, buildDir)) continue
      add({
        family: family.id,
        kind: 'runtime',
        path: resolved.path,
        prefix: prefixOf(resolved.path),
        via: resolved.via,
        source: `${relative(binary, buildDir, sourceDir)} loads ${resolved.name} (${resolved.via}${resolved.dir ? ` ${resolved.dir}` : ''})`
      })
    }
  }
  const binaryCount = resolvedByBinary.size
  if (commands.length === 0)
    notes.push('No compile_commands.json: configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON for include evidence.')
  if (binaryCount === 0) notes.push('No built binaries were found: run the audit after the build.')

  return {
    buildDir,
    sourceDir,
    evidence,
    unresolved,
    versions: await prefixVersions(evidence, options.multiarch),
    counts: {
      cacheEntries: cache.length,
      compileCommands: commands.length,
      dependencyFiles,
      linkLines: linkLines.length,
      binaries: binaryCount
    },
    notes
  }
}

const realDirs = new Map<string, string>()

/** The path with its folder's symbolic links resolved (the file name kept: a SONAME link stays a SONAME). */
function canonical(path: string): string {
  const at = path.lastIndexOf('/')
  const dir = at <= 0 ? '/' : path.slice(0, at)
  let real = realDirs.get(dir)
  if (real === undefined) {
    try {
      real = realpathSync(dir)
    } catch {
      real = dir
    }
    realDirs.set(dir, real)
  }
  return real === dir ? path : `${real === '/' ? '' : real}/${path.slice(at + 1)}`
}

function relative(path: string, buildDir: string, sourceDir: string | undefined): string {
  if (inside(path, buildDir)) return path.slice(buildDir.length + 1) || '.'
  if (sourceDir && inside(path, sourceDir)) return path.slice(sourceDir.replace(/\/+$/, '').length + 1) || '.'
  return path
}

function readBuffer(path: string): Buffer | undefined {
  try {
    return readFileSync(path)
  } catch {
    return undefined
  }
}

function readCompileCommands(buildDir: string, notes: string[]): CompileCommand[] {
  const text = readText(join(buildDir, 'compile_commands.json'))
  if (text === undefined) return []
  try {
    const data = JSON.parse(text) as unknown
    if (!Array.isArray(data)) throw new Error('not an array')
    return data.filter(
      (e): e is CompileCommand =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as CompileCommand).directory === 'string' &&
        typeof (e as CompileCommand).file === 'string' &&
        (Array.isArray((e as CompileCommand).arguments) || typeof (e as CompileCommand).command === 'string')
    )
  } catch {
    notes.push('compile_commands.json is not a JSON array of compile commands; include evidence skipped.')
    return []
  }
}

/** Makefiles: every CMakeFiles/<target>.dir/link.txt; Ninja: LINK_LIBRARIES of build.ninja. */
async function readLinkLines(buildDir: string): Promise<{ text: string; source: string }[]> {
  const lines: { text: string; source: string }[] = []
  const ninja = readText(join(buildDir, 'build.ninja'))
  if (ninja) for (const text of ninjaLinkLines(ninja)) lines.push({ text, source: 'build.ninja LINK_LIBRARIES' })
  for await (const { name, path } of buildFiles(buildDir, true)) {
    if (name === 'link.txt' && dirname(path).endsWith('.dir')) {
      const text = readText(path)
      if (text) lines.push({ text, source: path.slice(buildDir.length + 1) })
    }
  }
  return lines
}

function resolveElf(
  binaries: string[],
  loader: LoaderSearch,
  exists: (path: string) => boolean
): Map<string, Resolved[]> {
  const dynamicCache = new Map<string, ElfDynamic | undefined>()
  const readDynamic = (path: string) => {
    if (!dynamicCache.has(path)) dynamicCache.set(path, readElfDynamic(path))
    return dynamicCache.get(path)
  }
  const result = new Map<string, Resolved[]>()
  for (const binary of binaries)
    if (readDynamic(binary)) result.set(binary, resolveLibraries(binary, readDynamic, loader, exists))
  return result
}

/**
 * Mach-O and PE: the tool reads the built binaries in batches; the resolver then asks for the libraries it found,
 * which are read in the next batch, round after round, until nothing new is asked for (bounded: 16 rounds).
 */
async function resolveForeign(
  binaries: string[],
  foreign: ForeignBinaries,
  exists: (path: string) => boolean
): Promise<Map<string, Resolved[]>> {
  const known = await foreign.read(binaries)
  const tried = new Set(binaries)
  const resolveOne = (binary: string, read: (path: string) => ForeignDependencies | undefined) =>
    foreign.os === 'macOS'
      ? resolveMachO(binary, read, foreign.dyld, exists)
      : resolvePe(binary, read, foreign.windows, exists)
  let result = new Map<string, Resolved[]>()
  for (let round = 0; round < 16; round++) {
    const wanted = new Set<string>()
    const read = (path: string) => {
      if (!tried.has(path)) wanted.add(path)
      return known.get(path)
    }
    result = new Map()
    for (const binary of binaries) if (known.has(binary)) result.set(binary, resolveOne(binary, read))
    if (wanted.size === 0) break
    const next = [...wanted]
    for (const path of next) tried.add(path)
    for (const [path, deps] of await foreign.read(next)) known.set(path, deps)
  }
  return result
}

const MACHO_MAGIC = ['feedface', 'feedfacf', 'cefaedfe', 'cffaedfe', 'cafebabe']

/** Whether a file's first bytes are those of the OS's binaries: ELF, Mach-O (thin or fat) or PE ('MZ'). */
function isBinaryOf(os: 'Linux' | 'macOS' | 'Windows', head: Buffer): boolean {
  if (os === 'Linux') return isElf(head)
  if (os === 'macOS') return head.length >= 4 && MACHO_MAGIC.includes(head.subarray(0, 4).toString('hex'))
  return head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a
}

/**
 * Regular files of the build tree that may be binaries, outside CMakeFiles: on Linux executables and shared
 * libraries that are ELF; on macOS executables, .dylib and .so files that are Mach-O; on Windows .exe and .dll
 * files that are PE (Windows has no executable bit).
 */
async function findBinaries(buildDir: string, os: 'Linux' | 'macOS' | 'Windows' = 'Linux'): Promise<string[]> {
  const found: string[] = []
  for await (const { name, path, stats } of buildFiles(buildDir, false)) {
    if (/\.(?:o|obj|a|lib|c|cc|cpp|cxx|h|hpp|txt|cmake|json|make|ninja|d|log|py|sh)$/i.test(name)) continue
    if (os === 'Windows' && !/\.(?:exe|dll)$/i.test(name)) continue
    const so = os === 'Windows' || /\.so(?:\.\d+)*$/.test(name) || (os === 'macOS' && /\.dylib$/.test(name))
    if (!so && (stats.mode & 0o111) === 0) continue
    const head = readHead(path)
    if (head && isBinaryOf(os, head)) found.push(path)
  }
  return found
}

function readHead(path: string): Buffer | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const buffer = Buffer.alloc(4)
    return buffer.subarray(0, readSync(fd, buffer, 0, 4, 0))
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Deeper than any build tree (a hostile one included) needs to be searched. */
const MAX_WALK_DEPTH = 32

/**
 * The regular files of a build tree, through the toolkit's walker (no symbolic link followed, unreadable folders
 * skipped): .git never entered, CMakeFiles only when `intoCMakeFiles`, nothing below MAX_WALK_DEPTH folders.
 */
async function* buildFiles(root: string, intoCMakeFiles: boolean): AsyncGenerator<WalkEntry> {
  const prune = ({ name, relative }: WalkEntry) =>
    name === '.git' || (!intoCMakeFiles && name === 'CMakeFiles') || relative.split('/').length > MAX_WALK_DEPTH
  for await (const entry of walkTree(root, { prune, tolerant: true })) if (entry.stats.isFile()) yield entry
}

/** The version each (family, prefix) of the evidence states, through detection's probes; Python from patchlevel.h. */
async function prefixVersions(evidence: Evidence[], multiarch: string[]): Promise<Record<string, PrefixVersion>> {
  const versions: Record<string, PrefixVersion> = {}
  const pairs = new Map<string, { family: string; prefix: string; paths: string[] }>()
  for (const item of evidence) {
    const key = versionKey(item.family, item.prefix)
    const pair = pairs.get(key) ?? { family: item.family, prefix: item.prefix, paths: [] }
    pair.paths.push(item.path)
    pairs.set(key, pair)
  }
  await Promise.all(
    [...pairs.values()].map(async ({ family, prefix, paths }) => {
      if (family === 'python') {
        const dir = paths.map(p => /^(.*\/include\/python\d\.\d+[a-z]*)(?:\/|$)/.exec(p)?.[1]).find(Boolean)
        const candidates = dir
          ? [`${dir}/patchlevel.h`]
          : readdirSafe(`${prefix}/include`)
              .filter(n => /^python\d\.\d+/.test(n))
              .map(n => `${prefix}/include/${n}/patchlevel.h`)
        for (const file of candidates) {
          const version = defineValue(readText(file) ?? '', 'PY_VERSION')
          if (version) {
            versions[versionKey(family, prefix)] = { version, where: file }
            break
          }
        }
        return
      }
      const found = (await detectLibraries([prefix], multiarch))[family]
      if (found) versions[versionKey(family, prefix)] = { version: found.version, where: found.where }
    })
  )
  return versions
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}
