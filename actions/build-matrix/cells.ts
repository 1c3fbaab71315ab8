/**
 * One output cell from a candidate: the facts of its platform year (C++ standard, Python, legacy glibc), its
 * image, compiler commands, runner labels, generator, environment, a readable name and a stable id.
 */
import { DEFAULT_GENERATOR, DEFAULT_RUNNER, type Os } from './compilers.js'
import type { Candidate } from './expand.js'
import type { ImageResolver } from './images.js'
import type { SpecProblem } from './problems.js'
import type { MatrixCell, MatrixSpec, Scalar } from './spec-types.js'

/** Keys a cell always has; an include's other keys are passed through after them. */
const FIXED_KEYS = new Set([
  'id',
  'name',
  'os',
  'runs-on',
  'container',
  'vfx-platform',
  'compiler',
  'cc',
  'cxx',
  'cxx-standard',
  'python-version',
  'build-type',
  'cmake-generator',
  'gpu',
  'legacy-glibc',
  'env'
])

const OS_LABEL: Record<Os, string> = { linux: 'Linux', macos: 'macOS', windows: 'Windows' }

export function buildCell(c: Candidate, spec: MatrixSpec, images: ImageResolver, problems: SpecProblem[]): MatrixCell {
  const os = c.os.value
  const year = c.year.value
  const entry = c.include?.entry
  const container = os === 'linux' ? images.resolve(c.year, c.compiler, problems) : ''
  const cxxStandard = c.cxxStandard ?? year.cxxStandard
  const env = stringValues({ ...spec.env, ...entry?.env })
  // CMake honours MACOSX_DEPLOYMENT_TARGET: the platform's minimum macOS of the year, unless the spec sets one.
  if (os === 'macos' && year.macosDeploymentTarget && env.MACOSX_DEPLOYMENT_TARGET === undefined) {
    env.MACOSX_DEPLOYMENT_TARGET = year.macosDeploymentTarget
  }
  const generator = spec['cmake-generator']
  const cell: MatrixCell = {
    id: cellId(c),
    name: cellName(c),
    os,
    'runs-on': entry?.['runs-on'] ?? runsOn(spec, os, c.gpu),
    container,
    'vfx-platform': year.year,
    compiler: c.compiler.value.name,
    cc: c.compiler.value.family.cc,
    cxx: c.compiler.value.family.cxx,
    'cxx-standard': cxxStandard,
    'python-version': year.python,
    'build-type': c.buildType,
    'cmake-generator':
      entry?.['cmake-generator'] ??
      (typeof generator === 'string' ? generator : (generator?.[os] ?? DEFAULT_GENERATOR[os])),
    gpu: c.gpu,
    'legacy-glibc': container !== '' && year.legacyGlibc,
    env
  }
  for (const [key, value] of Object.entries(entry ?? {})) {
    if (!FIXED_KEYS.has(key) && !AXIS_INPUT_KEYS.has(key)) cell[key] = value
  }
  return cell
}

/** Include keys that feed the fixed cell keys rather than being passed through. */
const AXIS_INPUT_KEYS = new Set(['name'])

function runsOn(spec: MatrixSpec, os: Os, gpu: boolean): string | string[] {
  return (gpu ? spec.runners?.gpu : undefined) ?? spec.runners?.[os] ?? DEFAULT_RUNNER[os]
}

function stringValues(env: Record<string, Scalar>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v)]))
}

/**
 * `linux-2025-clang-release`: lower-case, only [a-z0-9.-], so it works as a cache key and a file name. The C++
 * standard is part of it only when the spec states one (ids stay the same when a second standard is added), an
 * include's name last.
 */
export function cellId(c: Candidate): string {
  const parts = [c.os.value, String(c.year.value.year), c.compiler.value.name, c.buildType]
  if (c.cxxStandard !== undefined) parts.push(`cxx${c.cxxStandard}`)
  if (c.include?.entry.name) parts.push(c.include.entry.name)
  return parts
    .map(part =>
      part
        .toLowerCase()
        .replace(/\+/g, 'p')
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, '')
    )
    .join('-')
}

/** "asan: Linux CY2025 clang Debug C++20 (GPU)". */
export function cellName(c: Candidate): string {
  const text = [OS_LABEL[c.os.value], `CY${c.year.value.year}`, c.compiler.value.name, c.buildType]
  if (c.cxxStandard !== undefined) text.push(`C++${c.cxxStandard}`)
  if (c.gpu) text.push('(GPU)')
  const base = text.join(' ')
  return c.include?.entry.name ? `${c.include.entry.name}: ${base}` : base
}
