/**
 * The catalog of official CMake and Ninja release archives (data/tool-archives.json): for a tool, version and
 * platform, the URL and the sha256 recorded in this repository. There is no fallback: a platform without a
 * recorded checksum fails, and a version is never substituted by another.
 */
import { UserError } from '../../toolkit/src/errors.js'
import archives from '../data/tool-archives.json' with { type: 'json' }
import { catalogKey, type TargetPlatform } from './platform.js'

export type CatalogTool = 'cmake' | 'ninja'

export interface ToolArchive {
  tool: CatalogTool
  version: string
  url: string
  /** The archive's file name (decides how it is extracted). */
  file: string
  sha256: string
  /** Where the checksum was read. */
  source: string
}

interface CatalogVersion {
  source?: string
  gap?: string
  archives: Record<string, { file: string; sha256: string }>
}

interface CatalogData {
  urlTemplate: string
  versions: Record<string, CatalogVersion>
}

const CATALOG = archives as unknown as Record<CatalogTool, CatalogData>

export function catalogVersions(tool: CatalogTool): string[] {
  return Object.keys(CATALOG[tool].versions)
}

export function toolArchive(tool: CatalogTool, version: string, platform: TargetPlatform): ToolArchive {
  const data = CATALOG[tool]
  const entry = data.versions[version]
  if (!entry) {
    throw new UserError(`The catalog has no ${tool} ${version}; it lists ${catalogVersions(tool).join(', ')}.`)
  }
  const key = catalogKey(platform)
  const archive = entry.archives[key]
  if (!archive) {
    const have = Object.keys(entry.archives)
    throw new UserError(
      `No verified checksum recorded for ${tool} ${version} on ${key}` +
        (entry.gap ? ` (${entry.gap})` : '') +
        `; recorded platforms: ${have.length ? have.join(', ') : 'none'}. Nothing was installed.`
    )
  }
  return {
    tool,
    version,
    file: archive.file,
    sha256: archive.sha256,
    url: data.urlTemplate.replace('{version}', version).replace('{file}', archive.file),
    source: entry.source ?? ''
  }
}
