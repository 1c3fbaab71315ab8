/** The data the dependency audit passes from evidence gathering (I/O) to judging (pure). */
import type { LoadVia } from './load-path.js'

export type EvidenceKind = 'cmake-package' | 'cache-entry' | 'include-dir' | 'header' | 'link' | 'runtime'

export interface Evidence {
  /** A family id of dependency-families.ts. */
  family: string
  kind: EvidenceKind
  /** The file or folder the build used. */
  path: string
  /** The install prefix it belongs to. */
  prefix: string
  /** Where the build recorded it, as a person reads it: "CMakeCache.txt Imath_DIR", "bin/app needs …". */
  source: string
  /** For runtime evidence: which search list of the loader found it. */
  via?: LoadVia
  /** Only the compiler's default include folders showed it: counts only when other evidence names the family. */
  weak?: boolean
}

export interface Unresolved {
  binary: string
  name: string
}

export interface PrefixVersion {
  version: string
  where: string
}

export interface AuditEvidence {
  buildDir: string
  /** The source tree (CMAKE_HOME_DIRECTORY), whose own files are not dependencies. */
  sourceDir?: string
  evidence: Evidence[]
  unresolved: Unresolved[]
  /** `${family} ${prefix}` → the version that prefix's files state. */
  versions: Record<string, PrefixVersion>
  counts: {
    cacheEntries: number
    compileCommands: number
    dependencyFiles: number
    linkLines: number
    binaries: number
  }
  /** What could not be read and what it means for the verdict. */
  notes: string[]
}

export function versionKey(family: string, prefix: string): string {
  return `${family} ${prefix}`
}
