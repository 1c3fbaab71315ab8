/**
 * The install flow (the I/O half): look in the tool cache, then @actions/cache; on a miss download every archive
 * (sha256 checked while streaming, before anything is extracted), extract each into its own folder of a staging
 * tree and move the tree into the tool cache atomically; schedule the @actions/cache save for the post step.
 * A failed download or checksum leaves nothing in the tool cache; two installs of the same tree race harmlessly
 * (the first to finish wins and the other uses its tree).
 */
import { existsSync } from 'node:fs'
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { extractArchive } from '../../toolkit/src/archive.js'
import { restoreTool, scheduleSave, type CacheSource, type RemoteCache } from '../../toolkit/src/cache.js'
import { ChecksumError, downloadFile } from '../../toolkit/src/download.js'
import { hashFile } from '../../toolkit/src/hash.js'
import type { HttpOptions } from '../../toolkit/src/http.js'
import { log } from '../../toolkit/src/runner.js'
import { installTool } from '../../toolkit/src/tool-cache.js'
import type { InstallItem, InstallPlan } from './plan.js'

/** Written into each component folder: what it holds, so a later job can tell a match from a stale tree. */
const MARKER = '.vfx-platform-component.json'

export interface InstallOptions {
  /** Use @actions/cache (input `cache`). */
  useCache: boolean
  /** Where archives are downloaded before extraction (RUNNER_TEMP). */
  tempDir: string
  /** Headers for a given URL (the token only goes to the GitHub host). */
  headersFor?: (url: string) => Record<string, string>
  http?: HttpOptions
  remote?: RemoteCache
}

export interface InstallResult {
  dir: string
  /** Where the tree came from: a cache level, or 'download' (some or all components fetched now). */
  source: CacheSource | 'download'
  downloaded: InstallItem[]
}

interface Marker {
  version: string
  sha256: string
}

async function readMarker(componentDir: string): Promise<Marker | undefined> {
  try {
    return JSON.parse(await readFile(join(componentDir, MARKER), 'utf8')) as Marker
  } catch {
    return undefined
  }
}

/** Components of the plan that the tree at `dir` does not hold in exactly this version and checksum. */
export async function missingItems(dir: string, items: InstallItem[]): Promise<InstallItem[]> {
  const missing: InstallItem[] = []
  for (const item of items) {
    const marker = await readMarker(join(dir, item.component))
    if (!marker || marker.sha256 !== item.sha256 || marker.version !== item.version) missing.push(item)
  }
  return missing
}

/** Gets one archive to `destination`, verified: http(s) through the toolkit's download, file: by copy + hash. */
export async function fetchVerified(item: InstallItem, destination: string, options: InstallOptions): Promise<void> {
  if (item.url.startsWith('file:')) {
    const partial = `${destination}.partial-${process.pid}`
    try {
      await copyFile(fileURLToPath(item.url), partial)
      const actual = await hashFile(partial)
      if (actual !== item.sha256) {
        throw new ChecksumError(
          `${item.url}: sha256 mismatch, expected ${item.sha256}, got ${actual}. Nothing was installed.`
        )
      }
      await rename(partial, destination)
    } finally {
      await rm(partial, { force: true })
    }
    return
  }
  await downloadFile(item.url, destination, {
    ...options.http,
    headers: { ...options.http?.headers, ...options.headersFor?.(item.url) },
    sha256: item.sha256,
    size: item.size
  })
}

/** Extracts a verified archive into `target` and records what it holds. */
async function extractItem(item: InstallItem, archive: string, target: string): Promise<void> {
  await extractArchive(archive, target, item.archiveName)
  if (item.component === 'cmake') await hoistSingleFolder(target)
  const marker: Marker = { version: item.version, sha256: item.sha256 }
  await writeFile(join(target, MARKER), JSON.stringify(marker))
}

/** CMake's archives wrap everything in one `cmake-<v>-<platform>/` folder; the tree wants its contents. */
async function hoistSingleFolder(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true })
  const only = entries[0]
  if (entries.length !== 1 || !only?.isDirectory()) return
  const inner = join(dir, only.name)
  for (const name of await readdir(inner)) await rename(join(inner, name), join(dir, name))
  await rm(inner, { recursive: true, force: true })
}

/** Downloads (all first, so a bad checksum fails before any extraction) and extracts `items` under `root`. */
async function populate(root: string, items: InstallItem[], options: InstallOptions): Promise<void> {
  const downloads = join(options.tempDir, `vfx-platform-downloads-${process.pid}-${Date.now()}`)
  await mkdir(downloads, { recursive: true })
  try {
    const archives: string[] = []
    for (const [i, item] of items.entries()) {
      const archive = join(downloads, `${i}-${item.archiveName}`)
      log.info(`Downloading ${item.label} from ${item.url}`)
      await fetchVerified(item, archive, options)
      archives.push(archive)
    }
    for (const [i, item] of items.entries()) await extractItem(item, archives[i] as string, join(root, item.component))
  } finally {
    await rm(downloads, { recursive: true, force: true })
  }
}

/** Adds components to an existing complete tree, one atomic folder rename each. */
async function addToTree(dir: string, items: InstallItem[], options: InstallOptions): Promise<void> {
  const staging = join(dir, `.staging-${process.pid}-${Date.now()}`)
  try {
    await populate(staging, items, options)
    for (const item of items) {
      const target = join(dir, item.component)
      const old = `${target}.old-${process.pid}-${Date.now()}`
      if (existsSync(target)) await rename(target, old)
      try {
        await rename(join(staging, item.component), target)
      } catch (error) {
        // Another job added the same component in the meantime; keep its folder if it holds the same thing.
        if ((await missingItems(dir, [item])).length) throw error
      }
      await rm(old, { recursive: true, force: true })
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

export async function installPlan(plan: InstallPlan, options: InstallOptions): Promise<InstallResult> {
  const spec = { ...plan.toolId, key: plan.cacheKey }
  const restored = await restoreTool(spec, { useRemote: options.useCache, remote: options.remote })
  if (restored) {
    const missing = await missingItems(restored.dir, plan.items)
    if (missing.length === 0) {
      log.info(
        `CY${plan.year} found in the ${restored.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${restored.dir}`
      )
      return { dir: restored.dir, source: restored.source, downloaded: [] }
    }
    log.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`)
    await addToTree(restored.dir, missing, options)
    if (options.useCache) scheduleSave(spec)
    return { dir: restored.dir, source: 'download', downloaded: missing }
  }
  const dir = await installTool(plan.toolId, staging => populate(staging, plan.items, options))
  if ((await missingItems(dir, plan.items)).length) {
    // installTool kept a tree another job completed first, holding other components: add ours.
    await addToTree(dir, await missingItems(dir, plan.items), options)
  }
  if (options.useCache) scheduleSave(spec)
  return { dir, source: 'download', downloaded: plan.items }
}
