/**
 * The two-level cache: the runner's tool cache first, then @actions/cache. A restore from @actions/cache lands in
 * the tool-cache folder itself (the same absolute path it was saved from) and is then marked complete; a fresh
 * install is saved in the `post` phase, once the job has done its work. Every cache problem is a warning: the
 * cache is an optimisation and must never turn a green job red (setup-node's most-reported bug).
 *
 * Each remote operation runs within a time budget (ADR 0022): a lookup 15 s, a restore download 5 minutes, a save
 * 60 s (`CACHE_BUDGET_SECONDS` sets all three, for slow links and for tests). When a budget runs out the job goes on
 * without the cache, with a warning; the abandoned operation's sockets are unreferenced so that it cannot keep the
 * process (main or post) alive after the action's own work is done.
 */
import { rm } from 'node:fs/promises'
import { errorMessage } from './errors.js'
import { log } from './runner.js'
import { state } from './state.js'
import { findTool, installTool, markToolComplete, toolDir, type ToolId } from './tool-cache.js'

/** Bump to invalidate every entry written before a change of layout or verification. */
export const CACHE_SCHEMA = 'v1'

/** The remote level; @actions/cache by default, replaceable in tests. */
export interface RemoteCache {
  available(): boolean
  /** Whether an entry exists, without downloading it (optional: restore is then tried directly). */
  lookup?(paths: string[], key: string): Promise<boolean>
  restore(paths: string[], key: string): Promise<string | undefined>
  /** Resolves only when the entry was saved; rejects with the reason otherwise. */
  save(paths: string[], key: string): Promise<void>
}

export const actionsCache: RemoteCache = {
  available: () => Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL),
  async lookup(paths, key) {
    const cache = await import('@actions/cache')
    return (await cache.restoreCache(paths, key, [], { lookupOnly: true }, true)) !== undefined
  },
  async restore(paths, key) {
    const cache = await import('@actions/cache')
    const budget = budgetsMs().restore
    return cache.restoreCache(paths, key, [], { timeoutInMs: budget, segmentTimeoutInMs: budget }, true)
  },
  async save(paths, key) {
    const cache = await import('@actions/cache')
    // saveCache reports its failures as log lines and returns -1; only a real id means the entry exists.
    const id = await cache.saveCache(paths, key, {}, true)
    if (id !== -1) return
    // Another job saving the same key at the same time is a normal outcome: tell it apart by looking the key up.
    if ((await cache.restoreCache(paths, key, [], { lookupOnly: true }, true)) !== undefined)
      throw new Error('the entry already exists: saved by another job')
    throw new Error('the cache service did not take the entry (see the message above)')
  }
}

export interface CacheBudgets {
  lookup: number
  restore: number
  save: number
}

export function budgetsMs(env: NodeJS.ProcessEnv = process.env): CacheBudgets {
  const seconds = Number(env.CACHE_BUDGET_SECONDS)
  if (Number.isFinite(seconds) && seconds > 0) {
    const ms = Math.round(seconds * 1000)
    return { lookup: ms, restore: ms, save: ms }
  }
  return { lookup: 15000, restore: 300000, save: 60000 }
}

export class BudgetExceeded extends Error {}

let abandoned = 0
let socketChannel: ((message: unknown) => void) | undefined

/**
 * `operation` within `ms`; past it, rejects with BudgetExceeded and lets the operation run on unreferenced: every
 * client socket opened until it settles, and those it opened before, no longer keep the process alive (toolkit
 * requests keep it alive through their own deadline timers, so they are unaffected).
 */
export async function withinBudget<T>(what: string, ms: number, operation: () => Promise<T>): Promise<T> {
  const dc = await import('node:diagnostics_channel')
  const sockets = new Set<import('node:net').Socket>()
  const track = (message: unknown) => void sockets.add((message as { socket: import('node:net').Socket }).socket)
  dc.subscribe('net.client.socket', track)
  let timer: NodeJS.Timeout | undefined
  const running = operation()
  try {
    return await Promise.race([
      running,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new BudgetExceeded(`${what} took longer than ${ms / 1000} s`)), ms)
      })
    ])
  } catch (error) {
    if (error instanceof BudgetExceeded) {
      for (const socket of sockets) socket.unref()
      abandon(dc, running)
    }
    throw error
  } finally {
    clearTimeout(timer)
    dc.unsubscribe('net.client.socket', track)
  }
}

function abandon(dc: typeof import('node:diagnostics_channel'), running: Promise<unknown>): void {
  if (abandoned++ === 0) {
    socketChannel = message => void (message as { socket: import('node:net').Socket }).socket.unref()
    dc.subscribe('net.client.socket', socketChannel)
  }
  const settle = () => {
    if (--abandoned === 0 && socketChannel) {
      dc.unsubscribe('net.client.socket', socketChannel)
      socketChannel = undefined
    }
  }
  running.then(settle, settle)
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
  const budgets = budgetsMs()
  try {
    if (remote.lookup) {
      const lookup = remote.lookup.bind(remote)
      const exists = await withinBudget('The cache lookup', budgets.lookup, () => lookup([dir], spec.key))
      if (!exists) return undefined
    }
    const hit = await withinBudget('The cache restore', budgets.restore, () => remote.restore([dir], spec.key))
    if (hit === undefined) return undefined
    await markToolComplete(spec)
    return { dir, source: 'actions-cache' }
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined)
    log.warning(`Cache restore failed for ${spec.key}; continuing without it (${errorMessage(error)})`)
    return undefined
  }
}

/** Records a tool folder to be saved to @actions/cache by the post phase (state registry: `cacheSaves`). */
export function scheduleSave(spec: CachedTool): void {
  const pending = state.cacheSaves.read().filter(entry => entry.key !== spec.key)
  pending.push({ ...spec })
  state.cacheSaves.write(pending)
  pendingInThisProcess = pending
}

let pendingInThisProcess: CachedTool[] | undefined

function pendingSaves(): CachedTool[] {
  return pendingInThisProcess ?? state.cacheSaves.read()
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
  const budget = budgetsMs().save
  for (const spec of pending) {
    try {
      await withinBudget('The cache save', budget, () => remote.save([toolDir(spec)], spec.key))
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

export type InstallSource = CacheSource | 'download'

/**
 * The one restore-download-install-save flow: the tool cache, then @actions/cache, else `populate` a staging
 * folder that moves into the tool cache atomically; a fresh or topped-up tree is scheduled for the post-step save.
 * `topUp` (optional) completes a tree found in a cache (returns true when it changed it).
 */
export async function installCached(
  spec: CachedTool,
  options: {
    useRemote: boolean
    remote?: RemoteCache
    populate: (stagingDir: string) => Promise<void>
    topUp?: (dir: string) => Promise<boolean>
  }
): Promise<{ dir: string; source: InstallSource }> {
  const restored = await restoreTool(spec, { useRemote: options.useRemote, remote: options.remote })
  let dir: string
  if (restored) {
    if (!(await options.topUp?.(restored.dir))) return restored
    dir = restored.dir
  } else {
    dir = await installTool(spec, options.populate)
    await options.topUp?.(dir) // another job may have finished a tree with other contents first
  }
  if (options.useRemote) scheduleSave(spec)
  return { dir, source: 'download' }
}
