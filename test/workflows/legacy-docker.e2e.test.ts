// Issue 14 item 2: cells of CY2018-CY2022 (CentOS 7 images where no node24 action starts) are built by
// vfx-build.yml's legacy.sh through docker. The real build-matrix bundle makes the cells; each step runs as the
// workflow runs it (env taken from vfx-build.yml, see workflow-steps.ts) with a `docker` stub that records argv and
// the environment docker would forward, and answers `cmake --version` with the year's own CMake from the data.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot, runBundle } from '../support/run-bundle.js'
import { dockerStub, JobRun, type Cell, type DockerCall } from './workflow-steps.js'

const years = [2018, 2019, 2020, 2021, 2022]

function yearCmake(year: number): string {
  const data = JSON.parse(readFileSync(join(repoRoot, `packages/vfx-platform/data/years/CY${year}.json`), 'utf8'))
  return data.aswf.cmake as string
}

/** true when version a >= b (numeric, dotted). */
function atLeast(a: string, b: string): boolean {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0)
  return true
}

let cells: Cell[] = []

beforeAll(async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'legacy-spec-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(
    join(workspace, '.github/ci-matrix.yml'),
    `project: openexr\nvfx-platform: [${years.join(', ')}]\nos: [linux]\ncompiler:\n  linux: [gcc, clang]\nbuild-type: [Release]\n`
  )
  const result = await runBundle('build-matrix', { workspace, inputs: { 'spec-file': '.github/ci-matrix.yml' } })
  expect(result.success).toBe(true)
  cells = (JSON.parse(result.outputs.matrix as string) as { include: Cell[] }).include
})

interface LegacyRun {
  calls: DockerCall[]
  status: number
  stdout: string
  job: JobRun
}

function runLegacyCell(cell: Cell, extra: { inputs?: Record<string, string>; ccache?: boolean } = {}): LegacyRun {
  const workspace = mkdtempSync(join(tmpdir(), 'legacy-ws-'))
  writeFileSync(join(workspace, 'deps.sh'), 'echo deps\n')
  const stub = dockerStub(yearCmake(Number(cell['vfx-platform'])), { ccache: extra.ccache })
  // What engineer matrix's per-cell keys carry: env (a value with a blank), cmake-args and ctest-args as lists.
  const withKeys: Cell = {
    ...cell,
    env: { ...(cell.env as object), LEGACY_FLAVOUR: 'a b', SHARED: 'cell' },
    'cmake-args': ['-DCELL_OPTION=ON', '-DWITH_SPACE=x y'],
    'ctest-args': ['-L', 'quick']
  }
  const job = new JobRun({
    cell: withKeys,
    workspace,
    inputs: {
      'cmake-args': '-DGLOBAL_OPTION=ON',
      'ctest-args': '--no-compress-output',
      env: 'SHARED=global\nGLOBAL_ONLY=1',
      'dependencies-linux': 'deps.sh',
      'ctest-timeout': 900,
      'ctest-parallel': 3
    }
  })
  expect(job.run('cell').status).toBe(0)
  const result = job.run('legacy', { path: [stub.bin] })
  return { calls: stub.calls(), status: result.status, stdout: result.stdout + result.stderr, job }
}

const execOf = (calls: DockerCall[], command: string) =>
  calls.filter(c => c.argv[0] === 'exec' && c.argv.slice(4).join(' ').startsWith(command))

describe('legacy years through docker run', () => {
  test('the spec gives legacy cells for every year from CY2018 to CY2022, gcc and clang', () => {
    expect(cells.filter(c => c['legacy-glibc']).map(c => c.id)).toHaveLength(years.length * 2)
  })

  test.each(years.flatMap(year => ['gcc', 'clang'].map(compiler => [year, compiler] as const)))(
    'CY%s %s: compiler, env, CMake arguments and ccache reach the container; commands fit the year’s CMake',
    (year, compiler) => {
      const cell = cells.find(c => c['vfx-platform'] === year && c.compiler === compiler) as Cell
      const { calls, status, stdout, job } = runLegacyCell(cell)
      expect(status).toBe(0)
      // The step that runs here is the legacy one; the host/container steps are off for this cell.
      expect(job.runs('legacy')).toBe(true)
      expect(job.runs('configure')).toBe(false)

      const start = calls[0] as DockerCall
      expect(start.argv.slice(0, 2)).toEqual(['run', '-d'])
      expect(start.argv).toContain(cell.container)
      const forwarded = (name: string) => start.argv.some((a, i) => a === name && start.argv[i - 1] === '-e')
      for (const name of [
        'CC',
        'CXX',
        'LEGACY_FLAVOUR',
        'SHARED',
        'GLOBAL_ONLY',
        'CMAKE_BUILD_TYPE',
        'CTEST_TEST_TIMEOUT'
      ]) {
        expect(forwarded(name)).toBe(true)
      }
      expect(start.env.CMAKE_BUILD_TYPE).toBe('Release')
      expect(start.env.CTEST_TEST_TIMEOUT).toBe('900')
      expect(start.env.CC).toBe(cell.cc)
      expect(start.env.CXX).toBe(cell.cxx)
      if (compiler === 'clang') expect(start.env.CC).toBe('clang')
      expect(start.env.LEGACY_FLAVOUR).toBe('a b')
      expect(start.env.SHARED).toBe('cell') // the cell's env wins over the global one
      // Values travel in docker's environment, never on its command line.
      expect(start.argv.join('\n')).not.toContain('a b')
      expect(start.argv).toContain('CCACHE_DIR=/ccache')
      expect(start.argv.some(a => a.endsWith('/.ccache:/ccache'))).toBe(true)

      const everything = calls.flatMap(c => c.argv)
      expect(everything).not.toContain('-S')
      expect(everything).not.toContain('-B')
      expect(everything).not.toContain('--test-dir')

      expect(execOf(calls, 'bash ./deps.sh')).toHaveLength(1)
      const [configure] = execOf(calls, 'cmake /src')
      expect(configure?.argv.slice(1, 3)).toEqual(['-w', '/src/build'])
      expect(configure?.argv).toEqual(
        expect.arrayContaining([
          '-DCMAKE_BUILD_TYPE=Release',
          `-DCMAKE_CXX_STANDARD=${cell['cxx-standard']}`,
          '-DGLOBAL_OPTION=ON',
          '-DCELL_OPTION=ON',
          '-DWITH_SPACE=x y',
          '-DCMAKE_CXX_COMPILER_LAUNCHER=ccache'
        ])
      )
      const [build] = execOf(calls, 'cmake --build .')
      if (atLeast(yearCmake(year), '3.12')) expect(build?.argv).toContain('--parallel')
      else {
        expect(build?.argv).not.toContain('--parallel')
        expect(build?.argv.some(a => /^-j\d+$/.test(a))).toBe(true)
      }
      const [ctest] = execOf(calls, 'ctest')
      expect(ctest?.argv.slice(1, 3)).toEqual(['-w', '/src/build'])
      expect(ctest?.argv).toEqual(
        expect.arrayContaining(['--timeout', '900', '-j', '3', '--no-compress-output', '-L', 'quick'])
      )
      expect(calls.at(-1)?.argv.slice(0, 2)).toEqual(['rm', '-f'])
      expect(stdout).toContain(`CMake ${yearCmake(year)}`)
    }
  )

  test('CY2018 really has a CMake without --parallel (the case the -j form exists for)', () => {
    expect(atLeast(yearCmake(2018), '3.12')).toBe(false)
  })

  test('an image without ccache builds without the launcher, with a warning', () => {
    const cell = cells.find(c => c['vfx-platform'] === 2022) as Cell
    const { calls, status, stdout } = runLegacyCell(cell, { ccache: false })
    expect(status).toBe(0)
    expect(execOf(calls, 'cmake /src')[0]?.argv).not.toContain('-DCMAKE_CXX_COMPILER_LAUNCHER=ccache')
    expect(stdout).toContain('::warning title=ccache::')
  })
})
