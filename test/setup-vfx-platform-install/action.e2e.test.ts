/**
 * setup-vfx-platform with `install: libraries`, through the committed bundle and the local runner: a real bundle
 * built from Debian packages, served from 127.0.0.1 (the server counts requests), an unreachable cache service.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fullLog, runBundle } from '../support/run-bundle.js'
import { startServer, type LocalServer } from '../support/local-server.js'
import { buildDebianBundle, serveBundleRelease, type BuiltBundle } from './debian-bundle.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools(['apt-get', 'dpkg', 'dpkg-deb', 'dpkg-architecture', 'zstd'])

let work: string
let server: LocalServer
let built: BuiltBundle
let closedPort: number

/** A port that nothing listens on: the cache service is unreachable. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>(resolve => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise(resolve => probe.close(resolve))
  return port
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vfx-install-action-'))
  built = buildDebianBundle(work)
  closedPort = await freePort()
  server = await startServer()
  serveBundleRelease(server, built)
}, 120000)
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

function run(toolCache: string, year = '2022') {
  return runBundle('setup-vfx-platform', {
    inputs: {
      'vfx-platform': year,
      install: 'libraries',
      manifest: `${server.url}/rel/platform-bundles.json`,
      mode: 'host',
      check: 'off'
    },
    toolCache,
    env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${closedPort}/`, ACTIONS_RUNTIME_TOKEN: 'dummy-token' },
    timeoutMs: 90000
  })
}

describeWithTools('setup-vfx-platform install: libraries', () => {
  it('installs, warns about the unreachable cache service, and a second run hits the tool cache with no download', async () => {
    const toolCache = join(work, 'toolcache-sequential')
    const first = await run(toolCache)
    expect(fullLog(first)).not.toMatch(/::error::/)
    expect(first.success).toBe(true)
    const installDir = first.outputs['install-dir'] as string
    expect(installDir).toMatch(new RegExp(`^${toolCache}/vfx-platform/2022/x64-linux-glibc[0-9.]+$`))
    expect(first.outputs['cache-hit']).toBe('false')
    expect(JSON.parse(first.outputs.installed as string)).toEqual(built.versions)
    expect(first.exportedEnv.CMAKE_PREFIX_PATH?.split(':')[0]).toBe(join(installDir, 'libraries'))
    expect(existsSync(join(installDir, 'libraries', 'lib', 'cmake', 'OpenEXR', 'OpenEXRConfig.cmake'))).toBe(true)
    expect(first.summary).toMatch(/CY2022 installed/)
    // The cache service is down: a warning (restore and/or save), never a failure.
    expect(fullLog(first)).toMatch(/::warning::/)
    const downloads = server.count('/rel/cy2022.tar.zst')
    expect(downloads).toBe(1)

    const second = await run(toolCache)
    expect(second.success).toBe(true)
    expect(second.outputs['cache-hit']).toBe('true')
    expect(second.outputs['install-dir']).toBe(installDir)
    expect(server.count('/rel/cy2022.tar.zst')).toBe(downloads)
  }, 180000)

  it('two installs of the same tree in parallel both succeed and leave one complete tree', async () => {
    const toolCache = join(work, 'toolcache-parallel')
    const [a, b] = await Promise.all([run(toolCache), run(toolCache)])
    expect([a.success, b.success]).toEqual([true, true])
    expect(a.outputs['install-dir']).toBe(b.outputs['install-dir'])
    const yearDir = join(toolCache, 'vfx-platform', '2022')
    const entries = readdirSync(yearDir)
    expect(entries.filter(e => e.includes('.staging-'))).toEqual([])
    expect(entries.filter(e => e.endsWith('.complete'))).toHaveLength(1)
    expect(
      existsSync(join(a.outputs['install-dir'] as string, 'libraries', 'include', 'OpenEXR', 'ImfRgbaFile.h'))
    ).toBe(true)
  }, 180000)

  it('fails for a year the manifest has no bundle for, listing what it has, and installs nothing', async () => {
    const toolCache = join(work, 'toolcache-unknown')
    const result = await run(toolCache, '2024')
    expect(result.success).toBe(false)
    expect(fullLog(result)).toMatch(
      /::error::.*no bundle for CY2024 linux-x64-glibc[0-9.]+ .*it has: CY2022 linux-x64-glibc2\.31/
    )
    expect(existsSync(join(toolCache, 'vfx-platform'))).toBe(false)
  }, 120000)
})
