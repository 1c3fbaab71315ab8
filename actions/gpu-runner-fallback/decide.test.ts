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
  runnerType: 'auto',
  kind: 'gpu',
  ...extra
})
const context = (extra: Partial<RepoContext> = {}): RepoContext => ({
  owner: 'AcademySoftwareFoundation',
  repo: 'openvdb',
  eventName: 'push',
  trust: { trusted: true, reason: 'push' },
  ...extra
})
const forkPr = context({
  eventName: 'pull_request',
  trust: { trusted: false, reason: 'pull_request from fork mallory/openvdb', headRepository: 'mallory/openvdb' }
})
const t4 = ['ubuntu-20.04-gpu-t4-4c-16g-176h']

describe('gate', () => {
  test.each([
    ['no allowed-owners, push', policy(), context(), undefined, true, true],
    [
      'owner allowed (case-insensitive)',
      policy({ allowedOwners: ['academysoftwarefoundation'] }),
      context(),
      undefined,
      true,
      true
    ],
    ['owner not allowed', policy({ allowedOwners: ['aswf'] }), context(), 'not in allowed-owners', false, false],
    ['fork pull request, self-hosted label', policy(), forkPr, 'never gets a self-hosted runner', false, false],
    // A fork never gets a self-hosted runner, whatever the policy says.
    [
      'fork pull request, self-hosted, forks allowed',
      policy({ allowForkPullRequests: true }),
      forkPr,
      'never gets a self-hosted runner',
      false,
      false
    ],
    [
      'fork pull request, runner-type self-hosted',
      policy({ gpuRunner: ['gpu'], runnerType: 'self-hosted', allowForkPullRequests: true }),
      forkPr,
      'never gets a self-hosted runner',
      false,
      false
    ],
    [
      'fork pull request, hosted runner, forks not allowed',
      policy({ gpuRunner: t4, runnerType: 'hosted' }),
      forkPr,
      'allow-fork-pull-requests is false',
      false,
      false
    ],
    [
      'fork pull request, hosted runner, forks allowed',
      policy({ gpuRunner: t4, runnerType: 'hosted', allowForkPullRequests: true }),
      forkPr,
      undefined,
      false,
      true
    ],
    [
      'fork pull request, auto type, forks allowed: only the hosted list may answer',
      policy({ gpuRunner: t4, allowForkPullRequests: true }),
      forkPr,
      undefined,
      false,
      true
    ],
    // allowed-owners is enforced first: a fork PR of a foreign owner's repository never passes.
    [
      'foreign owner, forks allowed',
      policy({ allowedOwners: ['aswf'], allowForkPullRequests: true, runnerType: 'hosted' }),
      forkPr,
      'not in allowed-owners',
      false,
      false
    ]
  ])('%s', (_name, p, c, blocked, selfHosted, hosted) => {
    const result = gate(p, c)
    if (blocked) expect(result.blocked).toContain(blocked)
    else expect(result.blocked).toBeUndefined()
    expect(result.selfHostedAllowed).toBe(selfHosted)
    expect(result.hostedAllowed).toBe(hosted)
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

  test('a fork pull request without a token: only a runner declared hosted may be used', () => {
    const auto = policy({ gpuRunner: t4, allowedOwners: ['AcademySoftwareFoundation'], allowForkPullRequests: true })
    const refused = staticOutcome(auto, forkPr, gate(auto, forkPr), 'no token was given')
    expect(refused.available).toBe(false)
    expect(refused.reason).toContain('mallory/openvdb')
    const hosted = { ...auto, runnerType: 'hosted' as const }
    expect(staticOutcome(hosted, forkPr, gate(hosted, forkPr), 'no token was given').available).toBe(true)
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

  test('kind cpu: the paid runner is "primary", never a GPU', () => {
    const result = finish(policy({ kind: 'cpu' }), { available: true, reason: 'Because.' })
    expect(result).toMatchObject({ decision: 'primary', gpu: false, runsOn: ['self-hosted', 'gpu'] })
  })

  test('runs-on is JSON that fromJSON turns back into a label or a list', () => {
    expect(runsOnJson(['ubuntu-latest'])).toBe('"ubuntu-latest"')
    expect(runsOnJson(['self-hosted', 'gpu'])).toBe('["self-hosted","gpu"]')
  })
})
