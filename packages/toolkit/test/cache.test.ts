import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cacheKey, restoreTool, saveScheduled, scheduleSave, type RemoteCache } from '../src/cache.js'
import { findTool, installTool, toolDir } from '../src/tool-cache.js'

let saved: NodeJS.ProcessEnv
let stdout: string[]
let realWrite: typeof process.stdout.write
const id = { tool: 'vfx-platform', version: '2025', arch: 'x64-linux-glibc2.36' }

beforeEach(() => {
  saved = { ...process.env }
  process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'toolcache-'))
  const state = join(mkdtempSync(join(tmpdir(), 'state-')), 'state')
  writeFileSync(state, '')
  process.env.GITHUB_STATE = state
  stdout = []
  realWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string) => stdout.push(String(chunk)) > 0) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.env = saved
})

/** A remote level backed by a folder: what @actions/cache does, minus the service. */
function folderRemote(
  options: { failRestore?: string; failSave?: string } = {}
): RemoteCache & { entries: Map<string, string> } {
  const entries = new Map<string, string>()
  return {
    entries,
    available: () => true,
    async restore(paths, key) {
      if (options.failRestore) throw new Error(options.failRestore)
      const content = entries.get(key)
      if (content === undefined) return undefined
      mkdirSync(paths[0] as string, { recursive: true })
      writeFileSync(join(paths[0] as string, 'payload'), content)
      return key
    },
    async save(paths, key) {
      if (options.failSave) throw new Error(options.failSave)
      entries.set(key, readFileSync(join(paths[0] as string, 'payload'), 'utf8'))
    }
  }
}

describe('tool cache (level one)', () => {
  test('store then find round-trips with the same id (the Jimver/cuda-toolkit bug class)', async () => {
    expect(findTool(id)).toBeUndefined()
    const dir = await installTool(id, async staging => writeFileSync(join(staging, 'payload'), 'v1'))
    expect(dir).toBe(toolDir(id))
    expect(findTool(id)).toBe(dir)
    expect(existsSync(`${dir}.complete`)).toBe(true)
  })

  test('a failed install leaves neither a tree nor a marker', async () => {
    await expect(
      installTool(id, async staging => {
        writeFileSync(join(staging, 'half'), 'x')
        throw new Error('extraction failed')
      })
    ).rejects.toThrow('extraction failed')
    expect(findTool(id)).toBeUndefined()
    // No trace at all: not even the empty version and tool folders.
    expect(readdirSync(process.env.RUNNER_TOOL_CACHE as string)).toEqual([])
  })

  test('two installs of the same id in parallel both succeed and leave one complete tree', async () => {
    const [a, b] = await Promise.all([
      installTool(id, async s => writeFileSync(join(s, 'payload'), 'same')),
      installTool(id, async s => writeFileSync(join(s, 'payload'), 'same'))
    ])
    expect(a).toBe(b)
    expect(readFileSync(join(a, 'payload'), 'utf8')).toBe('same')
    expect(readdirSync(join(process.env.RUNNER_TOOL_CACHE as string, id.tool, id.version)).sort()).toEqual([
      id.arch,
      `${id.arch}.complete`
    ])
  })

  test('path components are validated', () => {
    expect(() => toolDir({ ...id, version: '../../etc' })).toThrow(/Invalid tool-cache path component/)
  })
})

describe('two-level cache', () => {
  const spec = { ...id, key: cacheKey('vfx-platform', '2025', 'abc123') }

  test('keys carry the schema version', () => {
    expect(spec.key).toBe('v1-vfx-platform-2025-abc123')
  })

  test('miss, install, save in post, then a fresh runner restores from the remote level into the tool cache', async () => {
    const remote = folderRemote()
    expect(await restoreTool(spec, { remote })).toBeUndefined()
    await installTool(spec, async s => writeFileSync(join(s, 'payload'), 'built'))
    scheduleSave(spec)
    expect(await saveScheduled(remote)).toEqual([spec.key])

    process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(tmpdir(), 'fresh-runner-'))
    const restored = await restoreTool(spec, { remote })
    expect(restored?.source).toBe('actions-cache')
    expect(findTool(spec)).toBe(restored?.dir) // copied back: the next lookup is a local hit
    expect((await restoreTool(spec, { remote }))?.source).toBe('tool-cache')
  })

  test('restore trouble is a warning and a miss, never an error', async () => {
    const remote = folderRemote({ failRestore: 'connect ECONNREFUSED 127.0.0.1:1' })
    expect(await restoreTool(spec, { remote })).toBeUndefined()
    expect(stdout.join('')).toMatch(/::warning::Cache restore failed for v1-vfx-platform-2025-abc123/)
    expect(existsSync(toolDir(spec))).toBe(false)
  })

  test('save trouble is a warning; "another job" is only info', async () => {
    await installTool(spec, async s => writeFileSync(join(s, 'payload'), 'x'))
    scheduleSave(spec)
    expect(await saveScheduled(folderRemote({ failSave: 'Service unavailable' }))).toEqual([])
    expect(stdout.join('')).toMatch(/::warning::Cache save failed/)
    stdout.length = 0
    await saveScheduled(
      folderRemote({ failSave: 'Unable to reserve cache with key ..., another job may be creating this cache.' })
    )
    expect(stdout.join('')).not.toMatch(/::warning::/)
  })

  test('useRemote: false and an unavailable service skip the remote level', async () => {
    const remote = folderRemote()
    remote.entries.set(spec.key, 'x')
    expect(await restoreTool(spec, { remote, useRemote: false })).toBeUndefined()
    expect(await restoreTool(spec, { remote: { ...remote, available: () => false } })).toBeUndefined()
  })
})
