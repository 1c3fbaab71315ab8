/**
 * How the machine conforms to the requested platform year: one row per component (the year's requirement, what
 * was found, the verdict), pure over the detection. A row "counts" when a non-ok verdict makes the machine
 * non-conformant: anything found that does not match, and a missing toolchain part (compiler, glibc, Python, MSVC,
 * Windows SDK). A library that is absent is reported but does not count: not every project uses every library.
 */
import { satisfies, type PlatformYear, type Requirement } from '../../packages/vfx-platform/src/index.js'
import type { AswfContainer } from './aswf-container.js'
import type { Found } from './detect.js'

export type RowVerdict =
  'ok' | 'older' | 'newer' | 'missing' | 'not applicable' | 'not checked' | 'configured' | 'not specified'

export interface ConformanceRow {
  id: string
  label: string
  /** The requirement as a person reads it: '3.3.x', '≤ 11.2.1', '≥ 12.0', '2.7.x (≥ 2.7.5)'. */
  required: string
  found?: string
  where?: string
  verdict: RowVerdict
  counts: boolean
  source?: string
}

export interface ContainerCheck {
  imageVersion: string
  year?: number
  matches: boolean
  oldNames: string[]
}

export interface Conformance {
  year: number
  rows: ConformanceRow[]
  container?: ContainerCheck
  /** One sentence per counted non-ok row (and a container of another year). */
  problems: string[]
  conformant: boolean
}

export interface JudgeInput {
  os: 'Linux' | 'macOS' | 'Windows'
  found: Record<string, Found>
  container?: AswfContainer
  /** The C++ standard the build is configured with (the year's, or the cxx-standard override). */
  cxxStandard: number
}

/** Components the action cannot detect on any machine. */
const UNDETECTABLE = new Set(['fbx', 'aces', 'onemkl'])
/** Parts of the toolchain whose absence counts. */
const TOOLCHAIN = new Set(['gcc', 'glibc', 'python', 'windows-toolset', 'windows-sdk'])
/** Found things the platform does not specify, shown with the ASWF image's version for reference. */
const EXTRA: [string, string][] = [
  ['openimageio', 'OpenImageIO'],
  ['openusd', 'OpenUSD'],
  ['cmake', 'CMake'],
  ['ninja', 'Ninja'],
  ['clang', 'clang'],
  ['apple-clang', 'Apple clang']
]

export function describeRequirement(
  requirement: Pick<Requirement, 'version' | 'semantics' | 'floor' | 'stated'>
): string {
  const base =
    requirement.semantics === 'maximum'
      ? `≤ ${requirement.version}`
      : requirement.semantics === 'minimum'
        ? `≥ ${requirement.version}`
        : requirement.version
  const floor = requirement.floor ? ` (≥ ${requirement.floor})` : ''
  const stated =
    requirement.stated && requirement.stated !== requirement.version && !requirement.floor
      ? ` (${requirement.stated})`
      : ''
  return `${base}${floor}${stated}`
}

function judgeComponent(requirement: Requirement, input: JudgeInput): ConformanceRow {
  const row = {
    id: requirement.id,
    label: requirement.label,
    required: describeRequirement(requirement),
    source: requirement.source
  }
  if (requirement.platforms && !requirement.platforms.includes(input.os))
    return { ...row, verdict: 'not applicable', counts: false }
  if (requirement.id === 'cxx-standard') {
    const found = String(input.cxxStandard)
    const verdict = satisfies(found, requirement)
    return {
      ...row,
      found,
      where: 'CMAKE_CXX_STANDARD in the CMake cache file',
      verdict: verdict === 'ok' ? 'configured' : verdict,
      counts: verdict !== 'ok'
    }
  }
  if (requirement.id === 'libstdcxx-abi') {
    return {
      ...row,
      found: requirement.version,
      where: '_GLIBCXX_USE_CXX11_ABI, set by the CMake cache file',
      verdict: 'configured',
      counts: false
    }
  }
  if (requirement.id === 'macos-deployment-target') {
    return {
      ...row,
      found: requirement.version,
      where: 'CMAKE_OSX_DEPLOYMENT_TARGET / MACOSX_DEPLOYMENT_TARGET',
      verdict: 'configured',
      counts: false
    }
  }
  if (UNDETECTABLE.has(requirement.id)) return { ...row, verdict: 'not checked', counts: false }
  const found = input.found[requirement.id]
  if (!found) return { ...row, verdict: 'missing', counts: TOOLCHAIN.has(requirement.id) }
  return {
    ...row,
    found: found.version,
    where: found.where,
    verdict: satisfies(found.version, requirement),
    counts: true
  }
}

function problemText(row: ConformanceRow, year: number): string {
  if (row.verdict === 'missing') return `${row.label} was not found; CY${year} requires ${row.required}.`
  if (row.id === 'cxx-standard')
    return `C++${row.found} is configured (cxx-standard input); CY${year} requires C++${row.required}.`
  return `${row.label} ${row.found} is ${row.verdict} than CY${year} allows (${row.required}), found at ${row.where}.`
}

export function judgeConformance(platform: PlatformYear, input: JudgeInput): Conformance {
  const rows = Object.values(platform.components).map(requirement => judgeComponent(requirement, input))
  for (const [id, label] of EXTRA) {
    const found = input.found[id]
    if (!found) continue
    const reference = platform.aswf.versions[id]
    rows.push({
      id,
      label,
      required: reference ? `not specified (ASWF CY${platform.year} image: ${reference})` : 'not specified',
      found: found.version,
      where: found.where,
      verdict: 'not specified',
      counts: false
    })
  }
  const problems = rows
    .filter(row => row.counts && row.verdict !== 'ok' && row.verdict !== 'configured')
    .map(row => problemText(row, platform.year))
  let container: ContainerCheck | undefined
  if (input.container) {
    const matches = input.container.year === platform.year
    container = {
      imageVersion: input.container.imageVersion,
      year: input.container.year,
      matches,
      oldNames: input.container.oldNames
    }
    if (!matches) {
      problems.unshift(
        input.container.year === undefined
          ? `The job runs in ASWF image ${input.container.imageVersion}, which is not a VFX platform year image; CY${platform.year} was requested.`
          : `The job runs in an ASWF CY${input.container.year} image (${input.container.imageVersion}) but CY${platform.year} was requested.`
      )
    }
  }
  return { year: platform.year, rows, container, problems, conformant: problems.length === 0 }
}
