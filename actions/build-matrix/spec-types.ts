/** The spec as the schema (build-matrix/spec.schema.json) lets it through: plain data, before normalising. */
import type { Os } from './compilers.js'

export type OneOrMany<T> = T | T[]
export type YearValue = number | string
export type Scalar = string | number | boolean

export interface CellPattern {
  'vfx-platform'?: OneOrMany<YearValue>
  os?: OneOrMany<string | number>
  compiler?: OneOrMany<string | number>
  'build-type'?: OneOrMany<string | number>
  'cxx-standard'?: OneOrMany<string | number>
}

export interface IncludeEntry {
  name?: string
  'vfx-platform'?: YearValue
  os?: Os
  compiler?: string
  'build-type'?: string
  'cxx-standard'?: number
  'cmake-generator'?: string
  'runs-on'?: OneOrMany<string>
  gpu?: boolean
  env?: Record<string, Scalar>
  [extra: string]: unknown
}

export interface ProfileSpec extends CellPattern {
  include?: boolean
}

export interface MatrixSpec {
  project?: string
  'vfx-platform': OneOrMany<YearValue>
  os?: OneOrMany<Os>
  compiler?: OneOrMany<string> | Partial<Record<Os, OneOrMany<string>>>
  'build-type'?: OneOrMany<string>
  'cxx-standard'?: OneOrMany<number>
  'cmake-generator'?: string | Partial<Record<Os, string>>
  runners?: Partial<Record<Os | 'gpu', OneOrMany<string>>>
  'image-tags'?: Record<string, string>
  env?: Record<string, Scalar>
  exclude?: CellPattern[]
  include?: IncludeEntry[]
  gpu?: CellPattern[]
  /** Build-environment fuzzing: copies of Linux cells, one per seed, with a `fuzz-seed` key. */
  fuzz?: { seeds: number[]; cells?: CellPattern }
  profiles?: Record<string, ProfileSpec>
}

/** One cell of the output matrix; extra keys from include entries follow the fixed ones. */
export interface MatrixCell {
  id: string
  name: string
  os: Os
  'runs-on': string | string[]
  container: string
  'vfx-platform': number
  compiler: string
  cc: string
  cxx: string
  'cxx-standard': number
  'python-version': string
  'build-type': string
  'cmake-generator': string
  gpu: boolean
  'legacy-glibc': boolean
  env: Record<string, string>
  [extra: string]: unknown
}

export const asList = <T>(value: OneOrMany<T> | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value]
