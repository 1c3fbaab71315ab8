/**
 * Which SonarScanner CLI zip to download and which sha256 it must have. The pinned values live in
 * scanner-catalog.json (data, with their sources); this module only decides. A platform without a pinned checksum
 * is refused unless the user supplies one: an unverified download would be a supply-chain hole, and silently
 * using another version than asked is the classic setup-action bug.
 */
import { UserError } from '../../packages/toolkit/src/errors.js'
import { isSha256 } from '../../packages/toolkit/src/hash.js'
import { redactUrl } from '../../packages/toolkit/src/redact-url.js'
import catalogData from './scanner-catalog.json' with { type: 'json' }

export type ScannerPlatform = 'linux-x64' | 'linux-aarch64' | 'windows-x64' | 'macosx-x64' | 'macosx-aarch64'

export interface CatalogEntry {
  sha256: string | null
  source: string
}

export interface ScannerCatalog {
  defaultVersion: string
  baseUrl: string
  versions: Record<string, Partial<Record<ScannerPlatform, CatalogEntry>>>
}

export const scannerCatalog: ScannerCatalog = catalogData as ScannerCatalog

/** The scanner's platform name for a runner OS/arch (RUNNER_OS, RUNNER_ARCH); undefined where none is published. */
export function scannerPlatform(os: string, arch: string): ScannerPlatform | undefined {
  const table: Record<string, ScannerPlatform> = {
    'Linux/X64': 'linux-x64',
    'Linux/ARM64': 'linux-aarch64',
    'Windows/X64': 'windows-x64',
    'macOS/X64': 'macosx-x64',
    'macOS/ARM64': 'macosx-aarch64'
  }
  return table[`${os}/${arch}`]
}

export interface ScannerRequest {
  version: string
  os: string
  arch: string
  /** Base URL replacing the official binaries host (an internal mirror, or a test server). */
  mirror?: string
  /** A checksum from the user, for versions or platforms the catalog does not pin. */
  sha256?: string
}

export interface ScannerDownload {
  version: string
  platform: ScannerPlatform
  fileName: string
  url: string
  sha256: string
  /** Where the checksum came from, for the summary. */
  checksumSource: 'catalog' | 'input'
}

export function resolveScannerDownload(
  request: ScannerRequest,
  catalog: ScannerCatalog = scannerCatalog
): ScannerDownload {
  const platform = scannerPlatform(request.os, request.arch)
  if (!platform) {
    throw new UserError(
      `SonarScanner CLI is not published for ${request.os}/${request.arch}; supported runners: Linux X64/ARM64, Windows X64, macOS X64/ARM64.`
    )
  }
  const given = request.sha256?.toLowerCase()
  if (given !== undefined && !isSha256(given)) {
    throw new UserError(`Input 'scanner-sha256' has the value '${request.sha256}': expected 64 hexadecimal characters.`)
  }
  const pinned = catalog.versions[request.version]?.[platform]?.sha256 ?? undefined
  if (pinned && given && pinned !== given) {
    throw new UserError(
      `Input 'scanner-sha256' (${given}) differs from the checksum pinned in this action for sonar-scanner-cli ${request.version} ${platform} (${pinned}). Refusing to guess which is right.`
    )
  }
  const sha256 = pinned ?? given
  if (!sha256) {
    const known = Object.entries(catalog.versions)
      .filter(([, platforms]) => platforms[platform]?.sha256)
      .map(([version]) => version)
    throw new UserError(
      `No sha256 is pinned for sonar-scanner-cli ${request.version} on ${platform}` +
        (known.length
          ? ` (pinned for ${platform}: ${known.join(', ')})`
          : ` (no version is pinned for ${platform} yet)`) +
        `. Give 'scanner-sha256' with the value published at ${redactUrl(catalog.baseUrl)}/sonar-scanner-cli-${request.version}-${platform}.zip.sha256, ` +
        `optionally with 'scanner-mirror'.`
    )
  }
  const fileName = `sonar-scanner-cli-${request.version}-${platform}.zip`
  const base = (request.mirror || catalog.baseUrl).replace(/\/+$/, '')
  return {
    version: request.version,
    platform,
    fileName,
    url: `${base}/${fileName}`,
    sha256,
    checksumSource: pinned ? 'catalog' : 'input'
  }
}
