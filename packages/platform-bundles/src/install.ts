/**
 * The install flow (the I/O half): look in the tool cache, then @actions/cache; on a miss download every archive
 * (sha256 checked while streaming, before anything is extracted), extract each into its own folder of a staging
 * tree and move the tree into the tool cache atomically; schedule the @actions/cache save for the post step.
 * A failed download or checksum leaves nothing in the tool cache; two installs of the same tree race harmlessly
 * (the first to finish wins and the other uses its tree).
 */
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { extractArchive } from '../../toolkit/src/archive.js'
import { installCached, type InstallSource, type RemoteCache } from '../../toolkit/src/cache.js'
import { downloadFile } from '../../toolkit/src/download.js'
import type { HttpOptions } from '../../toolkit/src/http.js'
import { redactUrl } from '../../toolkit/src/redact-url.js'
import { log } from '../../toolkit/src/runner.js'
import type { InstallItem, InstallPlan } from './plan.js'

/** Written into each component folder: what it holds, so a later job can tell a match from a stale tree. */
const MARKER = '.vfx-platform-component.json'

export interface InstallOptions {
  /** Use @actions/cache (input `cache`). */
  useCache: boolean
  /** Where archives are downloaded before extraction (RUNNER_TEMP). */
  tempDir: string
  /** A credential and the origin it is meant for: sent only where the toolkit's credential policy allows. */
  credential?: { headers: Record<string, string>; origin: string }
  http?: HttpOptions
  remote?: RemoteCache
}

export interface InstallResult {
  dir: string
  /** Where the tree came from: a cache level, or 'download' (some or all components fetched now). */
  source: InstallSource
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

/** Gets one archive to `destination`, verified (size and sha256 while streaming) by the toolkit's download. */
export async function fetchVerified(item: InstallItem, destination: string, options: InstallOptions): Promise<void> {
  await downloadFile(item.url, destination, {
    ...options.http,
    headers: { ...options.http?.headers, ...options.credential?.headers },
    credentialOrigin: options.credential?.origin,
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
      log.info(`Downloading ${item.label} from ${redactUrl(item.url)}`)
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
  let downloaded: InstallItem[] = []
  const result = await installCached(
    { ...plan.toolId, key: plan.cacheKey },
    {
      useRemote: options.useCache,
      remote: options.remote,
      populate: async staging => {
        await populate(staging, plan.items, options)
        downloaded = plan.items
      },
      topUp: async dir => {
        const missing = await missingItems(dir, plan.items)
        if (missing.length === 0) return false
        log.info(`The cached tree lacks ${missing.map(m => m.label).join(', ')}; adding it.`)
        await addToTree(dir, missing, options)
        downloaded = [...downloaded, ...missing]
        return true
      }
    }
  )
  if (result.source !== 'download') {
    log.info(
      `CY${plan.year} found in the ${result.source === 'tool-cache' ? 'tool cache' : 'Actions cache'}: ${result.dir}`
    )
  }
  return { dir: result.dir, source: result.source, downloaded }
}
