/**
 * installRequested (setup-vfx-platform's install.ts) end to end in this process: a real relocatable bundle built
 * from Debian's Imath/OpenEXR packages, served with its manifest from 127.0.0.1, installed into a tool cache, and
 * a C++ CMake project configured, built and run against the installed tree, not the system copy.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { installRequested } from '../../actions/setup-vfx-platform/install.js'
import { runnerContext } from '../../packages/toolkit/src/runner.js'
import { resolveYear } from '../../packages/vfx-platform/src/years.js'
import { startServer, type LocalServer } from '../support/local-server.js'
import { buildDebianBundle, serveBundleRelease, type BuiltBundle } from './debian-bundle.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools([
  'apt-get',
  'dpkg',
  'dpkg-deb',
  'dpkg-architecture',
  'zstd',
  'cmake',
  'g++',
  'pkg-config'
])

const here = dirname(fileURLToPath(import.meta.url))
let work: string
let server: LocalServer
let built: BuiltBundle

function parseFileCommands(path: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] as string)
    if (!m) continue
    const value: string[] = []
    while (lines[++i] !== m[2]) value.push(lines[i] as string)
    out[m[1] as string] = value.join('\n')
  }
  return out
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'vfx-install-'))
  built = buildDebianBundle(work)
  server = await startServer()
  serveBundleRelease(server, built)
}, 120000)
afterAll(async () => {
  await server?.close()
  rmSync(work, { recursive: true, force: true })
})

describeWithTools('installRequested with a Debian-built bundle', () => {
  it('installs the bundle, exports the environment, and a CMake project builds and runs against it', async () => {
    const files = join(work, 'files')
    mkdirSync(files, { recursive: true })
    const env = {
      INPUT_INSTALL: 'libraries',
      INPUT_MANIFEST: `${server.url}/rel/platform-bundles.json`,
      INPUT_CACHE: 'false',
      INPUT_TOKEN: '',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: join(work, 'temp'),
      RUNNER_TOOL_CACHE: join(work, 'toolcache'),
      GITHUB_OUTPUT: join(files, 'output'),
      GITHUB_ENV: join(files, 'env'),
      GITHUB_PATH: join(files, 'path'),
      GITHUB_STATE: join(files, 'state'),
      GITHUB_STEP_SUMMARY: join(files, 'summary')
    }
    for (const [name, file] of Object.entries(env)) if (name.startsWith('GITHUB_')) writeFileSync(file, '')
    const saved = { ...process.env }
    Object.assign(process.env, env)
    let outcome
    try {
      outcome = await installRequested({ year: resolveYear('2022'), runner: runnerContext(), libc: 'glibc2.36' })
    } finally {
      process.env = saved
    }
    const installDir = join(work, 'toolcache', 'vfx-platform', '2022', 'x64-linux-glibc2.36')
    expect(outcome).toEqual({ installDir, prefixPaths: [join(installDir, 'libraries')] })
    const outputs = parseFileCommands(env.GITHUB_OUTPUT)
    expect(outputs).toEqual({
      'install-dir': installDir,
      'cache-hit': 'false',
      installed: JSON.stringify(built.versions)
    })
    const exported = parseFileCommands(env.GITHUB_ENV)
    expect(exported.CMAKE_PREFIX_PATH).toBe(join(installDir, 'libraries'))
    expect(exported.LD_LIBRARY_PATH?.split(':')[0]).toBe(join(installDir, 'libraries', 'lib'))
    expect(exported.PKG_CONFIG_PATH).toBe(join(installDir, 'libraries', 'lib', 'pkgconfig'))
    expect(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8')).toMatch(/CY2022 installed[\s\S]*openexr 3\.1\.5/)

    // pkg-config resolves the relocated .pc files to the installed tree.
    const cflags = execFileSync('pkg-config', ['--cflags', 'OpenEXR'], {
      env: { ...process.env, PKG_CONFIG_PATH: exported.PKG_CONFIG_PATH },
      encoding: 'utf8'
    })
    expect(cflags).toContain(`-I${join(installDir, 'libraries', 'lib', 'pkgconfig')}/../../include/OpenEXR`)

    // A consumer project: configured with the action's CMAKE_PREFIX_PATH, built, run.
    const build = join(work, 'build')
    const configure = execFileSync(
      'cmake',
      ['-S', join(here, 'project'), '-B', build, '-G', 'Ninja', `-DCMAKE_PREFIX_PATH=${exported.CMAKE_PREFIX_PATH}`],
      { encoding: 'utf8' }
    )
    expect(configure).toContain(`OpenEXR_DIR=${join(installDir, 'libraries', 'lib', 'cmake', 'OpenEXR')}`)
    execFileSync('cmake', ['--build', build], { encoding: 'utf8' })
    const run = execFileSync(join(build, 'uses_openexr'), [join(work, 'out.exr')], {
      encoding: 'utf8',
      env: { ...process.env, LD_LIBRARY_PATH: exported.LD_LIBRARY_PATH }
    })
    expect(run).toMatch(/^openexr 3\.1\.5 green 0\.50 library /)
    expect(run.trim().split(' library ')[1]).toMatch(
      new RegExp(`^${join(installDir, 'libraries', 'lib')}/libOpenEXR-3_1\\.so`)
    )
  }, 120000)
})
