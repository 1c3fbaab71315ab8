/**
 * The availability search over HTTP against the REST API stand-in: pagination, request counts (the "at most 11
 * requests for 1,000 runners" goal is a functional property: counted here, reported by the bench), group visibility,
 * hosted larger runners, and the faults GitHub produces (401/403/404/429/500, a response that never comes).
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { findRunner, planSources, type Source } from '../../actions/gpu-runner-fallback/availability.js'
import { createRunnerApi } from '../../actions/gpu-runner-fallback/runners-api.js'
import type { SelfHostedRunner } from '../../actions/gpu-runner-fallback/runner-match.js'
import { TOKEN, group, hosted, runner, startStandIn, type StandIn, type StandInData } from './api-stand-in.js'

let standIn: StandIn | undefined
afterEach(async () => {
  await standIn?.close()
  standIn = undefined
})

/** `count` organisation runners, none of which can take a GPU job, in the default group (id 1). */
function crowd(count: number): SelfHostedRunner[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0
      ? runner(`gpu-${i}`, ['gpu'], { status: 'offline', runner_group_id: 1 })
      : runner(`cpu-${i}`, ['cpu'], { runner_group_id: 1 })
  )
}

function data(extra: Partial<StandInData> = {}): StandInData {
  return {
    owner: 'aswf',
    repo: 'openvdb',
    repoRunners: [],
    orgRunners: [],
    groups: [group(1, 'Default', '*'), group(2, 'gpu-partners', ['other-repo'])],
    hostedRunners: [],
    ...extra
  }
}

async function search(
  d: StandInData,
  labels: string[],
  sources: Source[],
  options: { requireIdle?: boolean; token?: string; timeoutMs?: number } = {}
) {
  standIn = await startStandIn(d)
  let requests = 0
  const api = await createRunnerApi({
    apiUrl: standIn.url,
    token: options.token ?? TOKEN,
    owner: d.owner,
    repo: d.repo,
    timeoutMs: options.timeoutMs ?? 2000,
    deadline: new AbortController().signal,
    onRequest: () => void requests++
  })
  const result = await findRunner(api, { labels, requireIdle: options.requireIdle ?? false, sources })
  return { result, requests, seen: standIn.apiRequests() }
}

function apiFor(target: StandIn, timeoutMs: number) {
  const deadline = new AbortController().signal
  return createRunnerApi({ apiUrl: target.url, token: TOKEN, owner: 'aswf', repo: 'openvdb', timeoutMs, deadline })
}

const orgContext = {
  owner: 'aswf',
  repo: 'openvdb',
  eventName: 'push',
  trust: { trusted: true, reason: 'push' },
  ownerIsOrganization: true
}
const allowed = { selfHosted: true, hosted: true }

describe('1,000 runners: at most 11 requests', () => {
  test('none usable, scope auto (organisation + repository): every page once, 11 requests', async () => {
    const sources = planSources('auto', ['self-hosted', 'gpu'], orgContext, allowed)
    expect(sources).toEqual(['organization', 'repository'])
    const { result, seen } = await search(data({ orgRunners: crowd(1000) }), ['self-hosted', 'gpu'], sources)
    expect(result.found).toBeUndefined()
    expect(result.results[0]?.tally.offline).toBe(334)
    expect(seen).toHaveLength(11)
    expect(seen.filter(r => r.startsWith('org-runners'))).toHaveLength(10)
    expect(seen.every(r => r.includes('per_page=100'))).toBe(true)
  })

  test('the only usable runner on the last page, scope org: 10 pages + 1 group lookup', async () => {
    const orgRunners = [...crowd(999), runner('gpu-last', ['gpu'], { runner_group_id: 1 })]
    const { result, seen } = await search(
      data({ orgRunners }),
      ['self-hosted', 'gpu'],
      planSources('org', ['self-hosted', 'gpu'], orgContext, allowed)
    )
    expect(result.found).toEqual({ source: 'organization', name: 'gpu-last' })
    expect(seen).toHaveLength(11)
    expect(seen.filter(r => r.startsWith('groups'))).toEqual([
      'groups /orgs/aswf/actions/runner-groups?visible_to_repository=openvdb&per_page=100'
    ])
  })

  test.each(['org', 'auto'] as const)('the only usable runner on the last page, scope %s: 11 requests', async scope => {
    const orgRunners = [...crowd(999), runner('gpu-last', ['gpu'], { runner_group_id: 1 })]
    const sources = planSources(scope, ['self-hosted', 'gpu'], orgContext, allowed)
    const { result, seen } = await search(data({ orgRunners }), ['self-hosted', 'gpu'], sources)
    expect(result.found?.name).toBe('gpu-last')
    expect(seen).toHaveLength(11)
  })

  test('a usable runner on the first page stops the search at once', async () => {
    const orgRunners = [runner('gpu-a', ['gpu'], { runner_group_id: 1 }), ...crowd(999)]
    const sources = planSources('auto', ['self-hosted', 'gpu'], orgContext, allowed)
    const { result, seen } = await search(data({ orgRunners }), ['self-hosted', 'gpu'], sources)
    expect(result.found?.name).toBe('gpu-a')
    expect(seen.map(r => r.split(' ')[0])).toEqual(['org-runners', 'groups'])
  })
})

describe('what counts as usable', () => {
  test('busy runners count only without require-idle', async () => {
    const repoRunners = [runner('gpu-busy', ['gpu'], { busy: true })]
    expect((await search(data({ repoRunners }), ['gpu'], ['repository'])).result.found?.name).toBe('gpu-busy')
    await standIn?.close()
    const idle = await search(data({ repoRunners }), ['gpu'], ['repository'], { requireIdle: true })
    expect(idle.result.found).toBeUndefined()
    expect(idle.result.results[0]?.tally.busy).toBe(1)
  })

  test('a runner in a group this repository may not use is skipped for one it may', async () => {
    const orgRunners = [
      runner('gpu-partner', ['gpu'], { runner_group_id: 2 }),
      runner('gpu-ours', ['gpu'], { runner_group_id: 1 })
    ]
    const { result } = await search(data({ orgRunners }), ['gpu'], ['organization'])
    expect(result.found?.name).toBe('gpu-ours')
    expect(result.results[0]?.tally.hidden).toBe(1)
  })

  test('without runner_group_id (older GHES) candidates are found through the visible groups', async () => {
    const orgRunners = [
      runner('gpu-partner', ['gpu'], { runner_group_id: 2 }),
      runner('gpu-ours', ['gpu'], { runner_group_id: 1 })
    ]
    const { result, seen } = await search(data({ orgRunners, omitGroupIds: true }), ['gpu'], ['organization'])
    expect(result.found?.name).toBe('gpu-ours')
    expect(seen.map(r => r.split(' ')[0])).toEqual(['org-runners', 'groups', 'group-runners'])
  })

  test.each([
    ['Ready', 'ubuntu-20.04-gpu-t4-4c-16g-176h'],
    ['Provisioning', undefined],
    ['Shutdown', undefined],
    ['Deleting', undefined],
    ['Stuck', undefined]
  ])('a hosted larger runner in status %s', async (status, found) => {
    const hostedRunners = [hosted('ubuntu-22.04-16core', 'Ready'), hosted('ubuntu-20.04-gpu-t4-4c-16g-176h', status)]
    const { result, seen } = await search(data({ hostedRunners }), ['Ubuntu-20.04-GPU-T4-4c-16g-176h'], ['hosted'])
    expect(result.found?.name).toBe(found)
    expect(seen).toHaveLength(found ? 2 : 1)
    if (!found) expect(result.results[0]?.tally['not-ready']).toBe(1)
  })

  test('a hosted larger runner in a group closed to this repository is not used', async () => {
    const { result } = await search(data({ hostedRunners: [hosted('gpu-t4', 'Ready', 2)] }), ['gpu-t4'], ['hosted'])
    expect(result.found).toBeUndefined()
    expect(result.results[0]?.tally.hidden).toBe(1)
  })
})

describe('faults', () => {
  test.each([401, 403, 404])('HTTP %d is recorded, not retried, and the next source is still asked', async status => {
    const d = data({ orgRunners: [runner('gpu-org', ['gpu'], { runner_group_id: 1 })] })
    standIn = await startStandIn(d)
    standIn.faults['repo-runners'] = { status }
    const api = await apiFor(standIn, 2000)
    const result = await findRunner(api, {
      labels: ['gpu'],
      requireIdle: false,
      sources: ['repository', 'organization']
    })
    expect(result.results[0]).toMatchObject({ source: 'repository', status })
    expect(result.found?.name).toBe('gpu-org')
    expect(standIn.apiRequests().filter(r => r.startsWith('repo-runners'))).toHaveLength(1)
  })

  test('a wrong token is a 401 from the stand-in (the headers are checked)', async () => {
    const { result } = await search(data(), ['gpu'], ['repository'], { token: 'wrong' })
    expect(result.results[0]?.status).toBe(401)
  })

  test.each([429, 500, 503])('HTTP %d is retried twice, then recorded', async status => {
    standIn = await startStandIn(data())
    standIn.faults['org-runners'] = { status }
    const api = await apiFor(standIn, 2000)
    const result = await findRunner(api, { labels: ['gpu'], requireIdle: false, sources: ['organization'] })
    expect(result.results[0]?.status).toBe(status)
    expect(standIn.apiRequests()).toHaveLength(3)
  })

  test('a hanging API ends within the bounded time', async () => {
    standIn = await startStandIn(data())
    standIn.faults['repo-runners'] = 'hang'
    const api = await apiFor(standIn, 300)
    const result = await findRunner(api, { labels: ['gpu'], requireIdle: false, sources: ['repository'] })
    expect(result.results[0]?.error).toMatch(/no answer from the API in time/)
    expect(standIn.apiRequests()).toHaveLength(3)
  })
})
