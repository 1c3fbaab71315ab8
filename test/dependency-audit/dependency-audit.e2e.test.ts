/**
 * Issue 15 acceptance, end to end with the committed bundle: setup-vfx-platform plants decoys (fuzz), real CMake
 * projects build against this machine's Debian packages (libimath-dev, libopenexr-dev) with the decoys in the way,
 * and the audit step judges each build. The robust project passes; the fragile ones fail and the report names the
 * decoy each picked up and how it got in the way; a library resolved from another prefix at load time is caught.
 */
import { beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LocalRunResult } from '../../packages/local-runner/src/run-action.js'
import { repoRoot, runBundle } from '../support/run-bundle.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools(['cmake', 'g++', 'pkg-config', 'readelf', 'libimath-dev', 'libopenexr-dev'])

const projects = join(repoRoot, 'test', 'dependency-audit', 'projects')
const SEED = '2021'

interface AuditReport {
  consistent: boolean
  problems: string[]
  families: { id: string; prefixes: { prefix: string; kinds: string[]; version?: string; decoy?: string }[] }[]
  decoys: { seed: number | null; used: { decoy: string; exposedBy: string[]; through: string[] }[]; avoided: string[] }
}

let root: string
let fuzz: LocalRunResult
let decoys: { name: string; prefix: string; exposedBy: string[] }[]

function build(project: string, generator: 'Ninja' | 'Unix Makefiles', options: string[] = [], name = project): string {
  const buildDir = join(root, 'builds', name)
  const env = { ...process.env, ...fuzz.exportedEnv }
  const configure = spawnSync(
    'cmake',
    [
      '-C',
      fuzz.outputs['cmake-cache'] as string,
      '-G',
      generator,
      '-S',
      join(projects, project),
      '-B',
      buildDir,
      '-DCMAKE_EXPORT_COMPILE_COMMANDS=ON',
      ...options
    ],
    { env, encoding: 'utf8' }
  )
  expect(configure.stderr).not.toMatch(/CMake Error/)
  const made = spawnSync('cmake', ['--build', buildDir], { env, encoding: 'utf8' })
  expect(`${made.stdout}${made.stderr}`).not.toMatch(/error/i)
  expect(made.status).toBe(0)
  return buildDir
}

async function audit(buildDir: string, env: Record<string, string> = {}) {
  const result = await runBundle('setup-vfx-platform', {
    root,
    env,
    inputs: { 'vfx-platform': 'CY2023', 'audit-build-dir': buildDir, check: 'strict' }
  })
  const report = JSON.parse(readFileSync(result.outputs['audit-report'] as string, 'utf8')) as AuditReport
  return { result, report }
}

const decoy = (prefix: string) => decoys.find(d => d.name.startsWith(prefix)) as (typeof decoys)[number]

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dependency-audit-'))
  fuzz = await runBundle('setup-vfx-platform', { root, inputs: { 'vfx-platform': 'CY2023', fuzz: SEED, check: 'off' } })
  expect(fuzz.exitCode).toBe(0)
  decoys = JSON.parse(fuzz.outputs.decoys as string)
}, 120_000)

describeWithTools('fuzzing plants decoys a fragile build would pick up', () => {
  test('decoys are real installs under RUNNER_TEMP, put in the way by CMAKE_PREFIX_PATH, <Pkg>_ROOT and pkg-config', () => {
    expect(decoys.map(d => d.name)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ilmbase-2\./),
        expect.stringMatching(/^openexr-2\./),
        expect.stringMatching(/^python-3\./),
        expect.stringMatching(/^imath-runtime-libImath-3_1\.so\.\d+$/),
        'stale-find-modules'
      ])
    )
    for (const d of decoys) expect(d.prefix.startsWith(fuzz.temp + '/')).toBe(true)
    const env = fuzz.exportedEnv
    expect(env.CMAKE_PREFIX_PATH?.split(':')).toEqual(
      expect.arrayContaining([decoy('ilmbase').prefix, decoy('openexr').prefix])
    )
    expect(env.PKG_CONFIG_PATH).toContain(`${decoy('openexr').prefix}/lib/pkgconfig`)
    // pkg-config itself now answers with the decoy: what a pkg-config-based build would get
    const pc = spawnSync('pkg-config', ['--modversion', 'OpenEXR'], {
      env: { ...process.env, ...env },
      encoding: 'utf8'
    })
    expect(pc.stdout.trim()).toBe(decoy('openexr').name.replace('openexr-', ''))
    // a decoy library is a real shared object with its own SONAME
    const readelf = spawnSync('readelf', ['-d', join(decoy('ilmbase').prefix, 'lib', 'libImath.so')], {
      encoding: 'utf8'
    })
    expect(readelf.stdout).toMatch(/SONAME.*libImath-2_\d\.so\.2\d/)
    expect(readFileSync(fuzz.outputs['cmake-cache'] as string, 'utf8')).toContain(
      `CMAKE_MODULE_PATH "${decoy('stale-find-modules').prefix}"`
    )
  })

  test('the same seed plants the same decoys', async () => {
    const again = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': 'CY2023', fuzz: SEED, check: 'off' }
    })
    const names = (JSON.parse(again.outputs.decoys as string) as { name: string }[]).map(d => d.name)
    expect(names).toEqual(decoys.map(d => d.name))
    const strip = (v: string | undefined) => (v ?? '').split(again.temp).join('<temp>').split(fuzz.temp).join('<temp>')
    expect(strip(again.exportedEnv.CMAKE_PREFIX_PATH)).toBe(strip(fuzz.exportedEnv.CMAKE_PREFIX_PATH))
  }, 60_000)
})

describeWithTools('audit after the build', () => {
  test('the robust project passes with the decoys planted', async () => {
    const { result, report } = await audit(build('robust', 'Ninja'))
    expect(report.problems).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs['audit-consistent']).toBe('true')
    const imath = report.families.find(f => f.id === 'imath')
    expect(imath?.prefixes).toEqual([
      expect.objectContaining({ prefix: '/usr', version: expect.stringMatching(/^3\.1\./) })
    ])
    expect(imath?.prefixes[0]?.kinds).toEqual(expect.arrayContaining(['cmake-package', 'header', 'runtime']))
    expect(report.decoys.used).toEqual([])
    expect(result.summary).toContain('```mermaid')
  }, 120_000)

  test('hard-coded include folders: fails, naming the IlmBase decoy and CMAKE_PREFIX_PATH', async () => {
    const { result, report } = await audit(build('hardcoded-includes', 'Unix Makefiles'))
    expect(result.exitCode).toBe(1)
    const used = report.decoys.used.find(u => u.decoy === decoy('ilmbase').name)
    expect(used?.exposedBy).toContain('CMAKE_PREFIX_PATH')
    expect(used?.through.join('\n')).toMatch(/include\/OpenEXR\/ImathVec\.h|include\/OpenEXR/)
    expect(report.problems.join('\n')).toMatch(/Imath comes from 2 installs at build time/)
    expect(report.problems.join('\n')).toMatch(/Imath 2\.\d+\.\d+ from .* is older than CY2023 allows \(3\.1\.x\)/)
  }, 120_000)

  test('find_path without hints: fails, naming the decoy and the library it linked', async () => {
    const { result, report } = await audit(build('find-path-no-hints', 'Ninja'))
    expect(result.exitCode).toBe(1)
    const used = report.decoys.used.find(u => u.decoy === decoy('ilmbase').name)
    expect(used?.through.join('\n')).toMatch(/IMATH_LIBRARY|IMATH_INCLUDE_DIR/)
    expect(report.problems.join('\n')).toMatch(/is resolved from another install at load time|comes from 2 installs/)
  }, 120_000)

  test('a globbing FindOpenEXR.cmake: fails, naming the OpenEXR 2 decoy', async () => {
    const { result, report } = await audit(build('globbing-find-module', 'Unix Makefiles'))
    expect(result.exitCode).toBe(1)
    const used = report.decoys.used.map(u => u.decoy)
    expect(used).toEqual(expect.arrayContaining([decoy('openexr').name, decoy('ilmbase').name]))
    expect(report.problems.join('\n')).toMatch(/OpenEXR 2\.\d+\.\d+ from .* is older than CY2023 allows/)
    expect(result.annotations.find(a => a.level === 'error')?.message).toMatch(/Dependency audit of .*problem/)
  }, 120_000)

  test('a stale FindOpenEXR.cmake on CMAKE_MODULE_PATH: fails, naming the planted module', async () => {
    const buildDir = build('globbing-find-module', 'Ninja', ['-DMODULES_LAST=ON'], 'stale-find-module')
    const { result, report } = await audit(buildDir)
    expect(result.exitCode).toBe(1)
    const modules = report.decoys.used.find(u => u.decoy === 'stale-find-modules')
    expect(modules?.through.join('\n')).toMatch(/CMake read FindOpenEXR\.cmake at configure time/)
    expect(modules?.exposedBy.join(' ')).toMatch(/CMAKE_MODULE_PATH/)
  }, 120_000)

  test('a library resolved from a second prefix at load time is caught (LD_LIBRARY_PATH, SONAME-compatible copy)', async () => {
    const buildDir = join(root, 'builds', 'robust')
    const runtime = decoy('imath-runtime')
    const { result, report } = await audit(buildDir, { LD_LIBRARY_PATH: join(runtime.prefix, 'lib') })
    expect(result.exitCode).toBe(1)
    const problem = report.problems.find(p => /at load time/.test(p))
    expect(problem).toMatch(/app loads libImath-3_1\.so\.\d+ \(LD_LIBRARY_PATH/)
    expect(problem).toContain(runtime.prefix)
    expect(report.decoys.used.map(u => u.decoy)).toContain(runtime.name)
  }, 120_000)
})
