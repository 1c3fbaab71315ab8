import { describe, expect, test } from '@jest/globals'
import { readRepoContext } from './event-context.js'

const repository = { full_name: 'aswf/openvdb', private: false, owner: { login: 'aswf', type: 'Organization' } }

describe('readRepoContext', () => {
  test.each([
    ['push', { repository }, false],
    ['schedule', { repository }, false],
    [
      'pull_request',
      {
        repository,
        pull_request: { head: { repo: { full_name: 'aswf/openvdb' } }, base: { repo: { full_name: 'aswf/openvdb' } } }
      },
      false
    ],
    [
      'pull_request',
      {
        repository,
        pull_request: {
          head: { repo: { full_name: 'mallory/openvdb' } },
          base: { repo: { full_name: 'aswf/openvdb' } }
        }
      },
      true
    ],
    [
      'pull_request_target',
      {
        repository,
        pull_request: {
          head: { repo: { full_name: 'mallory/openvdb' } },
          base: { repo: { full_name: 'aswf/openvdb' } }
        }
      },
      true
    ],
    // A deleted fork: GitHub sends `repo: null`.
    [
      'pull_request',
      { repository, pull_request: { head: { repo: null }, base: { repo: { full_name: 'aswf/openvdb' } } } },
      true
    ],
    // Same repository spelled with other case is not a fork.
    [
      'pull_request',
      {
        repository,
        pull_request: { head: { repo: { full_name: 'ASWF/OpenVDB' } }, base: { repo: { full_name: 'aswf/openvdb' } } }
      },
      false
    ]
  ])('%s %#: fork pull request = %s', (eventName, event, fork) => {
    expect(readRepoContext('aswf/openvdb', eventName, event).trust.trusted).toBe(!fork)
  })

  test('owner type and visibility come from the payload', () => {
    expect(readRepoContext('aswf/openvdb', 'push', { repository })).toMatchObject({
      owner: 'aswf',
      repo: 'openvdb',
      ownerIsOrganization: true,
      isPublic: true
    })
    const user = { repository: { owner: { type: 'User' }, visibility: 'private' } }
    expect(readRepoContext('jane/tool', 'push', user)).toMatchObject({ ownerIsOrganization: false, isPublic: false })
  })

  test('an empty or missing payload leaves what it cannot know undefined', () => {
    expect(readRepoContext('aswf/openvdb', 'workflow_dispatch', undefined)).toEqual({
      owner: 'aswf',
      repo: 'openvdb',
      eventName: 'workflow_dispatch',
      ownerIsOrganization: undefined,
      isPublic: undefined,
      trust: { trusted: true, reason: 'workflow_dispatch: started by someone with write access' }
    })
  })
})
