/**
 * The committed bundle through the local runner on this Debian machine with its real packages (libopenexr-dev,
 * libimath-dev, libopencolorio-dev, libtbb-dev, libboost-dev, cmake, gcc, python3), then a real CMake project built
 * with the cache file it wrote. Expected versions come from the installed Debian packages, read independently here.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fullLog, repoRoot, runBundle } from '../support/run-bundle.js'
import { haveTools, requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools([
  'gcc',
  'g++',
  'cmake',
  'python3',
  'dpkg-query',
  'libopenexr-dev',
  'libimath-dev',
  'libopencolorio-dev',
  'libtbb-dev',
  'libboost-dev'
])

/** The upstream version of an installed Debian package ('3.1.5-5' → '3.1.5'), or undefined. */
function debianVersion(pkg: string): string | undefined {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.replace(/^\d+:/, '').split(/[-+~]/)[0] : undefined
}

const openexr = debianVersion('libopenexr-dev') as string
const imath = debianVersion('libimath-dev') as string
const tbb = debianVersion('libtbb-dev') as string
const ocio = debianVersion('libopencolorio-dev') as string
const gcc = !haveTools(['gcc'])
  ? ''
  : execFileSync('gcc', ['-dumpfullversion', '-dumpversion'], { encoding: 'utf8' }).trim()

interface ReportRow {
  id: string
  found?: string
  verdict: string
}

function readReport(path: string): { conformant: boolean; components: ReportRow[]; problems: string[] } {
  return JSON.parse(readFileSync(path, 'utf8'))
}

const row = (rows: ReportRow[], id: string) => rows.find(r => r.id === id)

describeWithTools('setup-vfx-platform on this Debian machine', () => {
  test('the packages the tests rely on are installed', () => {
    expect(openexr).toMatch(/^3\.\d+\.\d+$/)
    expect(imath).toMatch(/^3\.\d+\.\d+$/)
    expect(tbb).toMatch(/^20\d\d\.\d+/)
    expect(ocio).toMatch(/^2\.\d+\.\d+$/)
  })

  test('CY2023: finds the installed versions and judges them (OpenEXR/Imath/OCIO ok or not by series)', async () => {
    const result = await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': 'CY2023' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['vfx-platform']).toBe('2023')
    expect(result.outputs['cxx-standard']).toBe('17')
    expect(result.outputs['python-version']).toBe('3.10')
    expect(result.outputs['cmake-version']).toBe('3.31.11')
    expect(result.outputs['gcc-version']).toBe('11.2.1')
    expect(result.outputs['aswf-image-version']).toBe('')
    expect(JSON.parse(result.outputs.versions as string)).toMatchObject({
      openexr: '3.1.x',
      imath: '3.1.x',
      opencolorio: '2.2.x'
    })
    const report = readReport(result.outputs.report as string)
    const rows = report.components
    expect(row(rows, 'openexr')).toMatchObject({ found: openexr, verdict: openexr.startsWith('3.1.') ? 'ok' : 'newer' })
    expect(row(rows, 'imath')).toMatchObject({ found: imath, verdict: imath.startsWith('3.1.') ? 'ok' : 'newer' })
    expect(row(rows, 'opencolorio')).toMatchObject({
      found: ocio,
      verdict: ocio.startsWith('2.2.') ? 'ok' : ocio < '2.2' ? 'older' : 'newer'
    })
    expect(row(rows, 'onetbb')?.found).toBe(tbb)
    expect(row(rows, 'onetbb')?.verdict).toBe(Number(tbb.split('.')[0]) > 2020 ? 'newer' : 'ok') // CY2023: TBB ≤ 2020 Update 3
    expect(row(rows, 'gcc')).toMatchObject({ found: gcc, verdict: Number(gcc.split('.')[0]) > 11 ? 'newer' : 'ok' })
    expect(row(rows, 'boost')?.found).toMatch(/^1\.\d+\.\d+$/)
    expect(row(rows, 'windows-sdk')?.verdict).toBe('not applicable')
    expect(row(rows, 'fbx')?.verdict).toBe('not checked')
    expect(result.outputs.conformant).toBe(String(report.conformant))
    // warn mode: every problem is a warning, the step stays green
    expect(result.annotations.filter(a => a.level === 'warning').length).toBe(report.problems.length)
    expect(result.summary).toContain('VFX Reference Platform CY2023')
    expect(result.summary).toContain('| OpenEXR | 3.1.x |')
    expect(result.exportedEnv).toMatchObject({ VFX_PLATFORM: '2023', CMAKE_CXX_STANDARD: '17' })
  })

  test('CY2026 judges the same machine differently (TBB ≤ 2022.x ok, OpenEXR older than 3.4.x)', async () => {
    const result = await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': '2026', check: 'off' } })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['cxx-standard']).toBe('20')
    expect(result.outputs['cmake-version']).toBe('4.0.6')
    const rows = readReport(result.outputs.report as string).components
    expect(row(rows, 'openexr')).toMatchObject({ found: openexr, verdict: 'older' })
    expect(row(rows, 'onetbb')).toMatchObject({ found: tbb, verdict: 'ok' })
    expect(row(rows, 'gcc')?.verdict).toBe(Number(gcc.split('.')[0]) > 14 ? 'newer' : 'ok')
    expect(result.annotations.filter(a => a.level === 'warning')).toEqual([]) // check: off
  })

  test('strict fails the step with one error naming the problems; outputs and report still written', async () => {
    const result = await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': '2025', check: 'strict' } })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/^Not conformant to VFX Reference Platform CY2025: .*OpenEXR/)
    expect(fullLog(result)).not.toMatch(/\n\s+at /)
    expect(existsSync(result.outputs.report as string)).toBe(true)
    expect(result.outputs.conformant).toBe('false')
  })

  test('a CMake project with find_package(OpenEXR) configures and builds with cmake -C <cmake-cache>', async () => {
    const result = await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': '2026', check: 'off' } })
    const cache = result.outputs['cmake-cache'] as string
    expect(readFileSync(cache, 'utf8')).toContain('set(CMAKE_CXX_STANDARD "20" CACHE STRING')
    expect(readFileSync(cache, 'utf8')).not.toContain('_GLIBCXX_USE_CXX11_ABI')
    const build = mkdtempSync(join(tmpdir(), 'svp-build-'))
    const source = join(repoRoot, 'test/setup-vfx-platform/fixtures/exr-project')
    execFileSync('cmake', ['-C', cache, '-S', source, '-B', build], { stdio: 'pipe' })
    expect(readFileSync(join(build, 'configured.txt'), 'utf8')).toBe(`std=20;platform=2026;openexr=${openexr}`)
    execFileSync('cmake', ['--build', build, '--parallel', '2'], { stdio: 'pipe' })
    const run = execFileSync(join(build, 'exr_probe'), { encoding: 'utf8' })
    expect(run.trim()).toBe(`openexr=${openexr} cplusplus=202002 width=64`)
  })

  test('CY2022 cache file selects the old libstdc++ ABI (gcc on Linux)', async () => {
    const result = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': '2022', check: 'off', 'export-env': 'false' }
    })
    expect(readFileSync(result.outputs['cmake-cache'] as string, 'utf8')).toContain('-D_GLIBCXX_USE_CXX11_ABI=0')
    expect(result.exportedEnv).toEqual({})
    expect(result.summary).toContain('CentOS 7 (glibc 2.17)')
  })
})

describe('simulated ASWF containers (their environment variables)', () => {
  const aswf2024 = {
    ASWF_VFXPLATFORM_VERSION: '2024',
    ASWF_VERSION: '2024.7',
    ASWF_ORG: 'aswf',
    ASWF_INSTALL_PREFIX: '/usr/local',
    ASWF_PYTHON_VERSION: '3.11.13',
    ASWF_TBB_VERSION: '2020.3',
    ASWF_OCIO_VERSION: '2.3.2',
    ASWF_OPENEXR_VERSION: '3.2.9',
    ASWF_CXX_STANDARD: '17'
  }
  const aswf2026 = {
    ASWF_VFXPLATFORM_VERSION: '2026',
    ASWF_VERSION: '2026-clang20.4',
    ASWF_INSTALL_PREFIX: '/usr/local',
    ASWF_CPYTHON_VERSION: '3.13.3',
    ASWF_ONETBB_VERSION: '2022.1.0',
    ASWF_OPENCOLORIO_VERSION: '2.5.1',
    ASWF_OPENUSD_VERSION: '26.03',
    ASWF_CXX_STANDARD: '20'
  }

  test('a 2024 image (old variable names) for CY2024: recognised, image version output', async () => {
    const result = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': '2024', mode: 'container' },
      env: aswf2024
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs['aswf-image-version']).toBe('2024.7')
    const report = JSON.parse(readFileSync(result.outputs.report as string, 'utf8'))
    expect(report.container).toMatchObject({ imageVersion: '2024.7', year: 2024, matches: true })
    expect(report.container.oldNames).toEqual(
      expect.arrayContaining(['ASWF_PYTHON_VERSION', 'ASWF_TBB_VERSION', 'ASWF_OCIO_VERSION'])
    )
    expect(result.summary).toContain('ASWF container: image `2024.7` (CY2024)')
  })

  test('a 2026 image (renamed variables) when CY2025 is requested: a warning, an error in strict', async () => {
    const warn = await runBundle('setup-vfx-platform', { inputs: { 'vfx-platform': '2025' }, env: aswf2026 })
    expect(warn.exitCode).toBe(0)
    expect(warn.outputs['aswf-image-version']).toBe('2026-clang20.4')
    expect(warn.outputs.conformant).toBe('false')
    expect(warn.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/ASWF CY2026 image \(2026-clang20.4\) but CY2025 was requested/)
    })
    const report = JSON.parse(readFileSync(warn.outputs.report as string, 'utf8'))
    expect(report.container.oldNames).toEqual([])
    const strict = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': '2025', check: 'strict' },
      env: aswf2026
    })
    expect(strict.exitCode).toBe(1)
    expect(strict.annotations.filter(a => a.level === 'error')[0]?.message).toMatch(
      /ASWF CY2026 image .* but CY2025 was requested/
    )
  })

  test('mode: host ignores the container', async () => {
    const result = await runBundle('setup-vfx-platform', {
      inputs: { 'vfx-platform': '2025', mode: 'host', check: 'off' },
      env: aswf2026
    })
    expect(result.outputs['aswf-image-version']).toBe('')
  })
})

describe('bad inputs: one clear error, exit 1, no stack trace', () => {
  test.each([
    [{ 'vfx-platform': '2031' }, /'2031' is not a supported VFX Reference Platform year: use one of 2018, .*2027/],
    [{ 'vfx-platform': 'CY20X5' }, /'CY20X5' is not a supported VFX Reference Platform year/],
    [{ 'vfx-platform': '' }, /Input 'vfx-platform' is empty/],
    [
      { 'vfx-platform': '2025', mode: 'container' },
      /'mode' is 'container' but this job does not run in an ASWF container/
    ],
    [
      { 'vfx-platform': '2025', check: 'loud' },
      /Input 'check' has the value 'loud': expected one of 'warn', 'strict', 'off'/
    ],
    [{ 'vfx-platform': '2025', 'cxx-standard': '18' }, /Input 'cxx-standard' has the value '18'/]
  ])('%p', async (inputs, message) => {
    const result = await runBundle('setup-vfx-platform', { inputs })
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(message)
    expect(fullLog(result)).not.toMatch(/\n\s+at |Unexpected error/)
  })
})
