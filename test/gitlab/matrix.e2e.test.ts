/**
 * `ci-actions matrix --format gitlab|github`, end to end: the built CLI (dist/cli/index.js) on a
 * Kokkos-like and a Viskores-like spec. The child pipelines are read as GitLab reads YAML and validated against
 * GitLab's own CI schema; tags, rules and variables are checked job by job; `--format github` and bad specs are
 * compared with what the build-matrix action itself gives for the same spec.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fullLog, runBundle } from '../support/run-bundle.js'
import { MERGE_REQUEST_RULE } from '../../cli/src/gitlab/child-pipeline.js'
import { commentAbove, gitlabSchemaErrors, jobsOf, parseAsGitlab, runCli, specsDir, type Job } from './support.js'

const forkMr = {
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_PROJECT_ID: '1001',
  CI_MERGE_REQUEST_PROJECT_ID: '1001',
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '4242'
}
const sameProjectMr = { ...forkMr, CI_MERGE_REQUEST_SOURCE_PROJECT_ID: '1001' }

function generate(spec: string, env: Record<string, string> = {}) {
  const result = runCli(['matrix', '--spec-file', join(specsDir, spec), '--format', 'gitlab'], { env })
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  const pipeline = parseAsGitlab(result.stdout)
  return { text: result.stdout, pipeline, jobs: jobsOf(pipeline) }
}

const inPr = (job: Job) => job.rules[0]!.when === 'on_success'

describe('Kokkos-like spec: backends x compilers x node types', () => {
  const cpu = ['hpsf-cluster', 'x86_64']
  const tagsOf: Record<string, string[]> = {
    serial: cpu,
    openmp: cpu,
    cuda: ['hpsf-cluster', 'nvidia-h100'],
    hip: ['hpsf-cluster', 'amd-mi300a'],
    sycl: ['hpsf-cluster', 'intel-pvc']
  }

  test("validates against GitLab's CI schema, with its stage layout", () => {
    const { pipeline, jobs } = generate('kokkos.yml')
    expect(gitlabSchemaErrors(pipeline)).toEqual([])
    expect(pipeline.stages).toEqual(['cpu', 'gpu'])
    // 2 compilers x 4 backends x 2 build types, and the one sycl cell built with icx.
    expect(Object.keys(jobs)).toHaveLength(17)
  })

  test('the schema check has teeth: a job GitLab would refuse fails it', () => {
    const { pipeline } = generate('kokkos.yml')
    const job = pipeline['linux-gcc-12-release-cxx20-serial'] as Record<string, unknown>
    expect(gitlabSchemaErrors({ ...pipeline, 'linux-gcc-12-release-cxx20-serial': { ...job, tags: [] } })).not.toEqual(
      []
    )
    expect(
      gitlabSchemaErrors({ ...pipeline, 'linux-gcc-12-release-cxx20-serial': { ...job, when: 'sometimes' } })
    ).not.toEqual([])
  })

  test('each job: node-type tags, image, stage, variables and rules of its cell', () => {
    const { jobs } = generate('kokkos.yml')
    for (const [id, job] of Object.entries(jobs)) {
      const backend = job.variables.BACKEND as string
      expect([id, job.tags]).toEqual([id, tagsOf[backend]])
      expect([id, job.stage]).toEqual([id, backend === 'cuda' || backend === 'hip' ? 'gpu' : 'cpu'])
      // Read as YAML 1.1: 'ON' must stay the text ON, not become true.
      expect([id, job.variables[`Kokkos_ENABLE_${backend.toUpperCase()}`]]).toEqual([id, 'ON'])
      expect(job.variables.CI_ACTIONS_CELL).toBe(id)
      expect(job.variables.CMAKE_CXX_STANDARD).toBe('20')
      expect(job.variables.CMAKE_ARGS).toBe('-DKokkos_ENABLE_TESTS=ON')
      expect(job.variables.CMAKE_BUILD_TYPE).toBe(id.includes('-debug-') ? 'Debug' : 'Release')
      expect(job.variables.CI_ACTIONS_RUN_GPU_TESTS).toBe(String(backend === 'cuda' || backend === 'hip'))
      expect(job).toMatchObject({ interruptible: true, timeout: '2h' })
      const pr = id.startsWith('linux-gcc-12-release-')
      expect([id, job.rules]).toEqual([
        id,
        [{ if: MERGE_REQUEST_RULE, when: pr ? 'on_success' : 'never' }, { when: 'on_success' }]
      ])
    }
    expect(jobs['linux-gcc-12-release-cxx20-cuda']).toMatchObject({
      image: 'nvcr.io/nvidia/cuda:12.6.3-devel-ubuntu24.04',
      variables: { CUDACXX: 'nvcc', Kokkos_ARCH_HOPPER90: 'ON', CC: 'gcc', CXX: 'g++' }
    })
    expect(jobs['linux-clang17-debug-cxx20-hip']).toMatchObject({
      image: 'rocm/dev-ubuntu-24.04:6.3',
      variables: { HIPCXX: '/opt/rocm/llvm/bin/clang++', Kokkos_ENABLE_HIP: 'ON' }
    })
    expect(jobs['linux-icx-release-cxx20-sycl']).toMatchObject({
      image: 'intel/oneapi-basekit:2025.0.0-0-devel-ubuntu24.04',
      variables: { CC: 'icx', CXX: 'icpx', ONEAPI_DEVICE_SELECTOR: 'opencl:cpu' }
    })
    expect(jobs['linux-gcc-12-release-cxx20-serial']).toMatchObject({ image: 'ubuntu:24.04' })
    expect(Object.values(jobs).filter(inPr)).toHaveLength(4)
  })

  test('a merge request within the project keeps the GPU node types', () => {
    const { jobs } = generate('kokkos.yml', sameProjectMr)
    expect(jobs['linux-gcc-12-release-cxx20-cuda']!.tags).toEqual(tagsOf.cuda)
    expect(jobs['linux-gcc-12-release-cxx20-cuda']!.variables.CI_ACTIONS_TRUST).toBe(
      'trusted: merge request within project 1001'
    )
  })

  test('a merge request from a fork gets no protected tag, and every GPU job says why', () => {
    const { text, pipeline, jobs } = generate('kokkos.yml', forkMr)
    expect(gitlabSchemaErrors(pipeline)).toEqual([])
    expect(pipeline.variables).toEqual({
      CI_ACTIONS_TRUST: 'untrusted: merge request from fork project 4242 into project 1001'
    })
    for (const [id, job] of Object.entries(jobs)) {
      expect([id, job.tags]).toEqual([id, cpu])
      const backend = job.variables.BACKEND as string
      if (['cuda', 'hip', 'sycl'].includes(backend)) {
        expect(job.variables.CI_ACTIONS_TRUST).toMatch(/^untrusted: merge request from fork project 4242 .*withheld/)
        expect(job.variables.CI_ACTIONS_RUN_GPU_TESTS).toBe('false')
        expect(commentAbove(text, id)).toMatch(/# Untrusted: .*protected tags .* withheld/)
      }
    }
  })
})

describe('Viskores-like spec', () => {
  test('validates, and each job has its tags, variables and rules', () => {
    const { pipeline, jobs } = generate('viskores.yml')
    expect(gitlabSchemaErrors(pipeline)).toEqual([])
    expect(Object.keys(jobs).sort()).toEqual(
      [
        'linux-clang18-debug-openmp',
        'linux-clang18-debug-serial',
        'linux-clang18-release-openmp',
        'linux-clang18-release-serial',
        'linux-gcc-13-debug-cuda',
        'linux-gcc-13-debug-openmp',
        'linux-gcc-13-debug-serial',
        'linux-gcc-13-release-cuda',
        'linux-gcc-13-release-openmp',
        'linux-gcc-13-release-serial'
      ].sort()
    )
    for (const [id, job] of Object.entries(jobs)) {
      const cuda = id.endsWith('-cuda')
      expect([id, job.tags]).toEqual([
        id,
        cuda ? ['docker', 'linux-x86_64', 'cuda-rt', 'turing'] : ['docker', 'linux-x86_64']
      ])
      expect(job.image).toBe(
        cuda ? 'kitware/vtk:ci-viskores-ubuntu2404-cuda12.6' : 'kitware/vtk:ci-viskores-ubuntu2404'
      )
      expect(job.variables).toMatchObject({ Viskores_ENABLE_TESTING: 'ON', CTEST_ARGS: '--timeout 600' })
      if (cuda) expect(job.variables).toMatchObject({ Viskores_ENABLE_CUDA: 'ON', CMAKE_CUDA_ARCHITECTURES: '75' })
      if (id.endsWith('-openmp'))
        expect(job.variables).toMatchObject({ Viskores_ENABLE_OPENMP: 'ON', OMP_NUM_THREADS: '2' })
      expect([id, inPr(job)]).toEqual([id, id.includes('-release-')])
      expect(job.timeout).toBe('1h')
    }
  })

  test('from a fork: the CUDA jobs build on CPU nodes without ctest', () => {
    const { jobs } = generate('viskores.yml', forkMr)
    const cuda = jobs['linux-gcc-13-release-cuda']!
    expect(cuda.tags).toEqual(['docker', 'linux-x86_64'])
    expect(cuda.stage).toBe('cpu')
    expect(cuda.script.join('\n')).not.toContain('ctest')
    expect(jobs['linux-gcc-13-release-serial']!.script.join('\n')).toContain('ctest')
  })
})

function workspaceWith(spec: string): string {
  const workspace = mkdtempSync(join(tmpdir(), 'gitlab-ws-'))
  mkdirSync(join(workspace, '.github'))
  writeFileSync(join(workspace, '.github', 'ci-matrix.yml'), spec)
  return workspace
}

/** The action's spec annotations as `file:line:col: level: message`, the form the CLI prints. */
function actionProblems(log: string): string[] {
  return [
    ...log.matchAll(/::(error|warning|notice) title=build-matrix spec,file=([^,]+),line=(\d+),col=(\d+)::(.*)/g)
  ].map(
    ([, level, file, line, col, message]) =>
      `${file}:${line}:${col}: ${level}: ${message!.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')}`
  )
}

describe('--format github and bad specs: the same as the build-matrix action', () => {
  test.each(['push', 'pull_request'])('the matrix JSON equals the action output on %s', async eventName => {
    const spec = readFileSync(join(specsDir, 'kokkos.yml'), 'utf8')
    const workspace = workspaceWith(spec)
    const action = await runBundle('build-matrix', { workspace, eventName, event: {} })
    expect(action.success).toBe(true)
    const cli = runCli(['matrix', '--spec-file', '.github/ci-matrix.yml', '--format', 'github'], {
      cwd: workspace,
      env: { GITHUB_EVENT_NAME: eventName }
    })
    expect(cli.status).toBe(0)
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(action.outputs.matrix!))
  })

  test('a bad spec: every problem at the same line, column and words, exit 1', async () => {
    const spec = [
      'backend: [serial, fpga]',
      'compiler: [gcc, nvc]',
      'runners:',
      '  gitlab:',
      "    cpu: 'two words'",
      '    nvidia: [gpu-node]',
      '    amd: []',
      '    allow-forks: maybe',
      ''
    ].join('\n')
    const workspace = workspaceWith(spec)
    const action = await runBundle('build-matrix', { workspace })
    expect(action.success).toBe(false)
    const expected = actionProblems(fullLog(action))
    expect(expected.length).toBeGreaterThanOrEqual(3)
    const cli = runCli(['matrix', '--spec-file', '.github/ci-matrix.yml', '--format', 'gitlab'], { cwd: workspace })
    expect(cli.status).toBe(1)
    expect(cli.stdout).toBe('')
    expect(cli.stderr.trimEnd().split('\n')).toEqual(expected)
    expect(cli.stderr).toContain('.github/ci-matrix.yml:5:5: error: runners.gitlab.cpu: expected A GitLab runner tag')
  })

  test('an expansion error (a backend the compiler cannot build) is located the same way', async () => {
    const spec = 'compiler: [gcc, clang]\nbackend: [serial, sycl]\nruns-on-unused: 1\n'
    const workspace = workspaceWith(spec.replace('runs-on-unused: 1\n', ''))
    const action = await runBundle('build-matrix', { workspace })
    const expected = actionProblems(fullLog(action))
    expect(expected.join('\n')).toContain('backend sycl cannot be built with gcc')
    for (const format of ['gitlab', 'github']) {
      const cli = runCli(['matrix', '--spec-file', '.github/ci-matrix.yml', '--format', format], { cwd: workspace })
      expect([format, cli.status]).toEqual([format, 1])
      // github prints the action's failure line too (it counts the problems; it does not repeat them).
      const lines = cli.stderr.trimEnd().split('\n')
      expect(lines.filter(line => !line.startsWith('ci-actions matrix: '))).toEqual(expected)
    }
  })

  test.each([
    [['matrix', '--format', 'yaml'], 2, "ci-actions matrix: --format has the value 'yaml': expected github or gitlab."],
    [['matrix'], 1, "--spec-file '.github/ci-matrix.yml': expected a spec file"],
    [['matrix', '--format', 'gitlab', '--profile', 'pr'], 2, '--format github'],
    [['matrix', '--format', 'github', '--max-jobs', '0'], 2, "--max-jobs has the value '0'"],
    [
      ['matrix', '--format', 'gitlab', '--spec-file', 'missing.yml'],
      1,
      "--spec-file 'missing.yml': expected a spec file"
    ]
  ])('%j: one message, exit %i', (args, status, message) => {
    const cli = runCli(args)
    expect(cli.status).toBe(status)
    expect(cli.stdout).toBe('')
    expect(cli.stderr).toContain(message)
    expect(cli.stderr).not.toMatch(/\n\s+at /)
  })
})
