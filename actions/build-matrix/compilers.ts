/** The compiler families each OS knows, with the `cc`/`cxx` a build should use. Data, not branches. */
export const OSES = ['linux', 'macos', 'windows'] as const
export type Os = (typeof OSES)[number]

export interface CompilerFamily {
  cc: string
  cxx: string
}

export const COMPILERS: Record<Os, Record<string, CompilerFamily>> = {
  linux: {
    gcc: { cc: 'gcc', cxx: 'g++' },
    clang: { cc: 'clang', cxx: 'clang++' },
    icx: { cc: 'icx', cxx: 'icpx' }
  },
  macos: { 'apple-clang': { cc: 'clang', cxx: 'clang++' }, clang: { cc: 'clang', cxx: 'clang++' } },
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
  /** Normalised name as it appears in cells and ids: 'gcc', 'gcc-13', 'clang19', 'icx', 'msvc'. */
  name: string
  family: CompilerFamily
  /**
   * A version (Linux gcc/clang): in an ASWF image a clang version picks the image's clang variant
   * (`clang19` → aswf/ci-osl:2025-clang19, cc clang); on a host runner it names the versioned commands
   * (`clang-18` → clang-18/clang++-18, `gcc-13` → gcc-13/g++-13).
   */
  version?: number
  /** The family without the version: 'gcc', 'clang'. */
  base: string
}

/** A compiler name for an OS, or undefined when that OS does not know it (then cc/cxx must be given). */
export function parseCompiler(os: Os, value: string | number): ParsedCompiler | undefined {
  const text = String(value).trim().toLowerCase()
  const known = COMPILERS[os][text]
  if (known) return { name: text, family: known, base: text }
  const versioned = /^(gcc|clang)-?(\d+)$/.exec(text)
  if (os === 'linux' && versioned) {
    const base = versioned[1]!
    const version = Number(versioned[2])
    return {
      name: base === 'clang' ? `clang${version}` : `gcc-${version}`,
      family: COMPILERS.linux[base]!,
      version,
      base
    }
  }
  return undefined
}

/** The commands of a versioned compiler on a host runner: gcc-13/g++-13, clang-18/clang++-18. */
export function hostCommands(compiler: ParsedCompiler): CompilerFamily {
  if (compiler.version === undefined) return compiler.family
  return { cc: `${compiler.family.cc}-${compiler.version}`, cxx: `${compiler.family.cxx}-${compiler.version}` }
}

export function acceptedCompilers(os: Os): string {
  return [
    ...Object.keys(COMPILERS[os]),
    ...(os === 'linux' ? ['gcc-<N>', 'clang<N> (an image variant, or clang-<N> on the host)'] : []),
    'any other name with cc and cxx in an include'
  ].join(', ')
}
