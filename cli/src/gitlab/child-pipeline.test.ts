import { describe, expect, test } from '@jest/globals'
import { expandMatrix } from '../../../actions/build-matrix/expand.js'
import type { MatrixCell, MatrixSpec } from '../../../actions/build-matrix/spec-types.js'
import { childPipeline, DEFAULT_SCRIPT, MERGE_REQUEST_RULE, nodeTypeOf } from './child-pipeline.js'

const trusted = { trusted: true, reason: 'push pipeline of project 7' }
const fork = { trusted: false, reason: 'merge request from fork project 99 into project 7' }
const gitlab = {
  cpu: ['cluster', 'x86_64'],
  nvidia: ['cluster', 'nvidia-h100'],
  amd: ['cluster', 'amd-mi300a'],
  protected: ['nvidia-h100', 'amd-mi300a']
}
const spec: MatrixSpec = {
  backend: ['serial', 'cuda', 'hip'],
  runners: { cuda: 'unused', hip: 'unused', gitlab },
  include: [{ backend: 'cuda', env: { Kokkos_ENABLE_CUDA: 'ON', LITERAL: '$CI_JOB_TOKEN' } }]
}
const cells = () => expandMatrix(spec).cells

describe('nodeTypeOf', () => {
  test.each([
    [{ backend: 'serial', gpu: false }, 'cpu'],
    [{ backend: 'openmp', gpu: false }, 'cpu'],
    [{ backend: 'cuda', gpu: true }, 'nvidia'],
    [{ backend: 'hip', gpu: true }, 'amd'],
    [{ backend: 'sycl', gpu: false }, 'intel'],
    [{ gpu: true }, 'nvidia'],
    [{ gpu: false }, 'cpu']
  ])('%j → %s', (cell, type) => expect(nodeTypeOf(cell as unknown as MatrixCell)).toBe(type))
})

describe('childPipeline', () => {
  test('trusted: each backend gets its node type, stage and variables', () => {
    const { jobs, problems } = childPipeline(spec, cells(), { trust: trusted })
    expect(problems).toEqual([])
    expect(Object.keys(jobs)).toEqual(['linux-gcc-release-serial', 'linux-gcc-release-cuda', 'linux-gcc-release-hip'])
    expect(jobs['linux-gcc-release-serial']).toMatchObject({ stage: 'cpu', tags: gitlab.cpu, interruptible: true })
    expect(jobs['linux-gcc-release-cuda']).toMatchObject({ stage: 'gpu', tags: gitlab.nvidia, timeout: '1h' })
    expect(jobs['linux-gcc-release-hip']).toMatchObject({ stage: 'gpu', tags: gitlab.amd })
    const cuda = jobs['linux-gcc-release-cuda']!
    expect(cuda.variables).toMatchObject({
      BACKEND: 'cuda',
      Kokkos_ENABLE_CUDA: 'ON',
      CI_ACTIONS_GPU: 'true',
      CI_ACTIONS_RUN_GPU_TESTS: 'true',
      // GitLab would expand $CI_JOB_TOKEN: a spec value is kept literal.
      LITERAL: { value: '$CI_JOB_TOKEN', expand: false }
    })
    expect(cuda.script).toEqual(DEFAULT_SCRIPT)
  })

  test('a fork merge request never gets protected tags, and the job says why', () => {
    const { jobs, comments } = childPipeline(spec, cells(), { trust: fork })
    for (const id of ['linux-gcc-release-cuda', 'linux-gcc-release-hip']) {
      const job = jobs[id]!
      expect(job.tags).toEqual(gitlab.cpu)
      expect(job.stage).toBe('cpu')
      expect(job.variables.CI_ACTIONS_TRUST).toMatch(/^untrusted: merge request from fork project 99.*withheld/)
      expect(job.variables.CI_ACTIONS_RUN_GPU_TESTS).toBe('false')
      expect(job.script.some(line => line.startsWith('ctest'))).toBe(false)
      expect(comments[id]!.join('\n')).toContain('protected tags')
    }
    expect(jobs['linux-gcc-release-serial']!.tags).toEqual(gitlab.cpu)
  })

  test('allow-forks lets a fork merge request keep its GPU tags', () => {
    const allowing = { ...spec, runners: { ...spec.runners, gitlab: { ...gitlab, 'allow-forks': true } } }
    const { jobs } = childPipeline(allowing, cells(), { trust: fork })
    expect(jobs['linux-gcc-release-cuda']!.tags).toEqual(gitlab.nvidia)
    expect(jobs['linux-gcc-release-cuda']!.variables.CI_ACTIONS_TRUST).toMatch(/^untrusted: merge request/)
  })

  test('protected CPU tags are withheld too; with none left the job has no tags', () => {
    const cpuProtected = { ...spec, runners: { ...spec.runners, gitlab: { ...gitlab, protected: ['cluster'] } } }
    const some = childPipeline(cpuProtected, cells(), { trust: fork }).jobs
    expect(some['linux-gcc-release-serial']!.tags).toEqual(['x86_64'])
    expect(some['linux-gcc-release-cuda']!.tags).toEqual(['x86_64'])
    const allProtected = { ...spec, runners: { ...spec.runners, gitlab: { ...gitlab, protected: gitlab.cpu } } }
    const none = childPipeline(allProtected, cells(), { trust: fork }).jobs
    expect(none['linux-gcc-release-serial']!.tags).toBeUndefined()
  })

  test("rules: cells outside the 'pr' profile never run in merge-request pipelines", () => {
    const { jobs } = childPipeline(spec, cells(), { trust: trusted, prCells: new Set(['linux-gcc-release-serial']) })
    expect(jobs['linux-gcc-release-serial']!.rules).toEqual([
      { if: MERGE_REQUEST_RULE, when: 'on_success' },
      { when: 'on_success' }
    ])
    expect(jobs['linux-gcc-release-cuda']!.rules[0]).toEqual({ if: MERGE_REQUEST_RULE, when: 'never' })
  })

  test('a node type the spec does not declare is a located problem', () => {
    const noAmd = { ...spec, runners: { ...spec.runners, gitlab: { cpu: gitlab.cpu, nvidia: gitlab.nvidia } } }
    const { problems, jobs } = childPipeline(noAmd, cells(), { trust: trusted })
    expect(problems).toEqual([
      {
        path: ['runners', 'gitlab'],
        message: 'cell linux-gcc-release-hip runs on an amd node: set runners.gitlab.amd (the tags of that node type)',
        severity: 'error'
      }
    ])
    expect(jobs['linux-gcc-release-hip']).toBeUndefined()
  })

  test('a macOS cell is a problem at os', () => {
    const mac: MatrixSpec = { os: ['linux', 'macos'], runners: { gitlab } }
    const { problems } = childPipeline(mac, expandMatrix(mac).cells, { trust: trusted })
    expect(problems.map(p => [p.path, p.message])).toEqual([
      [['os'], expect.stringContaining('cell macos-apple-clang-release is a macos cell')]
    ])
  })
})
