/** The compiler families each OS knows, with the `cc`/`cxx` a build should use. Data, not branches. */
export const OSES = ['linux', 'macos', 'windows'] as const
export type Os = (typeof OSES)[number]

export interface CompilerFamily {
  cc: string
  cxx: string
}

export const COMPILERS: Record<Os, Record<string, CompilerFamily>> = {
  linux: { gcc: { cc: 'gcc', cxx: 'g++' }, clang: { cc: 'clang', cxx: 'clang++' } },
  macos: { 'apple-clang': { cc: 'clang', cxx: 'clang++' } },
  windows: { msvc: { cc: 'cl', cxx: 'cl' }, 'clang-cl': { cc: 'clang-cl', cxx: 'clang-cl' } }
}

/** Used when the spec names no compiler for an OS. */
export const DEFAULT_COMPILER: Record<Os, string> = { linux: 'gcc', macos: 'apple-clang', windows: 'msvc' }

export const DEFAULT_RUNNER: Record<Os, string> = { linux: 'ubuntu-24.04', macos: 'macos-14', windows: 'windows-2022' }

export const DEFAULT_GENERATOR: Record<Os, string> = {
  linux: 'Ninja',
  macos: 'Unix Makefiles',
  windows: 'Visual Studio 17 2022'
}

export interface ParsedCompiler {
  /** Normalised name as it appears in cells and ids: 'gcc', 'clang', 'clang19', 'msvc'. */
  name: string
  family: CompilerFamily
  /** A specific clang variant of the ASWF image (Linux only): `clang19` / `clang-19`. */
  clangVariant?: number
}

/** A compiler name for an OS, or undefined when that OS does not know it. */
export function parseCompiler(os: Os, value: string | number): ParsedCompiler | undefined {
  const text = String(value).trim().toLowerCase()
  const known = COMPILERS[os][text]
  if (known) return { name: text, family: known }
  const variant = /^clang-?(\d+)$/.exec(text)
  if (os === 'linux' && variant) {
    return { name: `clang${variant[1]}`, family: COMPILERS.linux.clang!, clangVariant: Number(variant[1]) }
  }
  return undefined
}

export function acceptedCompilers(os: Os): string {
  return [...Object.keys(COMPILERS[os]), ...(os === 'linux' ? ['clang<N> (an image clang variant)'] : [])].join(', ')
}
