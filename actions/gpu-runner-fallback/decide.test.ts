import { describe, expect, test } from '@jest/globals'
import type { Availability } from './availability.js'
import { availabilityOutcome, finish, gate, runsOnJson, staticOutcome, type SelectPolicy } from './decide.js'
import type { RepoContext } from './event-context.js'
import { emptyTally } from './runner-match.js'

const policy = (extra: Partial<SelectPolicy> = {}): SelectPolicy => ({
  gpuRunner: ['self-hosted', 'gpu'],
  fallbackRunner: ['ubuntu-latest'],
  onUnavailable: 'fallback',
  allowedOwners: [],
  allowForkPullRequests: false,
  ...extra
})
const context = (extra: Partial<RepoContext> = {}): RepoContext => ({
  owner: 'AcademySoftwareFoundation',
  repo: 'openvdb',
  eventName: 'push',
  forkPullRequest: false,
  ...extra
})
const forkPr = context({ eventName: 'pull_request', forkPullRequest: true, headRepository: 'mallory/openvdb' })

describe('gate', () => {
  test.each([
    ['no allowed-owners, push', policy(), context(), undefined, true],
    [
      'owner allowed (case-insensitive)',
      policy({ allowedOwners: ['academysoftwarefoundation'] }),
      context(),
      undefined,
      true
    ],
    ['owner not allowed', policy({ allowedOwners: ['aswf'] }), context(), 'not in allowed-owners', false],
    ['fork pull request', policy(), forkPr, undefined, false],
    ['fork pull request, allowed', policy({ allowForkPullRequests: true }), forkPr, undefined, true],
    // allowed-owners is enforced first: a fork PR of a foreign owner's repository never passes.
    [
      'foreign owner, forks allowed',
      policy({ allowedOwners: ['aswf'], allowForkPullRequests: true }),
      forkPr,
      'not in allowed-owners',
      false
    ]
  ])('%s', (_name, p, c, blocked, selfHosted) => {
    const result = gate(p, c)
    if (blocked) expect(result.blocked).toContain(blocked)
    else expect(result.blocked).toBeUndefined()
    expect(result.selfHostedAllowed).toBe(selfHosted)
  })
})

describe('static policy (availability unknown)', () => {
  test('allowed-owners decides and the reason says nothing was checked', () => {
    const p = policy({ allowedOwners: ['AcademySoftwareFoundation'] })
    const outcome = staticOutcome(p, context(), gate(p, context()), 'no token was given')
    expect(outcome.available).toBe(true)
    expect(outcome.reason).toMatch(/could not be checked \(no token was given\).*allowed-owners/)
  })

  test('without allowed-owners the GPU runner is not assumed', () => {
    const outcome = staticOutcome(policy(), context(), gate(policy(), context()), 'HTTP 403')
    expect(outcome).toMatchObject({ available: false })
    expect(outcome.reason).toContain('allowed-owners is empty')
  })

  test('a fork pull request is refused even when the owner is allowed', () => {
    const p = policy({ allowedOwners: ['AcademySoftwareFoundation'] })
    const outcome = staticOutcome(p, forkPr, gate(p, forkPr), 'no token was given')
    expect(outcome.available).toBe(false)
    expect(outcome.reason).toContain('mallory/openvdb')
  })
})

describe('availability outcome', () => {
  const search = (extra: Partial<Availability>): Availability => ({ results: [], ...extra })

  test('a found runner is named in the reason', () => {
    const outcome = availabilityOutcome(['gpu'], true, search({ found: { source: 'organization', name: 'gpu-7' } }))
    expect(outcome).toEqual({
      available: true,
      reason: "Organisation runner 'gpu-7' carries 'gpu' and is online and idle."
    })
  })

  test('nothing usable: the reason counts what was seen', () => {
    const tally = { ...emptyTally(), busy: 2, offline: 3, hidden: 1 }
    const outcome = availabilityOutcome(['gpu'], true, search({ results: [{ source: 'organization', tally }] }))
    expect(outcome?.available).toBe(false)
    expect(outcome?.reason).toBe(
      "No runner for 'gpu' can take the job (matching runners: 2 busy, 3 offline, 1 in a runner group this repository may not use; checked organisation runners)."
    )
  })

  test('a failed source leaves the decision to the static policy', () => {
    const results = [
      { source: 'repository' as const, tally: emptyTally() },
      { source: 'organization' as const, tally: emptyTally(), error: 'HTTP 403', status: 403 }
    ]
    expect(availabilityOutcome(['gpu'], false, search({ results }))).toBeUndefined()
  })
})

describe('finish', () => {
  test.each([
    ['fallback', true, 'gpu', ['self-hosted', 'gpu'], false],
    ['fallback', false, 'fallback', ['ubuntu-latest'], false],
    ['skip', false, 'skip', ['ubuntu-latest'], false],
    ['fail', false, 'fallback', ['ubuntu-latest'], true]
  ] as const)('on-unavailable %s, available %s: %s', (onUnavailable, available, decision, runsOn, fail) => {
    const result = finish(policy({ onUnavailable }), { available, reason: 'Because.' })
    expect(result).toMatchObject({ decision, runsOn, fail, gpu: available })
    expect(result.reason.startsWith('Because.')).toBe(true)
  })

  test('runs-on is JSON that fromJSON turns back into a label or a list', () => {
    expect(runsOnJson(['ubuntu-latest'])).toBe('"ubuntu-latest"')
    expect(runsOnJson(['self-hosted', 'gpu'])).toBe('["self-hosted","gpu"]')
  })
})
