/** The shapes of the VFX Reference Platform data (data/years/CY*.json) and of the answers the queries give. */

export type Semantics = 'series' | 'minimum' | 'maximum' | 'exact'
export type OsName = 'Linux' | 'macOS' | 'Windows'

/** One line of the platform: what a component must be in a given year. */
export interface Requirement {
  /** Stable id, the key in `components` (e.g. 'openexr', 'cxx-standard', 'windows-sdk'). */
  id: string
  label: string
  /** Machine-comparable version: `3.1.x` (series), `1.85` (exact to the given precision), `11.2.1` (max). */
  version: string
  /**
   * series: same release series (`x` = any); exact: equal to the precision given; minimum: at least;
   * maximum: at most (the platform's min/max items gcc, glibc and TBB, read as software built against them).
   */
  semantics: Semantics
  /** Where the value comes from (repository:path @ commit). */
  source: string
  notes?: string
  /** The platform's own wording when it differs from `version` (e.g. '2017 Update 6', 'Visual Studio 2022'). */
  stated?: string
  /** Lowest allowed version inside a series ('2.7.5 - 2.7.latest' is series 2.7.x with floor 2.7.5). */
  floor?: string
  /** Other versions the platform accepts as well (CY2020 PySide: '5.12 (with patch) or 5.13'). */
  alternatives?: string[]
  /** Operating systems the requirement applies to; absent = all. */
  platforms?: OsName[]
}

/** ASWF Docker image facts of one year (aswf-docker versions.yaml). Absent fields: no image for that year. */
export interface AswfYearFacts {
  source: string
  /** Latest released ci-base version, e.g. '2025.6'. */
  imageVersion?: string
  ciCommon?: string
  baseOs?: string
  glibc?: string
  /** devtoolset-N / gcc-toolset-N */
  toolset?: string
  cmake?: string
  /** Every clang variant (major) of that year. */
  clang?: number[]
  /** The clang variant behind the bare `:<year>` tag of the clang-variant images. */
  defaultClang?: number
  /** The clang inside the non-variant year images (ci-base, ci-openexr, …). */
  clangInYearImages?: number
  cuda?: string
  cudaBaseImage?: string
  /** Exact versions pinned for the year, keyed like the component ids ('openexr', 'openimageio', 'cmake', …). */
  versions: Record<string, string>
  notes?: string[]
}

export interface PlatformYear {
  year: number
  status: 'final' | 'draft'
  /** Publication / last update date of the year's platform. */
  date: string
  source: string
  cxxStandard: number
  /** major.minor, e.g. '3.11' */
  python: string
  /** The ASWF Linux image of this year is CentOS 7 / glibc 2.17: node24 actions cannot start in it. */
  legacyGlibc: boolean
  /** Old libstdc++ ABI (`_GLIBCXX_USE_CXX11_ABI=0`): the platform up to CY2022. */
  oldCxxAbi: boolean
  components: Record<string, Requirement>
  macosDeploymentTarget?: string
  /** The platform's wording, e.g. 'Visual Studio 2022 v17.6 or later'. */
  windowsToolset?: string
  /** Minimum MSVC toolset version for that wording, e.g. '14.36'. */
  msvcToolsetVersion?: string
  /** Minimum Windows SDK, e.g. '10.0.20348'. */
  windowsSdk?: string
  notes?: string[]
  aswf: AswfYearFacts
}
