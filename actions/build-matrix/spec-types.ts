/** The spec as the schema (build-matrix/spec.schema.json) lets it through: plain data, before normalising. */
import type { Os } from './compilers.js'

export type OneOrMany<T> = T | T[]
export type YearValue = number | string
export type Scalar = string | number | boolean

/** The keys that can be axes of the matrix: a list of values at the top of the spec makes one an axis. */
export const AXIS_KEYS = [
  'os',
  'vfx-platform',
  'container',
  'compiler',
  'build-type',
  'cxx-standard',
  'python-version',
  'backend'
] as const
export type AxisKey = (typeof AXIS_KEYS)[number]

export interface CellPattern {
  'vfx-platform'?: OneOrMany<YearValue>
  container?: OneOrMany<string>
  os?: OneOrMany<string | number>
  compiler?: OneOrMany<string | number>
  'build-type'?: OneOrMany<string | number>
  'cxx-standard'?: OneOrMany<string | number>
  'python-version'?: OneOrMany<string | number>
  backend?: OneOrMany<string>
}

/**
 * An include entry, as GitHub reads one: its axis values select the generated cells it extends (a list gives one
 * entry per value); every other key is added to those cells. An entry that matches no cell creates one.
 */
export interface IncludeEntry {
  name?: string
  /** null: a cell without a platform year. */
  'vfx-platform'?: OneOrMany<YearValue> | null
  os?: OneOrMany<Os>
  compiler?: OneOrMany<string>
  'build-type'?: OneOrMany<string>
  'cxx-standard'?: OneOrMany<number>
  'python-version'?: OneOrMany<string | number>
  backend?: OneOrMany<string>
  /** An axis key: selects cells when the spec lists containers, else sets the cell's image ('' for none). */
  container?: OneOrMany<string>
  cc?: string
  cxx?: string
  'cmake-generator'?: string
  'cmake-args'?: OneOrMany<string>
  'ctest-args'?: OneOrMany<string>
  'runs-on'?: OneOrMany<string>
  gpu?: boolean
  /** A null value removes the variable from the cell. */
  env?: Record<string, Scalar | null>
  [extra: string]: unknown
}

export interface ProfileSpec extends CellPattern {
  include?: boolean
}

/** GitLab CI node types (runners.gitlab): read only by `ci-actions matrix --format gitlab`. */
export interface GitlabRunners {
  cpu?: OneOrMany<string>
  nvidia?: OneOrMany<string>
  amd?: OneOrMany<string>
  intel?: OneOrMany<string>
  /** Tags a merge request from a fork never gets, unless allow-forks. */
  protected?: OneOrMany<string>
  'allow-forks'?: boolean
  image?: string
  timeout?: string
  script?: string[]
}

/** A backend of the project's own, or settings added to a built-in one (`backends:`). */
export interface BackendSettings {
  'cmake-args'?: OneOrMany<string>
  /** After BACKEND=<name> and a built-in backend's variables; null removes one. */
  env?: Record<string, Scalar | null>
  gpu?: boolean
  'runs-on'?: OneOrMany<string>
  os?: OneOrMany<Os>
  compilers?: OneOrMany<string>
}

export interface MatrixSpec {
  project?: string
  /** null or left out: cells without a platform year. */
  'vfx-platform'?: OneOrMany<YearValue> | null
  /** Containers as an axis of the Linux cells (any image, '' for the runner itself). */
  container?: OneOrMany<string>
  os?: OneOrMany<Os>
  compiler?: OneOrMany<string> | Partial<Record<Os, OneOrMany<string>>>
  'build-type'?: OneOrMany<string>
  'cxx-standard'?: OneOrMany<number>
  'python-version'?: OneOrMany<string | number>
  /** HPC backends, an axis: serial, openmp, cuda, hip, sycl, or the project's own (`backends`). */
  backend?: OneOrMany<string>
  backends?: Record<string, BackendSettings>
  'cmake-generator'?: string | Partial<Record<Os, string>>
  /** 'platform' (the year's minimum macOS) or a version: MACOSX_DEPLOYMENT_TARGET of macOS cells. Default: none. */
  'macos-deployment-target'?: string | number
  runners?: Partial<Record<Os | 'gpu' | 'cuda' | 'hip', OneOrMany<string>>> & { gitlab?: GitlabRunners }
  'image-tags'?: Record<string, string>
  env?: Record<string, Scalar>
  'cmake-args'?: OneOrMany<string>
  'ctest-args'?: OneOrMany<string>
  exclude?: CellPattern[]
  include?: IncludeEntry[]
  gpu?: CellPattern[]
  /** Build-environment fuzzing: copies of Linux cells, one per seed, with a `fuzz-seed` key. */
  fuzz?: { seeds: number[]; cells?: CellPattern }
  profiles?: Record<string, ProfileSpec>
}

/** One cell of the output matrix; free keys from include entries follow the fixed ones. */
export interface MatrixCell {
  id: string
  name: string
  os: Os
  'runs-on': string | string[]
  container: string
  /** null: a cell without a platform year (host runner, a Python or toolchain axis instead). */
  'vfx-platform': number | null
  compiler: string
  cc: string
  cxx: string
  'cxx-standard': number
  'python-version': string
  'build-type': string
  'cmake-generator': string
  'cmake-args': string[]
  'ctest-args': string[]
  gpu: boolean
  'legacy-glibc': boolean
  env: Record<string, string>
  [extra: string]: unknown
}

export const asList = <T>(value: OneOrMany<T> | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
