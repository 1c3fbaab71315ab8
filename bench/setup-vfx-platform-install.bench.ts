/**
 * setup-vfx-platform installs: the warm path (tool-cache hit) of the whole action, and a cold install of a ~200 MB
 * incompressible bundle from 127.0.0.1 against `curl | tee >(sha256sum) | tar -xz` on the same file.
 */
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { installPlan } from '../packages/platform-bundles/src/install.js'
import { planInstall } from '../packages/platform-bundles/src/plan.js'
import { targetPlatform } from '../packages/platform-bundles/src/platform.js'
import { serveBytes, startServer } from '../test/support/local-server.js'
import { buildDebianBundle } from '../test/setup-vfx-platform-install/debian-bundle.js'
import { runBundle } from '../test/support/run-bundle.js'
import { timeAsync, timeCommand, type BenchRow } from './support.js'

// Benchmarks run compiled from .tmp/bench-build, from the repository root.
const repoRoot = process.cwd()

export default async function bench(): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'bench-vfx-install-'))
  const server = await startServer()
  try {
    // Warm path: install once, then time the bundle's main with the tree already in the tool cache.
    const built = buildDebianBundle(work)
    const entry = {
      year: 2022,
      os: 'linux',
      arch: 'x64',
      libc: 'glibc2.31',
      url: 'b.tar.zst',
      sha256: built.sha256,
      size: built.size,
      versions: built.versions
    }
    // A file manifest next to the bundle: timeCommand blocks this process, so a server here could not answer.
    writeFileSync(join(work, 'm.json'), JSON.stringify({ schema: 1, bundles: [entry] }))
    execFileSync('cp', [built.archive, join(work, 'b.tar.zst')])
    const toolCache = join(work, 'toolcache')
    const inputs = {
      'vfx-platform': '2022',
      install: 'libraries',
      manifest: join(work, 'm.json'),
      mode: 'host',
      check: 'off',
      cache: 'false'
    }
    const first = await runBundle(join(repoRoot, 'setup-vfx-platform'), { inputs, toolCache })
    if (!first.success) throw new Error('the first install failed')
    const files = join(work, 'files')
    mkdirSync(files, { recursive: true })
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_TEMP: join(work, 'temp'),
      GITHUB_WORKSPACE: work
    }
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
    for (const name of ['OUTPUT', 'ENV', 'PATH', 'STATE', 'STEP_SUMMARY']) {
      writeFileSync(join(files, name), '')
      env[`GITHUB_${name}`] = join(files, name)
    }
    const warm = timeCommand(process.execPath, [join(repoRoot, 'dist', 'setup-vfx-platform', 'index.js')], {
      env,
      runs: 7
    })

    // Cold: a 200 MB incompressible bundle.
    const src = join(work, 'big')
    mkdirSync(src)
    for (let i = 0; i < 4; i++) writeFileSync(join(src, `blob-${i}.bin`), randomBytes50())
    const archive = join(work, 'big.tar.gz')
    execFileSync('bash', ['-c', `tar -cf - -C "${src}" . | gzip -1 > "${archive}"`])
    rmSync(src, { recursive: true })
    const data = readFileSync(archive)
    const sha256 = createHash('sha256').update(data).digest('hex')
    server.route('GET', '/big.tar.gz', serveBytes(data))
    const platform = targetPlatform('Linux', 'X64', 'glibc2.36')
    let n = 0
    const ours = await timeAsync(async () => {
      process.env.RUNNER_TOOL_CACHE = join(work, `cold-${n++}`)
      const plan = planInstall({
        year: 2022,
        components: ['libraries'],
        platform,
        versions: {},
        manifest: {
          location: `${server.url}/m.json`,
          data: {
            schema: 1,
            bundles: [
              {
                year: 2022,
                os: 'linux',
                arch: 'x64',
                libc: 'glibc2.31',
                url: 'big.tar.gz',
                sha256,
                size: data.length,
                versions: {}
              }
            ]
          }
        }
      })
      await installPlan(plan, { useCache: false, tempDir: join(work, 'temp') })
      rmSync(process.env.RUNNER_TOOL_CACHE, { recursive: true, force: true })
    }, 3)
    const out = join(work, 'curl-out')
    // Asynchronously: the server answering curl lives in this process.
    const curl = await timeAsync(async () => {
      rmSync(out, { recursive: true, force: true })
      mkdirSync(out)
      await promisify(execFile)('bash', [
        '-c',
        `curl -s "${server.url}/big.tar.gz" | tee >(sha256sum > "${work}/curl.sha") | tar -xz -C "${out}"`
      ])
    }, 3)
    return [
      {
        name: 'setup-vfx-platform install warm path (tool-cache hit, whole action)',
        value: Math.round(warm),
        unit: 'ms',
        goal: '< 500 ms',
        ok: warm < 500
      },
      {
        name: `cold install of a ${Math.round(data.length / 1e6)} MB bundle from 127.0.0.1`,
        value: Math.round(ours),
        unit: 'ms'
      },
      { name: 'curl | tee >(sha256sum) | tar -xz, same file', value: Math.round(curl), unit: 'ms' },
      {
        name: 'cold install / curl pipeline',
        value: Number((ours / curl).toFixed(2)),
        unit: 'x',
        goal: '<= 1.3x',
        ok: ours / curl <= 1.3
      }
    ]
  } finally {
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}

/** 50 MB of incompressible bytes. */
function randomBytes50(): Buffer {
  return Buffer.from(
    execFileSync('head', ['-c', String(50 * 1024 * 1024), '/dev/urandom'], { maxBuffer: 60 * 1024 * 1024 })
  )
}
