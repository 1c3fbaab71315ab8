// Issue 14 items 1 and 6: vfx-build.yml's step scripts run as the workflow runs them (env from the workflow file):
// every bad input is one error naming it; the GPU fallback modes; the cell env; and a real CMake project configured,
// built and tested with real cmake, a compiler and ctest through configure.sh, build.sh and test.sh.
import { describe, expect, test } from '@jest/globals'
import { chmodSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { checkSpecShape } from '../../actions/build-matrix/spec-schema.js'
import { parseSpecDocument } from '../../actions/build-matrix/spec-document.js'
import { expandMatrix } from '../../actions/build-matrix/expand.js'
import { repoRoot } from '../support/run-bundle.js'
import { dockerStub, JobRun, loadWorkflow, workspaceWith, type Cell, type WorkflowStep } from './workflow-steps.js'
import { requireTools } from '../support/require-tools.js'

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

describe('bad inputs to vfx-build.yml: one clear error naming the input', () => {
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
    ['gpu-allowed-owners', 'a;b', 'GitHub owner names'],
    ['gpu-runner-type', 'cloud', "'auto', 'hosted' or 'self-hosted'"],
    ['gpu-runner-kind', 'tpu', "'gpu' (a GPU runner) or 'cpu'"],
    ['gpu-allow-fork-pull-requests', 'yes', 'true or false'],
    ['cell-env', 'fmt_ver', 'NAME=key or NAME+=key lines'],
    ['cell-env', '1X=fmt_ver', 'NAME=key or NAME+=key lines'],
    ['cell-env', 'X=$(id)', 'NAME=key or NAME+=key lines'],
    ['cell-exports', 'set envs', 'the name of a cell key'],
    ['cell-skip-tests', 'skip..tests', 'the name of a cell key'],
    ['cell-cmake-args', 'A B=c', 'NAME=key or key lines'],
    ['cell-cmake-args', 'X=a b', 'NAME=key or key lines']
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

test('gpu-allow-fork-pull-requests with a self-hosted runner: one error naming it', () => {
  const result = planRun({ 'gpu-runner-type': 'self-hosted', 'gpu-allow-fork-pull-requests': true })
  expect(result.status).toBe(1)
  expect(result.stdout.split('\n').filter(line => line.startsWith('::error'))).toEqual([
    expect.stringContaining("gpu-allow-fork-pull-requests: 'true' is not accepted; expected false with gpu-runner-type")
  ])
  expect(planRun({ 'gpu-runner-type': 'hosted', 'gpu-allow-fork-pull-requests': true }).status).toBe(0)
  expect(planRun({ 'gpu-runner-type': 'auto', 'gpu-runner-kind': 'cpu' }).status).toBe(0)
})

describe('GPU fallback modes', () => {
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

describe('hosted GPU and paid CPU runners through vfx-build.yml (runner-type, kind, forks)', () => {
  const T4 = 'ubuntu-20.04-gpu-t4-4c-16g-176h'
  const PAID = 'ubuntu-22.04-8c-32g-300h'
  const probeStep = loadWorkflow().jobs.build?.steps.find(s => s.with?.mode === 'probe') as WorkflowStep
  const run = (cell: Cell, inputs: Record<string, string>, decision: string) => {
    const job = new JobRun({ cell, workspace: workspaceWith(), needs: { 'gpu-decision': decision }, inputs })
    const result = job.run('cell')
    expect(result.status).toBe(0)
    return { mode: result.outputs.mode, tests: result.outputs.tests, probe: job.runs(probeStep) }
  }
  // OSL's OptiX cell names the T4 label as its runs-on (not gpu: true); OpenVDB's Linux cells name the paid runner.
  const optix = { ...hostCell, 'runs-on': T4 }
  const paid = { ...hostCell, 'runs-on': PAID }
  const gpuInputs = { 'gpu-runner': T4, 'gpu-runner-type': 'hosted', 'gpu-fallback': 'build-only' }
  const cpuInputs = { 'gpu-runner': PAID, 'gpu-runner-kind': 'cpu', 'gpu-runner-type': 'hosted' }

  test.each([
    ['runs-on is the GPU label, GPU runner chosen', optix, gpuInputs, 'gpu', 'full', 'true', true],
    ['runs-on is the GPU label, no GPU runner', optix, gpuInputs, 'fallback', 'build-only', 'false', true],
    ['gpu: true, GPU runner chosen', { ...hostCell, gpu: true }, gpuInputs, 'gpu', 'full', 'true', true],
    ['another runs-on: not selected', hostCell, gpuInputs, 'fallback', 'full', 'true', false],
    ['no gpu-runner: nothing selected', optix, { 'gpu-fallback': 'skip' }, '', 'full', 'true', false],
    ['kind cpu, the paid runner', paid, cpuInputs, 'primary', 'full', 'true', false],
    ['kind cpu, the fallback runner tests the same', paid, cpuInputs, 'fallback', 'full', 'true', false],
    ['kind cpu, skip', paid, cpuInputs, 'skip', 'skip', 'false', false],
    ['kind cpu, another runs-on', hostCell, cpuInputs, 'fallback', 'full', 'true', false]
  ])('%s', (_what, cell, inputs, decision, want, tests, probe) => {
    expect(run(cell, inputs, decision)).toEqual({ mode: want, tests, probe })
  })

  test('the plan passes runner-type, kind and allow-fork-pull-requests to gpu-runner-fallback', () => {
    const select = loadWorkflow().jobs.plan?.steps.find(s => s.uses?.includes('/gpu-runner-fallback@'))
    expect(select?.with).toMatchObject({
      'gpu-runner': '${{ inputs.gpu-runner }}',
      'runner-type': '${{ inputs.gpu-runner-type }}',
      kind: '${{ inputs.gpu-runner-kind }}',
      'allow-fork-pull-requests': '${{ inputs.gpu-allow-fork-pull-requests }}',
      'allowed-owners': '${{ inputs.gpu-allowed-owners }}'
    })
  })

  test('the build job routes the same cells as cell.sh: runs-on, container GPU options and the probe', () => {
    const text = readFileSync(join(repoRoot, '.github/workflows/vfx-build.yml'), 'utf8')
    const routed = "(matrix.gpu || (inputs.gpu-runner != '' && matrix.runs-on == inputs.gpu-runner))"
    expect(text).toContain(`runs-on: \${{ ${routed} && needs.plan.outputs.gpu-runs-on != ''`)
    expect(
      text.split(`${routed} && needs.plan.outputs.gpu-decision == 'gpu' && needs.plan.outputs.container-options`)
    ).toHaveLength(3)
    expect(probeStep.if).toContain(`${routed} && inputs.gpu-runner-kind != 'cpu'`)
  })
})

describe('the spec’s free keys: cell-env, cell-exports, cell-skip-tests, cell-cmake-args', () => {
  // Keys as OpenImageIO's and OSL's real matrices carry them (test/consumers/*/ci-matrix.yml).
  const oiioCell: Cell = {
    ...hostCell,
    'python-version': '3.11',
    fmt_ver: '11.2.0',
    optional_deps_append: 'LibRaw;Qt6',
    config: { abi: '13', cmake: '-DA=1 -DB=2' },
    setenvs: `export PUGIXML_VERSION=v1.15 OIIO_CMAKE_FLAGS="-DSANITIZE=address -DUSE_PYTHON=0" CTEST_TEST_TIMEOUT=1200 Q='$HOME'`,
    skip_tests: 1
  }
  const inputs = {
    env: 'OpenImageIO_OPTIONAL_DEPS=DCMTK;FFmpeg;',
    'cell-env': [
      'fmt_BUILD_VERSION=fmt_ver',
      'PYTHON_VERSION=python-version',
      'OpenImageIO_OPTIONAL_DEPS+=optional_deps_append',
      'ABI=config.abi',
      'OPENEXR_VERSION=openexr_ver',
      'CTEST_TEST_TIMEOUT=ctest_test_timeout'
    ].join('\n'),
    'cell-exports': 'setenvs',
    'cell-skip-tests': 'skip_tests'
  }

  test('mapped, appended, nested; missing keys set nothing; setenvs split like a shell, never run, and last', () => {
    const workspace = workspaceWith()
    const job = new JobRun({ cell: { ...oiioCell, ctest_test_timeout: '300' }, workspace, inputs })
    const result = job.run('cell')
    expect(result.status).toBe(0)
    expect(job.exported).toMatchObject({
      fmt_BUILD_VERSION: '11.2.0',
      PYTHON_VERSION: '3.11',
      OpenImageIO_OPTIONAL_DEPS: 'DCMTK;FFmpeg;LibRaw;Qt6',
      ABI: '13',
      PUGIXML_VERSION: 'v1.15',
      OIIO_CMAKE_FLAGS: '-DSANITIZE=address -DUSE_PYTHON=0',
      Q: '$HOME',
      CTEST_TEST_TIMEOUT: '1200'
    })
    expect(job.exported).not.toHaveProperty('OPENEXR_VERSION')
    expect(existsSync(join(workspace, 'pwned'))).toBe(false)
    expect(result.outputs.tests).toBe('false')
    expect(job.env('configure')).toMatchObject({ fmt_BUILD_VERSION: '11.2.0', CTEST_TEST_TIMEOUT: '1200' })
  })

  test.each([
    ['export A=1; touch pwned', "';' outside quotes would need a shell"],
    ['A=$(touch pwned)', "'$' would be expanded by a shell"],
    ['A="`touch pwned`"', "'`' would be expanded by a shell"],
    ['A=1 touch pwned', "'touch' is not NAME=VALUE"],
    ['A="unclosed', 'unclosed quote']
  ])('a setenvs that is not plain assignments is one error naming the key, nothing run: %p', (setenvs, why) => {
    const workspace = workspaceWith()
    const result = new JobRun({ cell: { ...oiioCell, setenvs }, workspace, inputs }).run('cell')
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([
      expect.stringContaining(`::error title=cell-exports::linux-host-gcc-release: setenvs: ${why}`)
    ])
    expect(existsSync(join(workspace, 'pwned'))).toBe(false)
  })

  test('a cell whose skip key is 0 or absent runs its tests', () => {
    for (const cell of [{ ...oiioCell, skip_tests: 0 }, { ...hostCell }]) {
      expect(new JobRun({ cell, workspace: workspaceWith(), inputs }).run('cell').outputs.tests).toBe('true')
    }
  })

  test('legacy (docker) cells get the mapped names with -e, values in docker’s environment only', () => {
    const stub = dockerStub('3.12.4')
    const cell = { ...oiioCell, container: 'aswf/ci-osl:2021', 'legacy-glibc': true, skip_tests: 0 }
    const job = new JobRun({ cell, workspace: workspaceWith(), inputs })
    expect(job.run('cell').status).toBe(0)
    expect(job.run('legacy', { path: [stub.bin] }).status).toBe(0)
    const start = stub.calls().find(c => c.argv[0] === 'run') as { argv: string[]; env: Record<string, string> }
    for (const name of ['fmt_BUILD_VERSION', 'OIIO_CMAKE_FLAGS', 'OpenImageIO_OPTIONAL_DEPS']) {
      expect(start.argv.join(' ')).toContain(`-e ${name}`)
    }
    expect(start.env.OIIO_CMAKE_FLAGS).toBe('-DSANITIZE=address -DUSE_PYTHON=0')
    expect(start.argv.join(' ')).not.toContain('SANITIZE=address')
  })
})

describe('the cell environment', () => {
  test('global env then the cell’s, exported to the following steps', () => {
    const job = new JobRun({
      cell: { ...hostCell, env: { A: 'cell', B: 'x=y' } },
      workspace: workspaceWith(),
      inputs: { env: 'A=global\n# comment\nC=3' }
    })
    expect(job.run('cell').status).toBe(0)
    expect(job.exported).toEqual({ A: 'cell', B: 'x=y', C: '3', VFX_BUILD_ENV_NAMES: 'A C B' })
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

requireTools(['cmake', 'gcc'])('configure, build and test a real project (cmake, cc, ctest)', () => {
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

  test('cell-cmake-args: -DNAME=<a free key> and a key holding arguments (OpenColorIO, OpenVDB), real cmake', () => {
    const workspace = workspaceWith(project)
    const cell = { ...hostCell, 'build-shared': 'ON', config: { cmake: '-DGLOBAL_OPTION=ON -DUNUSED=1' } }
    const job = new JobRun({
      cell,
      workspace,
      inputs: { 'cell-cmake-args': 'CELL_OPTION=build-shared\nconfig.cmake\nMISSING=not-in-cell' }
    })
    job.run('cell')
    const configure = job.run('configure')
    expect(configure.stderr).toContain('-DCELL_OPTION=ON -DGLOBAL_OPTION=ON -DUNUSED=1')
    expect(configure.stderr).not.toContain('MISSING')
    expect(configure.status).toBe(0)
    // Without the mapping the same cell's keys reach nothing and the project refuses to configure.
    const bare = new JobRun({ cell, workspace: workspaceWith(project) })
    bare.run('cell')
    expect(bare.run('configure').status).not.toBe(0)
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

describe('bad inputs to release-sign.yml: one clear error naming the input', () => {
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

describe('ccache on every OS', () => {
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

describe('the steps around the scripts', () => {
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

describe('every cell of the consumers’ real-matrix specs runs through the cell and configure steps', () => {
  // test/consumers/<p>/ci-matrix.yml expanded as build-matrix does, with the `with:` of that consumer's ci.yml.
  const consumers = ['openimageio', 'opencolorio', 'openshadinglanguage', 'openvdb', 'imath']
  const cmakeStub = workspaceWith({ 'bin/cmake': '#!/bin/sh\nprintf "%s\\n" "$@" > "$CMAKE_ARGV_FILE"\n' })
  chmodSync(join(cmakeStub, 'bin/cmake'), 0o755)

  test.each(consumers)('%s', consumer => {
    const dir = join(repoRoot, 'test/consumers', consumer)
    const spec = checkSpecShape(parseSpecDocument(readFileSync(join(dir, 'ci-matrix.yml'), 'utf8')).value)
    const cells = expandMatrix(spec.spec!).cells as unknown as Cell[]
    const workflow = parse(readFileSync(join(dir, 'ci.yml'), 'utf8')) as {
      jobs: { ci: { with: Record<string, string> } }
    }
    const inputs = workflow.jobs.ci.with
    expect(new JobRun({ cell: {}, workspace: workspaceWith(), inputs }, 'plan').run('validate-inputs').status).toBe(0)
    const mapped = String(inputs['cell-cmake-args'] ?? '')
      .split('\n')
      .filter(line => line.includes('='))
      .map(line => line.trim().split('='))
    for (const cell of cells) {
      const job = new JobRun({ cell, workspace: workspaceWith(), needs: { 'gpu-decision': 'fallback' }, inputs })
      const result = job.run('cell')
      expect({ id: cell.id, status: result.status, errors: result.stdout.match(/::error.*/g) }).toEqual({
        id: cell.id,
        status: 0,
        errors: null
      })
      if (inputs['build-script'] || cell['legacy-glibc']) continue
      const argvFile = join(workspaceWith(), 'argv')
      expect(job.run('configure', { path: [join(cmakeStub, 'bin')], env: { CMAKE_ARGV_FILE: argvFile } }).status).toBe(
        0
      )
      const argv = readFileSync(argvFile, 'utf8').split('\n')
      for (const [name, key] of mapped) {
        if (cell[key as string] !== undefined) expect(argv).toContain(`-D${name}=${String(cell[key as string])}`)
      }
    }
  })
})
