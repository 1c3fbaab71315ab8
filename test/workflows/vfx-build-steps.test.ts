// Issue 14 items 1 and 6: vfx-build.yml's step scripts run as the workflow runs them (env from the workflow file):
// every bad input is one error naming it; the GPU fallback modes; the cell env; and a real CMake project configured,
// built and tested with real cmake, a compiler and ctest through configure.sh, build.sh and test.sh.
import { describe, expect, test } from '@jest/globals'
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { JobRun, loadWorkflow, workspaceWith, type Cell, type WorkflowStep } from './workflow-steps.js'

const hostCell: Cell = {
  id: 'linux-host-gcc-release',
  name: 'linux gcc Release',
  os: 'linux',
  container: '',
  'runs-on': 'ubuntu-24.04',
  'build-type': 'Release',
  cc: 'cc',
  cxx: 'c++',
  'cmake-generator': '',
  env: {},
  gpu: false
}

function planRun(inputs: Record<string, string | number | boolean>) {
  return new JobRun({ cell: {}, workspace: workspaceWith(), inputs }, 'plan').run('validate-inputs')
}

describe('#14.6 bad inputs to vfx-build.yml: one clear error naming the input', () => {
  test('the defaults are valid', () => {
    const result = planRun({})
    expect(result.stdout).toContain('inputs are valid')
    expect(result.status).toBe(0)
  })

  test.each([
    ['matrix-spec', '../outside.yml', 'a relative path inside the repository'],
    ['matrix-spec', '/etc/passwd', 'a relative path inside the repository'],
    ['dependencies-linux', 'scripts/../../x.sh', 'a relative path of a script'],
    ['build-script', '--help', 'a relative path of a script'],
    ['gpu-fallback', 'cpu', "'build-only', 'cpu-tests' or 'skip'"],
    ['legacy-years', 'ignore', "'docker' or 'refuse'"],
    ['ctest-timeout', 0, 'a whole number of seconds'],
    ['ctest-timeout', 1.5, 'a whole number of seconds'],
    ['ctest-parallel', -1, 'a whole number of parallel tests'],
    ['env', 'not a pair', 'NAME=VALUE lines'],
    ['env', '1BAD=x', 'NAME=VALUE lines'],
    ['sonar-organization', 'my org', 'a SonarCloud organization key'],
    ['gpu-allowed-owners', 'a;b', 'GitHub owner names']
  ])('%s: %p', (input, value, accepted) => {
    const result = planRun({ [input]: value })
    expect(result.status).toBe(1)
    const errors = result.stdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`::error title=vfx-build input ${input}::${input}: '${value}' is not accepted`)
    expect(errors[0]).toContain(accepted)
    expect(result.stderr).toBe('')
  })
})

describe('#14.1 GPU fallback modes', () => {
  const mode = (cell: Cell, decision: string, fallback: string, runTests = true) => {
    const job = new JobRun({
      cell,
      workspace: workspaceWith(),
      needs: { 'gpu-decision': decision },
      inputs: { 'gpu-fallback': fallback, 'run-tests': runTests }
    })
    const result = job.run('cell')
    expect(result.status).toBe(0)
    return {
      mode: result.outputs.mode,
      tests: result.outputs.tests,
      configure: job.runs('configure'),
      test: job.runs('test')
    }
  }
  const gpuCell = { ...hostCell, gpu: true }

  test.each([
    [hostCell, 'fallback', 'skip', 'full', 'true', true],
    [gpuCell, 'gpu', 'skip', 'full', 'true', true],
    [gpuCell, 'fallback', 'cpu-tests', 'cpu-tests', 'true', true],
    [gpuCell, 'fallback', 'build-only', 'build-only', 'false', true],
    [gpuCell, 'skip', 'skip', 'skip', 'false', false],
    [gpuCell, '', 'build-only', 'build-only', 'false', true]
  ])('%#: decision %p, gpu-fallback %p -> %p', (cell, decision, fallback, want, tests, builds) => {
    const got = mode(cell, decision, fallback)
    expect(got.mode).toBe(want)
    expect(got.tests).toBe(tests)
    expect(got.test).toBe(tests === 'true')
    expect(got.configure).toBe(builds)
  })

  test('run-tests: false turns the tests off in every mode', () => {
    expect(mode(hostCell, '', 'cpu-tests', false).tests).toBe('false')
  })
})

describe('#14.1 the cell environment', () => {
  test('global env then the cell’s, exported to the following steps', () => {
    const job = new JobRun({
      cell: { ...hostCell, env: { A: 'cell', B: 'x=y' } },
      workspace: workspaceWith(),
      inputs: { env: 'A=global\n# comment\nC=3' }
    })
    expect(job.run('cell').status).toBe(0)
    expect(job.exported).toEqual({ A: 'cell', B: 'x=y', C: '3' })
    expect(job.env('configure')).toMatchObject({ A: 'cell', B: 'x=y', C: '3' })
  })
})

const project = {
  'CMakeLists.txt': `cmake_minimum_required(VERSION 3.16)
project(tiny C)
enable_testing()
option(CELL_OPTION "set by the cell" OFF)
option(GLOBAL_OPTION "set by the input" OFF)
if(NOT CELL_OPTION OR NOT GLOBAL_OPTION)
  message(FATAL_ERROR "cmake-args did not arrive")
endif()
add_executable(tiny tiny.c)
add_test(NAME quick COMMAND tiny)
add_test(NAME gpu_render COMMAND false)
`,
  'tiny.c': 'int main(void) { return 0; }\n',
  'deps.sh': 'echo "deps saw DEPS_ENV=$DEPS_ENV" > deps-ran.txt\n',
  'own-build.sh': 'echo "own build, BUILD_TYPE=$BUILD_TYPE" > own-build-ran.txt\n'
}

describe('#14.1 configure, build and test a real project (cmake, cc, ctest)', () => {
  test('dependencies with the cell env, then per-cell and global cmake-args; cpu-tests excludes the GPU tests', () => {
    const workspace = workspaceWith(project)
    const job = new JobRun({
      cell: { ...hostCell, gpu: true, env: { DEPS_ENV: 'from-cell' }, 'cmake-args': ['-DCELL_OPTION=ON'] },
      workspace,
      needs: { 'gpu-decision': 'fallback' },
      inputs: { 'cmake-args': '-DGLOBAL_OPTION=ON', 'dependencies-linux': 'deps.sh', 'ctest-timeout': 60 }
    })
    expect(job.run('cell').outputs.mode).toBe('cpu-tests')
    expect(job.run('dependencies').status).toBe(0)
    expect(readFileSync(join(workspace, 'deps-ran.txt'), 'utf8')).toBe('deps saw DEPS_ENV=from-cell\n')
    const configure = job.run('configure')
    expect(configure.stdout + configure.stderr).toContain('Build files have been written')
    expect(configure.status).toBe(0)
    expect(job.run('build').status).toBe(0)
    // What gpu-runner-fallback's probe returns when no GPU is usable.
    const tests = job.run('test', { env: { EXCLUDE: 'gpu|cuda|optix' } })
    expect(tests.stdout + tests.stderr).toContain('--timeout 60')
    expect(tests.stdout).toContain('100% tests passed')
    expect(tests.status).toBe(0)
  })

  test('without the exclusion the GPU test runs and fails the cell (the mode is what keeps it green)', () => {
    const workspace = workspaceWith(project)
    const job = new JobRun({
      cell: { ...hostCell, 'cmake-args': ['-DCELL_OPTION=ON'] },
      workspace,
      inputs: { 'cmake-args': '-DGLOBAL_OPTION=ON' }
    })
    job.run('cell')
    expect(job.run('configure').status).toBe(0)
    expect(job.run('build').status).toBe(0)
    expect(job.run('test', { env: { EXCLUDE: 'gpu|cuda|optix' } }).status).not.toBe(0)
  })

  test('build-script replaces configure and build', () => {
    const workspace = workspaceWith(project)
    const job = new JobRun({ cell: hostCell, workspace, inputs: { 'build-script': 'own-build.sh' } })
    job.run('cell')
    expect(job.run('configure').status).toBe(0)
    expect(existsSync(join(workspace, 'build'))).toBe(false)
    expect(job.run('build').status).toBe(0)
    expect(readFileSync(join(workspace, 'own-build-ran.txt'), 'utf8')).toBe('own build, BUILD_TYPE=Release\n')
  })
})

describe('#14.6 bad inputs to release-sign.yml: one clear error naming the input', () => {
  const validate = (inputs: Record<string, string>) =>
    new JobRun({ cell: {}, workspace: workspaceWith(), inputs }, 'sign', 'release-sign.yml').run('validate-inputs')

  test('the defaults and a real tag are valid', () => {
    expect(validate({}).status).toBe(0)
    expect(validate({ tag: 'v3.4.0', files: 'dist/*.whl\nbuild/pkg.tar.gz', checksums: 'sha512' }).status).toBe(0)
  })

  test.each([
    ['tag', 'v1; rm -rf /', 'a release tag'],
    ['tag', '--upload-pack=x', 'a release tag'],
    ['checksums', 'md5', "'sha256', 'sha512' or 'none'"],
    ['files', '../../etc/passwd', 'files or globs relative to the workspace'],
    ['files', '/etc/passwd', 'files or globs relative to the workspace']
  ])('%s: %p', (input, value, accepted) => {
    const result = validate({ [input]: value })
    expect(result.status).toBe(1)
    const errors = result.stdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errors).toEqual([expect.stringContaining(`::error title=release-sign input ${input}::${input}: '${value}'`)])
    expect(errors[0]).toContain(accepted)
  })
})

describe('#14.1 ccache on every OS', () => {
  test('found: the workspace’s .ccache (what actions/cache saves) and CMake launchers are exported', () => {
    const workspace = workspaceWith({ 'bin/ccache': '#!/bin/sh\necho "ccache version 4.10"\n' })
    chmodSync(join(workspace, 'bin/ccache'), 0o755)
    const job = new JobRun({ cell: hostCell, workspace })
    const result = job.run('ccache', { path: [join(workspace, 'bin')], env: { RUNNER_OS: 'macOS' } })
    expect(result.status).toBe(0)
    expect(result.exported).toMatchObject({
      CCACHE_DIR: join(workspace, '.ccache'),
      CMAKE_C_COMPILER_LAUNCHER: 'ccache',
      CMAKE_CXX_COMPILER_LAUNCHER: 'ccache'
    })
    const restore = loadWorkflow().jobs.build?.steps.find(s => s.uses?.startsWith('actions/cache/restore@'))
    expect(restore?.with?.path).toBe('.ccache')
  })

  test('missing and not installable: a warning, the build goes on without it', () => {
    const job = new JobRun({ cell: hostCell, workspace: workspaceWith() })
    const result = job.run('ccache', { env: { RUNNER_OS: 'Windows' } })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('::warning title=ccache::')
    expect(result.exported).toEqual({})
  })
})

describe('#14.1 the steps around the scripts', () => {
  const job = (cell: Cell, inputs: Record<string, string> = {}) => {
    const run = new JobRun({ cell, workspace: workspaceWith(), inputs })
    expect(run.run('cell').status).toBe(0)
    return run
  }

  test('setup-python runs on cells outside containers that name a python-version, only there', () => {
    const python = (run: JobRun) => run.runs(run.uses('actions/setup-python@')[0] as WorkflowStep)
    expect(python(job({ ...hostCell, 'python-version': '3.12' }))).toBe(true)
    expect(python(job({ ...hostCell, 'python-version': '' }))).toBe(false)
    expect(python(job({ ...hostCell, container: 'aswf/ci-oiio:2026', 'python-version': '3.13' }))).toBe(false)
    expect(
      python(job({ ...hostCell, container: 'aswf/ci-oiio:2021', 'legacy-glibc': true, 'python-version': '3.7' }))
    ).toBe(false)
  })

  test('logs are uploaded from every cell, failure artifacts only on failure and when asked for', () => {
    const [logs, failure] = job(hostCell, {}).uses('actions/upload-artifact@')
    const run = job(hostCell, { 'failure-artifacts': 'build/testsuite/*/*.*' })
    expect(run.runs(logs as WorkflowStep, 'failure')).toBe(true)
    expect(run.runs(failure as WorkflowStep, 'success')).toBe(false)
    expect(run.runs(failure as WorkflowStep, 'failure')).toBe(true)
    expect(job(hostCell).runs(failure as WorkflowStep, 'failure')).toBe(false)
    for (const step of [logs, failure]) expect(step?.uses).toMatch(/@[0-9a-f]{40}$/)
  })
})
