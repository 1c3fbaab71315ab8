/**
 * Where macOS's dyld and the Windows loader would find each library a built binary needs, pure over the
 * dependency lists the platform tools print (binary-tool-output.ts) and an existence check; the Linux model is
 * load-path.ts. Both follow what the found libraries need in turn.
 *
 * dyld (dyld(1)): a name is looked up by its leaf in DYLD_LIBRARY_PATH first; then `@rpath/…` is tried with each
 * LC_RPATH of the loading image and of the images that loaded it (the executable last), `@loader_path` expanded
 * to the folder of the image that holds the LC_RPATH, `@executable_path` to the executable's; `@loader_path/…` and
 * `@executable_path/…` directly; an absolute install name at its path; then the leaf in DYLD_FALLBACK_LIBRARY_PATH
 * (default /usr/local/lib, /usr/lib). System libraries (/usr/lib, /System) live in the shared cache, not on disk:
 * not finding them there is not a problem.
 *
 * Windows (the standard safe DLL search order): the application's folder, the system folders (System32, the
 * Windows folder), then PATH. API sets (api-ms-win-*, ext-ms-*) are not files.
 */
import { posix, win32 } from 'node:path'
import type { LoadVia, Resolved } from './load-path.js'

export interface ForeignDependencies {
  /** The install names / DLL names the binary needs, in load order (delay-loaded DLLs included). */
  needed: string[]
  /** LC_RPATH entries (Mach-O); empty for PE. */
  rpaths: string[]
}

export interface DyldSearch {
  dyldLibraryPath: string[]
  dyldFallbackLibraryPath: string[]
}

export interface WindowsSearch {
  systemDirs: string[]
  path: string[]
}

/** The folder of a path, either separator (a Windows runner's paths use `\`). */
function folderOf(path: string): string {
  const at = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return at <= 0 ? path.slice(0, at + 1) || '/' : path.slice(0, at)
}

function leafOf(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/** Joins and normalizes ('..' folded, as the loader's open would), in the path's own flavour. */
function joinPath(dir: string, name: string): string {
  return dir.includes('\\') && !dir.includes('/') ? win32.join(dir, name) : posix.join(dir, name)
}

/** DYLD_LIBRARY_PATH and DYLD_FALLBACK_LIBRARY_PATH as dyld reads them (':' separated; the fallback's default). */
export function dyldSearch(env: { DYLD_LIBRARY_PATH?: string; DYLD_FALLBACK_LIBRARY_PATH?: string }): DyldSearch {
  const split = (v: string | undefined) => (v ?? '').split(':').filter(Boolean)
  return {
    dyldLibraryPath: split(env.DYLD_LIBRARY_PATH),
    dyldFallbackLibraryPath: env.DYLD_FALLBACK_LIBRARY_PATH
      ? split(env.DYLD_FALLBACK_LIBRARY_PATH)
      : ['/usr/local/lib', '/usr/lib']
  }
}

/** Where a system library lives that the loader need not find on disk (dyld shared cache, Windows API sets). */
export function isSystemProvided(os: 'macOS' | 'Windows', name: string): boolean {
  return os === 'macOS' ? /^\/(?:usr\/lib|System)\//.test(name) : /^(?:api|ext)-ms-/i.test(name)
}

interface Image {
  path: string
  deps: ForeignDependencies
  /** This image and the images that loaded it, nearest first, with their rpaths (dyld's rpath chain). */
  chain: { path: string; rpaths: string[] }[]
}

function walk(
  binary: string,
  read: (path: string) => ForeignDependencies | undefined,
  locate: (name: string, image: Image) => Partial<Resolved>
): Resolved[] {
  const root = read(binary)
  if (!root) return []
  const results: Resolved[] = []
  const seen = new Set<string>()
  const queue: Image[] = [{ path: binary, deps: root, chain: [{ path: binary, rpaths: root.rpaths }] }]
  while (queue.length > 0) {
    const image = queue.shift() as Image
    for (const name of image.deps.needed) {
      const key = name.toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      const found = locate(name, image)
      results.push({ name, neededBy: image.path, ...found })
      if (found.path) {
        const next = read(found.path)
        if (next)
          queue.push({
            path: found.path,
            deps: next,
            chain: [{ path: found.path, rpaths: next.rpaths }, ...image.chain]
          })
      }
    }
  }
  return results
}

export function resolveMachO(
  binary: string,
  read: (path: string) => ForeignDependencies | undefined,
  search: DyldSearch,
  exists: (path: string) => boolean
): Resolved[] {
  const executableDir = folderOf(binary)
  const inDirs = (leaf: string, dirs: string[], via: LoadVia): Partial<Resolved> | undefined => {
    for (const dir of dirs) {
      const path = joinPath(dir, leaf)
      if (exists(path)) return { path, via, dir }
    }
    return undefined
  }
  const expand = (path: string, loader: string) =>
    posix.normalize(
      path.replace(/^@loader_path(?=\/|$)/, folderOf(loader)).replace(/^@executable_path(?=\/|$)/, executableDir)
    )
  return walk(binary, read, (name, image) => {
    const leaf = leafOf(name)
    const first = inDirs(leaf, search.dyldLibraryPath, 'DYLD_LIBRARY_PATH')
    if (first) return first
    const rest = /^@rpath\/(.+)$/.exec(name)?.[1]
    if (rest !== undefined) {
      for (const { path: holder, rpaths } of image.chain)
        for (const rpath of rpaths) {
          const dir = expand(rpath, holder)
          const path = joinPath(dir, rest)
          if (exists(path)) return { path, via: '@rpath', dir }
        }
    } else if (/^@(?:loader|executable)_path\//.test(name)) {
      const path = expand(name, image.path)
      if (exists(path))
        return { path, via: name.startsWith('@loader') ? '@loader_path' : '@executable_path', dir: folderOf(path) }
    } else if (name.startsWith('/') && exists(name)) return { path: name, via: 'install-name', dir: folderOf(name) }
    return inDirs(leaf, search.dyldFallbackLibraryPath, 'DYLD_FALLBACK_LIBRARY_PATH') ?? {}
  })
}

export function resolvePe(
  binary: string,
  read: (path: string) => ForeignDependencies | undefined,
  search: WindowsSearch,
  exists: (path: string) => boolean
): Resolved[] {
  const lists: [LoadVia, string[]][] = [
    ['application-folder', [folderOf(binary)]],
    ['system-folder', search.systemDirs],
    ['PATH', search.path]
  ]
  return walk(binary, read, name => {
    for (const [via, dirs] of lists)
      for (const dir of dirs) {
        const path = joinPath(dir, name)
        if (exists(path)) return { path, via, dir }
      }
    return {}
  })
}
