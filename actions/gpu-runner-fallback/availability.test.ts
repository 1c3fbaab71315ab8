import { describe, expect, test } from '@jest/globals'
import { planSources, type Scope } from './availability.js'
import type { RepoContext } from './event-context.js'

const org: RepoContext = {
  owner: 'aswf',
  repo: 'openvdb',
  eventName: 'push',
  trust: { trusted: true, reason: 'push' },
  ownerIsOrganization: true
}
const user: RepoContext = { ...org, owner: 'jane', ownerIsOrganization: false }
const unknown: RepoContext = { ...org, ownerIsOrganization: undefined }

describe('planSources', () => {
  test.each([
    ['auto', ['self-hosted', 'gpu'], org, true, ['organization', 'repository']],
    ['auto', ['gpu'], org, true, ['hosted', 'organization', 'repository']],
    ['auto', ['ubuntu-20.04-gpu-t4-4c-16g-176h'], unknown, true, ['hosted', 'organization', 'repository']],
    ['auto', ['gpu'], user, true, ['repository']],
    ['repo', ['gpu'], org, true, ['repository']],
    ['org', ['self-hosted', 'gpu'], org, true, ['organization']],
    ['org', ['gpu'], org, true, ['hosted', 'organization']],
    // A fork pull request: only a GitHub-hosted larger runner (a fresh VM) may still be considered.
    ['auto', ['gpu'], org, false, ['hosted']],
    ['auto', ['self-hosted', 'gpu'], org, false, []],
    ['repo', ['gpu'], org, false, []]
  ] as const)('scope %s, labels %j', (scope, labels, context, selfHostedAllowed, expected) => {
    expect(planSources(scope as Scope, [...labels], context, { selfHosted: selfHostedAllowed, hosted: true })).toEqual(
      expected
    )
  })

  test.each([
    ['hosted', ['ubuntu-20.04-gpu-t4-4c-16g-176h'], ['hosted']],
    ['self-hosted', ['gpu'], ['organization', 'repository']],
    ['auto', ['gpu'], ['hosted', 'organization', 'repository']]
  ] as const)('runner-type %s', (type, labels, expected) => {
    expect(planSources('auto', [...labels], org, { selfHosted: true, hosted: true }, type)).toEqual(expected)
  })

  test('hosted not allowed (an untrusted run without allow-fork-pull-requests): nothing to ask', () => {
    expect(planSources('auto', ['gpu'], org, { selfHosted: false, hosted: false })).toEqual([])
  })
})
