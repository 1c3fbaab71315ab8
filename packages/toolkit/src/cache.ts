/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
 */
import { rm } from 'node:fs/promises'
import { errorMessage } from './errors.js'
import { getState, log, saveState } from './runner.js'
import { findTool, markToolComplete, toolDir, type ToolId } from './tool-cache.js'

/** Bump to invalidate every entry written before a change of layout or verification. */
export const CACHE_SCHEMA = 'v1'
const SAVE_STATE = 'toolkit-cache-save'

/** The remote level; @actions/cache by default, replaceable in tests. */
export interface RemoteCache {
  available(): boolean
  restore(paths: string[], key: string): Promise<string | undefined>
  save(paths: string[], key: string): Promise<void>
}

export const actionsCache: RemoteCache = {
  available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
  async restore(paths, key) {
    const cache = await import('@actions/cache')
    return cache.restoreCache(paths, key, [], {}, true)
  },
  async save(paths, key) {
    const cache = await import('@actions/cache')
    await cache.saveCache(paths, key, {}, true)
  }
}

export interface CachedTool extends ToolId {
  /** The @actions/cache key; must identify the content exactly (e.g. carry its sha256). */
  key: string
}

export type CacheSource = 'tool-cache' | 'actions-cache'

export function cacheKey(...parts: string[]): string {
  return [CACHE_SCHEMA, ...parts].join('-')
}

/** Looks in both levels; returns the folder and where it came from, or undefined on a miss. */
export async function restoreTool(
  spec: CachedTool,
  options: { remote?: RemoteCache; useRemote?: boolean } = {}
): Promise<{ dir: string; source: CacheSource } | undefined> {
  const local = findTool(spec)
  if (local) return { dir: local, source: 'tool-cache' }
  const remote = options.remote ?? actionsCache
  if (options.useRemote === false || !remote.available()) return undefined
  const dir = toolDir(spec)
  try {
    const hit = await remote.restore([dir], spec.key)
    if (hit === undefined) return undefined
    await markToolComplete(spec)
    return { dir, source: 'actions-cache' }
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    log.warning(`Cache restore failed for ${spec.key}; continuing without it (${errorMessage(error)})`)
    return undefined
  }
}

/** Records a tool folder to be saved to @actions/cache by the post phase. */
export function scheduleSave(spec: CachedTool): void {
  const pending = pendingSaves().filter(entry => entry.key !== spec.key)
  pending.push({ ...spec })
  saveState(SAVE_STATE, pending)
  pendingInThisProcess = pending
}

let pendingInThisProcess: CachedTool[] | undefined

function pendingSaves(): CachedTool[] {
  if (pendingInThisProcess) return pendingInThisProcess
  try {
    return JSON.parse(getState(SAVE_STATE) || '[]') as CachedTool[]
  } catch {
    return []
  }
}

/** The post phase's half: saves what main scheduled. Never throws; returns the keys saved. */
export async function saveScheduled(remote: RemoteCache = actionsCache): Promise<string[]> {
  const saved: string[] = []
  const pending = pendingSaves()
  if (pending.length === 0) return saved
  if (!remote.available()) {
    log.info('The cache service is not available to this job; nothing saved.')
    return saved
  }
  for (const spec of pending) {
    try {
      await remote.save([toolDir(spec)], spec.key)
      saved.push(spec.key)
      log.info(`Saved ${spec.key} to the cache.`)
    } catch (error) {
      const message = errorMessage(error)
      if (/another job|reserve|already exists/i.test(message))
        log.info(`Cache ${spec.key} is being or was saved by another job.`)
      else log.warning(`Cache save failed for ${spec.key}; the job result is unaffected (${message})`)
    }
  }
  return saved
}
