/**
 * The platform-bundle manifest: one JSON file listing the prebuilt, relocatable library bundles (one per
 * year x OS x arch, x libc on Linux) with URL, sha256, size and the versions inside. Validation is by hand (a
 * dozen fields) so that no schema library sits on the action's path; every problem is reported at once.
 *
 *   { "schema": 1,
 *     "toolMirror": "https://mirror.example/tools/",          optional: fetch CMake/Ninja archives from here
 *     "bundles": [ { "year": 2024, "os": "linux", "arch": "x64", "libc": "glibc2.28",
 *                    "url": "vfx-platform-2024-x64-linux-glibc2.28.tar.zst",   absolute or relative to the manifest
 *                    "sha256": "…", "size": 123456,
 *                    "versions": { "openexr": "3.2.9", "imath": "3.1.12" },
 *                    "libDirs": ["lib"], "pythonRoot": "python" } ] }   optional layout hints
 */
import { pathToFileURL } from 'node:url'
import { UserError } from '../../toolkit/src/errors.js'
import { redactUrl } from '../../toolkit/src/redact-url.js'
import {
  libcCompatible,
  parseLibc,
  compareVersions,
  type BundleArch,
  type BundleOs,
  type TargetPlatform
} from './platform.js'

export const MANIFEST_SCHEMA = 1

export interface BundleEntry {
  year: number
  os: BundleOs
  arch: BundleArch
  libc?: string
  url: string
  sha256: string
  size: number
  versions: Record<string, string>
  /** Library folders relative to the bundle root (default ['lib']). */
  libDirs?: string[]
  /** A Python installation inside the bundle, relative to its root. */
  pythonRoot?: string
}

export interface BundleManifest {
  schema: number
  toolMirror?: string
  bundles: BundleEntry[]
}

const OSES = ['linux', 'macos', 'windows']
const ARCHES = ['x64', 'arm64']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isRelativeInside(path: string): boolean {
  return !/^([/\\]|[A-Za-z]:)/.test(path) && !path.split(/[/\\]/).includes('..')
}

/** Checks a parsed manifest; throws one UserError listing every problem, naming where it came from. */
export function validateManifest(data: unknown, origin: string): BundleManifest {
  const problems: string[] = []
  if (!isRecord(data)) throw new UserError(`The bundle manifest ${redactUrl(origin)} is not a JSON object.`)
  if (data.schema !== MANIFEST_SCHEMA)
    problems.push(`schema must be ${MANIFEST_SCHEMA} (got ${JSON.stringify(data.schema)})`)
  if (data.toolMirror !== undefined && (typeof data.toolMirror !== 'string' || !/^https?:\/\//.test(data.toolMirror))) {
    problems.push('toolMirror must be an http(s) URL')
  }
  if (!Array.isArray(data.bundles)) problems.push('bundles must be an array')
  const bundles = Array.isArray(data.bundles) ? data.bundles : []
  bundles.forEach((bundle: unknown, i) => {
    const at = `bundles[${i}]`
    if (!isRecord(bundle)) return void problems.push(`${at} is not an object`)
    if (!Number.isInteger(bundle.year) || (bundle.year as number) < 2000)
      problems.push(`${at}.year must be a year like 2024`)
    if (!OSES.includes(bundle.os as string)) problems.push(`${at}.os must be one of ${OSES.join(', ')}`)
    if (!ARCHES.includes(bundle.arch as string)) problems.push(`${at}.arch must be one of ${ARCHES.join(', ')}`)
    if (bundle.libc !== undefined && (typeof bundle.libc !== 'string' || !parseLibc(bundle.libc))) {
      problems.push(`${at}.libc must look like 'glibc2.28'`)
    }
    if (bundle.os === 'linux' && bundle.libc === undefined) problems.push(`${at}.libc is required for Linux bundles`)
    if (typeof bundle.url !== 'string' || bundle.url === '') problems.push(`${at}.url must be a non-empty string`)
    if (typeof bundle.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(bundle.sha256))
      problems.push(`${at}.sha256 must be 64 lower-case hex digits`)
    if (!Number.isInteger(bundle.size) || (bundle.size as number) <= 0)
      problems.push(`${at}.size must be a positive whole number of bytes`)
    if (!isRecord(bundle.versions) || !Object.values(bundle.versions).every(v => typeof v === 'string')) {
      problems.push(`${at}.versions must map component names to version strings`)
    }
    const dirs = bundle.libDirs
    if (
      dirs !== undefined &&
      (!Array.isArray(dirs) || !dirs.every(d => typeof d === 'string' && isRelativeInside(d)))
    ) {
      problems.push(`${at}.libDirs must be relative folders inside the bundle`)
    }
    if (
      bundle.pythonRoot !== undefined &&
      (typeof bundle.pythonRoot !== 'string' || !isRelativeInside(bundle.pythonRoot))
    ) {
      problems.push(`${at}.pythonRoot must be a relative folder inside the bundle`)
    }
  })
  if (problems.length)
    throw new UserError(`The bundle manifest ${redactUrl(origin)} is invalid: ${problems.join('; ')}.`)
  return data as unknown as BundleManifest
}

export function describeBundle(bundle: Pick<BundleEntry, 'year' | 'os' | 'arch' | 'libc'>): string {
  return `CY${bundle.year} ${bundle.os}-${bundle.arch}${bundle.libc ? `-${bundle.libc}` : ''}`
}

/**
 * The bundle for this year and platform: same year, OS and arch, a libc the runner can run (the newest such,
 * being the closest match). No match is an error that lists what the manifest has, so the user sees at once
 * whether the year, the OS or the libc is the problem. Never another year.
 */
export function selectBundle(
  manifest: BundleManifest,
  year: number,
  platform: TargetPlatform,
  origin: string
): BundleEntry {
  const candidates = manifest.bundles.filter(
    b => b.year === year && b.os === platform.os && b.arch === platform.arch && libcCompatible(b.libc, platform.libc)
  )
  const libcOf = (b: BundleEntry) => parseLibc(b.libc ?? '')?.version ?? []
  candidates.sort((a, b) => compareVersions(libcOf(b), libcOf(a)))
  const chosen = candidates[0]
  if (chosen) return chosen
  const have = manifest.bundles.map(describeBundle)
  const wanted = describeBundle({ year, os: platform.os, arch: platform.arch, libc: platform.libc || undefined })
  throw new UserError(
    `The bundle manifest ${redactUrl(origin)} has no bundle for ${wanted}` +
      (platform.libc ? ` (or an older ${parseLibc(platform.libc)?.family ?? 'libc'})` : '') +
      `; it has: ${have.length ? have.join(', ') : 'no bundles'}. Nothing was installed.`
  )
}

/**
 * The bundle URL resolved against the manifest's own location (URL or file path). A manifest read over the network
 * may only name http(s) URLs: a `file:` URL there would make the runner read (and disclose the hash of) its own files.
 */
export function resolveBundleUrl(bundleUrl: string, manifestLocation: string): string {
  const remote = /^https?:/i.test(manifestLocation)
  const base =
    remote || /^file:/i.test(manifestLocation) ? manifestLocation : pathToFileURL(manifestLocation).toString()
  let resolved: URL
  try {
    resolved = new URL(bundleUrl, base)
  } catch {
    throw new UserError(
      `The bundle manifest ${redactUrl(manifestLocation)} names an invalid URL '${redactUrl(bundleUrl)}'.`
    )
  }
  const allowed = remote ? ['http:', 'https:'] : ['http:', 'https:', 'file:']
  if (!allowed.includes(resolved.protocol)) {
    throw new UserError(
      `The bundle manifest ${redactUrl(manifestLocation)} names a ${resolved.protocol} URL ('${redactUrl(bundleUrl)}'): ` +
        `a manifest read over the network may only name http(s) URLs. Nothing was installed.`
    )
  }
  return resolved.toString()
}
