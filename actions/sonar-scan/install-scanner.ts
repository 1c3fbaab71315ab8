/**
 * Gets the SonarScanner CLI into the tool cache: tool cache, then @actions/cache, then the verified download
 * (sha256 checked while streaming, before anything is extracted). A fresh install is scheduled for saving in post.
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { cacheKey, restoreTool, scheduleSave, type CachedTool } from '../../packages/toolkit/src/cache.js'
import { extractArchive } from '../../packages/toolkit/src/archive.js'
import { downloadFile } from '../../packages/toolkit/src/download.js'
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { redactUrl, redactUrls } from '../../packages/toolkit/src/redact-url.js'
import { log } from '../../packages/toolkit/src/runner.js'
import { privateTempDir } from '../../packages/toolkit/src/secrets.js'
import { installTool } from '../../packages/toolkit/src/tool-cache.js'
import type { ScannerDownload } from './scanner-catalog.js'

export type ScannerSource = 'tool-cache' | 'actions-cache' | 'download'

export interface InstalledScanner {
  home: string
  source: ScannerSource
}

export function scannerToolSpec(download: ScannerDownload): CachedTool {
  return {
    tool: 'sonar-scanner-cli',
    version: download.version,
    arch: download.platform,
    // The checksum in the key: an entry made from other bytes (another mirror, another pin) can never hit.
    key: cacheKey('sonar-scanner-cli', download.version, download.platform, download.sha256)
  }
}

/** The scanner's home inside an extracted tree: the tree itself or its single top-level folder. */
export function scannerHome(dir: string): string {
  if (existsSync(join(dir, 'bin')) || existsSync(join(dir, 'lib'))) return dir
  const folders = readdirSync(dir, { withFileTypes: true }).filter(entry => entry.isDirectory())
  const only = folders.length === 1 ? join(dir, (folders[0] as { name: string }).name) : undefined
  if (only && (existsSync(join(only, 'bin')) || existsSync(join(only, 'lib')))) return only
  throw new UserError(`The scanner archive in ${dir} has no bin/ folder; is it a sonar-scanner-cli zip?`)
}

export async function installScanner(download: ScannerDownload, useRemoteCache: boolean): Promise<InstalledScanner> {
  const spec = scannerToolSpec(download)
  const cached = await restoreTool(spec, { useRemote: useRemoteCache })
  if (cached) return { home: scannerHome(cached.dir), source: cached.source }
  // A mirror URL may carry credentials: they are masked, and printed only redacted, here and in any error.
  log.info(`Downloading ${redactUrl(download.url)} (sha256 ${download.sha256})`)
  const temp = privateTempDir('sonar-scanner-download')
  const zip = join(temp, download.fileName)
  try {
    await downloadFile(download.url, zip, { sha256: download.sha256 })
  } catch (error) {
    if (error instanceof UserError) throw new UserError(redactUrls(error.message))
    throw new UserError(
      `Downloading the scanner from ${redactUrl(download.url)} failed: ${redactUrls(errorMessage(error))}`
    )
  }
  const dir = await installTool(spec, staging => extractArchive(zip, staging, download.fileName))
  if (useRemoteCache) scheduleSave(spec)
  return { home: scannerHome(dir), source: 'download' }
}
