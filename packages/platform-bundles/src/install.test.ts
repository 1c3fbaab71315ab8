/**
 * The install flow against a real HTTP server on 127.0.0.1 with fault injection, real tar archives and a real
 * tool-cache folder (tier 2: the library without the action around it).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { failFirst, serveBytes, startServer, type LocalServer } from '../../../test/support/local-server.js'
import type { RemoteCache } from '../../toolkit/src/cache.js'
import { installPlan } from './install.js'
import { planInstall, type InstallPlan } from './plan.js'
import { targetPlatform } from './platform.js'

let work: string
let server: LocalServer
let bundle: Buffer
const platform = targetPlatform('Linux', 'X64', 'glibc2.36')

function makeBundle(): Buffer {
  const root = join(work, 'bundle-src')
  mkdirSync(join(root, 'lib', 'pkgconfig'), { recursive: true })
  mkdirSync(join(root, 'include'), { recursive: true })
  writeFileSync(join(root, 'include', 'thing.h'), '#define THING 42\n')
  writeFileSync(join(root, 'lib', 'pkgconfig', 'thing.pc'), 'prefix=${pcfiledir}/../..\n')
  execFileSync('tar', ['-czf', join(work, 'bundle.tar.gz'), '-C', root, '.'])
  return readFileSync(join(work, 'bundle.tar.gz'))
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

function plan(path: string, overrides: { sha256?: string; year?: number } = {}): InstallPlan {
  return planInstall({
    year: overrides.year ?? 2024,
    components: ['libraries'],
    platform,
    versions: {},
    manifest: {
      location: `${server.url}/rel/platform-bundles.json`,
      data: {
        schema: 1,
        bundles: [
          {
            year: overrides.year ?? 2024,
            os: 'linux',
            arch: 'x64',
            libc: 'glibc2.28',
            url: path,
            sha256: overrides.sha256 ?? sha256(bundle),
            size: bundle.length,
            versions: { thing: '1.0' }
          }
        ]
      }
    }
  })
}

const noRemote: RemoteCache = { available: () => false, restore: async () => undefined, save: async () => undefined }
const options = () => ({ useCache: false, tempDir: join(work, 'temp'), http: { retryDelayMs: 10 }, remote: noRemote })

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'platform-install-'))
  bundle = makeBundle()
  server = await startServer()
})
afterAll(async () => {
  await server.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(() => {
  process.env.RUNNER_TOOL_CACHE = join(work, `toolcache-${Math.random().toString(36).slice(2)}`)
})

/** The year folder's entries; a failed install leaves not even the folder. */
const toolCacheEntries = () => {
  const yearDir = join(process.env.RUNNER_TOOL_CACHE as string, 'vfx-platform', '2024')
  return existsSync(yearDir) ? readdirSync(yearDir) : []
}

describe('installPlan', () => {
  it('installs into the tool cache, then finds it there without a download', async () => {
    server.route('GET', '/rel/ok.tar.gz', serveBytes(bundle))
    const first = await installPlan(plan('ok.tar.gz'), options())
    expect(first.source).toBe('download')
    expect(first.dir).toBe(join(process.env.RUNNER_TOOL_CACHE as string, 'vfx-platform', '2024', 'x64-linux-glibc2.36'))
    expect(readFileSync(join(first.dir, 'libraries', 'include', 'thing.h'), 'utf8')).toContain('THING 42')
    expect(toolCacheEntries().sort()).toEqual(['x64-linux-glibc2.36', 'x64-linux-glibc2.36.complete'])

    const before = server.count('/rel/ok.tar.gz')
    const second = await installPlan(plan('ok.tar.gz'), options())
    expect(second).toMatchObject({ dir: first.dir, source: 'tool-cache', downloaded: [] })
    expect(server.count('/rel/ok.tar.gz')).toBe(before)
  })

  it('retries a 500 and then succeeds', async () => {
    server.route('GET', '/rel/flaky.tar.gz', failFirst(1, 500, serveBytes(bundle)))
    const result = await installPlan(plan('flaky.tar.gz'), options())
    expect(result.source).toBe('download')
    expect(server.count('/rel/flaky.tar.gz')).toBe(2)
  })

  it.each(['reset-mid-body', 'truncate'] as const)('retries a %s transfer and installs the whole tree', async fault => {
    let n = 0
    server.route('GET', `/rel/${fault}.tar.gz`, (req, res, body) =>
      serveBytes(bundle, n++ === 0 ? fault : undefined)(req, res, body)
    )
    const result = await installPlan(plan(`${fault}.tar.gz`), options())
    expect(existsSync(join(result.dir, 'libraries', 'lib', 'pkgconfig', 'thing.pc'))).toBe(true)
    expect(n).toBe(2)
  })

  it('fails on a wrong sha256 and leaves nothing in the tool cache', async () => {
    server.route('GET', '/rel/tampered.tar.gz', serveBytes(bundle))
    await expect(installPlan(plan('tampered.tar.gz', { sha256: 'f'.repeat(64) }), options())).rejects.toThrow(
      /sha256 mismatch.*Nothing was installed/
    )
    expect(toolCacheEntries()).toEqual([])
    expect(readdirSync(join(work, 'temp')).filter(name => name.startsWith('vfx-platform-downloads'))).toEqual([])
  })

  it('fails after the retries when the server keeps failing, with nothing installed', async () => {
    server.route('GET', '/rel/down.tar.gz', failFirst(100, 503, serveBytes(bundle)))
    await expect(
      installPlan(plan('down.tar.gz'), { ...options(), http: { retryDelayMs: 1, retries: 2 } })
    ).rejects.toThrow(/HTTP 503/)
    expect(toolCacheEntries()).toEqual([])
  })

  it('restores from the remote cache level, and marks the tool-cache folder complete', async () => {
    const restored: string[] = []
    const remote: RemoteCache = {
      available: () => true,
      restore: async (paths, key) => {
        const [dir] = paths as [string]
        mkdirSync(join(dir, 'libraries'), { recursive: true })
        writeFileSync(
          join(dir, 'libraries', '.vfx-platform-component.json'),
          JSON.stringify({ version: '2024', sha256: sha256(bundle) })
        )
        restored.push(key)
        return key
      },
      save: async () => undefined
    }
    const p = plan('never-fetched.tar.gz')
    const result = await installPlan(p, { ...options(), useCache: true, remote })
    expect(result.source).toBe('actions-cache')
    expect(restored).toEqual([p.cacheKey])
    expect(server.count('/rel/never-fetched.tar.gz')).toBe(0)
    expect(existsSync(`${result.dir}.complete`)).toBe(true)
  })

  it('a remote restore that fails is a warning and a normal install follows', async () => {
    server.route('GET', '/rel/after-warning.tar.gz', serveBytes(bundle))
    const remote: RemoteCache = {
      available: () => true,
      restore: async () => Promise.reject(new Error('cache service down')),
      save: async () => undefined
    }
    const lines: string[] = []
    const write = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => (lines.push(String(chunk)), true)) as typeof process.stdout.write
    try {
      const result = await installPlan(plan('after-warning.tar.gz'), { ...options(), useCache: true, remote })
      expect(result.source).toBe('download')
    } finally {
      process.stdout.write = write
    }
    expect(lines.join('')).toMatch(/::warning::Cache restore failed.*cache service down/)
  })

  it('reinstalls a component whose cached copy is stale (the bundle was rebuilt)', async () => {
    server.route('GET', '/rel/v1.tar.gz', serveBytes(bundle))
    const first = await installPlan(plan('v1.tar.gz'), options())
    const rebuilt = Buffer.concat([bundle]) // same bytes, but recorded under another checksum below
    const other = join(work, 'other-src')
    mkdirSync(join(other, 'include'), { recursive: true })
    writeFileSync(join(other, 'include', 'thing.h'), '#define THING 43\n')
    execFileSync('tar', ['-czf', join(work, 'other.tar.gz'), '-C', other, '.'])
    const next = readFileSync(join(work, 'other.tar.gz'))
    server.route('GET', '/rel/v2.tar.gz', serveBytes(next))
    bundle = next
    try {
      const second = await installPlan(plan('v2.tar.gz'), options())
      expect(second).toMatchObject({ dir: first.dir, source: 'download' })
      expect(readFileSync(join(second.dir, 'libraries', 'include', 'thing.h'), 'utf8')).toContain('THING 43')
    } finally {
      bundle = rebuilt
    }
  })
})
