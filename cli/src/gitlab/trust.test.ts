import { describe, expect, test } from '@jest/globals'
import { gitlabTrust, type GitlabPipelineEnv } from './trust.js'

const mr = (from: string | undefined, here: string | undefined, into?: string): GitlabPipelineEnv => ({
  CI_PIPELINE_SOURCE: 'merge_request_event',
  CI_PROJECT_ID: here,
  CI_MERGE_REQUEST_SOURCE_PROJECT_ID: from,
  CI_MERGE_REQUEST_PROJECT_ID: into
})

describe('gitlabTrust', () => {
  test.each<[string, GitlabPipelineEnv, boolean, string]>([
    ['push pipeline', { CI_PIPELINE_SOURCE: 'push', CI_PROJECT_ID: '7' }, true, 'push pipeline of project 7'],
    ['schedule', { CI_PIPELINE_SOURCE: 'schedule', CI_PROJECT_ID: '7' }, true, 'schedule pipeline'],
    ['MR inside the project', mr('7', '7', '7'), true, 'merge request within project 7'],
    ['MR from a fork, run in the parent', mr('99', '7', '7'), false, 'fork project 99 into project 7'],
    ['MR from a fork, run in the fork itself', mr('99', '99', '7'), false, 'fork project 99 into project 7'],
    ['MR without a source project', mr(undefined, '7'), false, 'treated as a fork'],
    ['MR without CI_PROJECT_ID', mr('7', undefined), false, 'treated as a fork'],
    [
      'external pull request from a fork',
      {
        CI_PIPELINE_SOURCE: 'external_pull_request_event',
        CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY: 'mallory/kokkos',
        CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: 'kokkos/kokkos'
      },
      false,
      'from mallory/kokkos into kokkos/kokkos'
    ],
    [
      'external pull request inside the repository',
      {
        CI_PIPELINE_SOURCE: 'external_pull_request_event',
        CI_EXTERNAL_PULL_REQUEST_SOURCE_REPOSITORY: 'kokkos/kokkos',
        CI_EXTERNAL_PULL_REQUEST_TARGET_REPOSITORY: 'Kokkos/Kokkos'
      },
      true,
      'within Kokkos/Kokkos'
    ]
  ])('%s', (_, env, trusted, reason) => {
    const trust = gitlabTrust(env)
    expect(trust.trusted).toBe(trusted)
    expect(trust.reason).toContain(reason)
  })
})
