/**
 * The environment an installed tree needs, computed from the tree's layout and the platform: folders for PATH,
 * variables to set (prepended to what the job already has, with the OS's own separator) and the prefixes for
 * CMAKE_PREFIX_PATH / the cmake-cache file. Pure: the caller says which folders exist.
 */
import type { InstallItem } from './plan.js'
import type { BundleOs } from './platform.js'

export interface InstallEnvironment {
  /** Folders to put on PATH, most important first. */
  path: string[]
  /** Variables to export with their full new values. */
  variables: Record<string, string>
  /** Install prefixes of libraries, for CMAKE_PREFIX_PATH and the cmake-cache file. */
  prefixPaths: string[]
}

export interface EnvironmentInput {
  os: BundleOs
  /** The install dir; each component lives in a folder named after it. */
  installDir: string
  items: InstallItem[]
  /** The job's current values (to prepend to, never to lose). */
  current: Record<string, string | undefined>
  /** Folder separator of the OS that will run this (':' or ';'); passed in so tests run anywhere. */
  join: (...parts: string[]) => string
  /** Whether a folder exists in the installed tree (relative to the install dir, '/'-separated). */
  exists: (relative: string) => boolean
}

function prepend(
  name: string,
  add: string[],
  current: Record<string, string | undefined>,
  delimiter: string
): string | undefined {
  if (add.length === 0) return undefined
  const existing = (current[name] ?? '').split(delimiter).filter(Boolean)
  return [...add, ...existing.filter(entry => !add.includes(entry))].join(delimiter)
}

export function computeEnvironment(input: EnvironmentInput): InstallEnvironment {
  const { os, installDir, join, exists } = input
  const delimiter = os === 'windows' ? ';' : ':'
  const path: string[] = []
  const prefixPaths: string[] = []
  const libraryDirs: string[] = []
  const pkgConfig: string[] = []
  const variables: Record<string, string> = {}
  for (const item of input.items) {
    const root = item.component
    if (item.component === 'cmake') {
      // The macOS archives keep the tools inside the app bundle.
      const bin = exists(`${root}/CMake.app/Contents/bin`) ? `${root}/CMake.app/Contents/bin` : `${root}/bin`
      path.push(join(installDir, ...bin.split('/')))
    } else if (item.component === 'ninja') {
      path.push(join(installDir, root))
    } else {
      const prefix = join(installDir, root)
      prefixPaths.push(prefix)
      if (exists(`${root}/bin`)) path.push(join(prefix, 'bin'))
      for (const dir of item.bundle?.libDirs ?? ['lib', 'lib64']) {
        if (!exists(`${root}/${dir}`)) continue
        libraryDirs.push(join(prefix, ...dir.split('/')))
        if (exists(`${root}/${dir}/pkgconfig`)) pkgConfig.push(join(prefix, ...dir.split('/'), 'pkgconfig'))
      }
      if (exists(`${root}/share/pkgconfig`)) pkgConfig.push(join(prefix, 'share', 'pkgconfig'))
      if (item.bundle?.pythonRoot !== undefined)
        variables.Python_ROOT_DIR = join(prefix, ...item.bundle.pythonRoot.split('/'))
    }
  }
  const set = (name: string, add: string[]) => {
    const value = prepend(name, add, input.current, delimiter)
    if (value !== undefined) variables[name] = value
  }
  set('CMAKE_PREFIX_PATH', prefixPaths)
  set('PKG_CONFIG_PATH', pkgConfig)
  // Windows finds DLLs on PATH: the bundle's bin is already there.
  if (os === 'linux') set('LD_LIBRARY_PATH', libraryDirs)
  if (os === 'macos') set('DYLD_FALLBACK_LIBRARY_PATH', libraryDirs)
  return { path, variables, prefixPaths }
}
