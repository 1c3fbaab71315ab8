/**
 * Where the Linux dynamic loader would find each shared library a binary needs, as ld.so searches (ld.so(8)):
 * DT_RPATH (when there is no DT_RUNPATH), LD_LIBRARY_PATH, DT_RUNPATH, then the system folders (ld.so.conf and the
 * trusted defaults), with $ORIGIN expanded; then the same for what those libraries need. Pure over a file reader
 * and an existence check; `systemLibraryDirs` is the one I/O helper.
 */
import { readFileSync, readdirSync } from 'node:fs'
import type { ElfDynamic } from './elf.js'

export type LoadVia =
  | 'rpath'
  | 'LD_LIBRARY_PATH'
  | 'runpath'
  | 'system'
  // dyld (macOS), macho-load-path in foreign-load-path.ts
  | 'DYLD_LIBRARY_PATH'
  | 'install-name'
  | '@rpath'
  | '@loader_path'
  | '@executable_path'
  | 'DYLD_FALLBACK_LIBRARY_PATH'
  // the Windows loader, foreign-load-path.ts
  | 'application-folder'
  | 'system-folder'
  | 'PATH'

export interface Resolved {
  /** The DT_NEEDED name ('libImath-3_1.so.29'). */
  name: string
  /** The file the loader would map, or undefined when it finds none. */
  path?: string
  via?: LoadVia
  /** The folder of the search list that won. */
  dir?: string
  /** The object that needed it (the binary itself or one of its libraries). */
  neededBy: string
}

export interface LoaderSearch {
  ldLibraryPath: string[]
  systemDirs: string[]
}

function dirOf(path: string): string {
  const at = path.lastIndexOf('/')
  return at <= 0 ? '/' : path.slice(0, at)
}

function expandOrigin(dir: string, object: string): string {
  return dir.replace(/\$(?:ORIGIN|\{ORIGIN\})/g, dirOf(object)).replace(/\/+$/, '') || '/'
}

/** LD_LIBRARY_PATH as ld.so reads it: ':' or ';' separated, an empty entry meaning the current folder. */
export function splitLdLibraryPath(value: string | undefined, cwd: string): string[] {
  if (!value) return []
  return value.split(/[:;]/).map(d => (d === '' ? cwd : d.replace(/\/+$/, '') || '/'))
}

export function resolveLibraries(
  binary: string,
  read: (path: string) => ElfDynamic | undefined,
  search: LoaderSearch,
  exists: (path: string) => boolean
): Resolved[] {
  const root = read(binary)
  if (!root) return []
  const rootRpath = root.runpath.length === 0 ? root.rpath.map(d => expandOrigin(d, binary)) : []
  const results: Resolved[] = []
  const seen = new Set<string>()
  const queue: { path: string; dynamic: ElfDynamic }[] = [{ path: binary, dynamic: root }]
  while (queue.length > 0) {
    const { path: object, dynamic } = queue.shift() as { path: string; dynamic: ElfDynamic }
    const ownRpath = dynamic.runpath.length === 0 ? dynamic.rpath.map(d => expandOrigin(d, object)) : []
    const lists: [LoadVia, string[]][] = [
      ['rpath', object === binary ? ownRpath : [...ownRpath, ...(dynamic.runpath.length === 0 ? rootRpath : [])]],
      ['LD_LIBRARY_PATH', search.ldLibraryPath],
      ['runpath', dynamic.runpath.map(d => expandOrigin(d, object))],
      ['system', search.systemDirs]
    ]
    for (const name of dynamic.needed) {
      if (seen.has(name)) continue
      seen.add(name)
      const found = name.includes('/') ? locateDirect(name, object, exists) : locate(name, lists, exists)
      results.push({ name, neededBy: object, ...found })
      if (found.path) {
        const next = read(found.path)
        if (next) queue.push({ path: found.path, dynamic: next })
      }
    }
  }
  return results
}

function locateDirect(name: string, object: string, exists: (path: string) => boolean): Partial<Resolved> {
  const path = name.startsWith('/') ? name : `${dirOf(object)}/${name}`
  return exists(path) ? { path, via: 'rpath', dir: dirOf(path) } : {}
}

function locate(name: string, lists: [LoadVia, string[]][], exists: (path: string) => boolean): Partial<Resolved> {
  for (const [via, dirs] of lists) {
    for (const dir of dirs) {
      const path = `${dir}/${name}`
      if (exists(path)) return { path, via, dir }
    }
  }
  return {}
}

/** The folders of /etc/ld.so.conf (following its `include` lines) and the trusted defaults, in order. */
export function systemLibraryDirs(confFile = '/etc/ld.so.conf'): string[] {
  const dirs: string[] = []
  const visit = (file: string, depth: number) => {
    if (depth > 4) return
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch {
      return
    }
    for (const raw of text.split('\n')) {
      const line = raw.replace(/#.*/, '').trim()
      if (!line) continue
      const include = /^include\s+(.+)$/.exec(line)
      if (include) {
        for (const pattern of (include[1] as string).split(/\s+/)) {
          const dir = dirOf(pattern)
          const glob = new RegExp(
            '^' +
              pattern
                .slice(dir.length + 1)
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '.*') +
              '$'
          )
          let names: string[] = []
          try {
            names = readdirSync(dir)
              .filter(n => glob.test(n))
              .sort()
          } catch {
            /* no such folder */
          }
          for (const name of names) visit(`${dir}/${name}`, depth + 1)
        }
      } else if (line.startsWith('/')) dirs.push(line.replace(/\/+$/, ''))
    }
  }
  visit(confFile, 0)
  const defaults = ['/lib64', '/usr/lib64', '/lib', '/usr/lib']
  return [...new Set([...dirs, ...defaults])]
}
