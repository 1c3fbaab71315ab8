/**
 * mode: select, end to end: the committed bundle through the local runner, against the REST API stand-in, with the
 * event payloads of a push, a schedule, a same-repository pull request and a pull request from a fork.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { everythingVisible, runBundle } from '../support/run-bundle.js'
import { TOKEN, group, hosted, runner, startStandIn, type StandIn, type StandInData } from './api-stand-in.js'
import { fixturesDir } from './fake-tools.js'
import { planMatrix } from '../../actions/build-matrix/pipeline.js'

const event = (name: string): unknown =>
  JSON.parse(readFileSync(join(fixturesDir, '..', 'events', `${name}.json`), 'utf8'))

let standIn: StandIn | undefined
afterEach(async () => {
  await standIn?.close()
  standIn = undefined
})

async function api(extra: Partial<StandInData> = {}): Promise<StandIn> {
  standIn = await startStandIn({
    owner: 'aswf',
    repo: 'openvdb',
    repoRunners: [],
    orgRunners: [runner('gpu-a100-1', ['gpu', 'cuda'], { runner_group_id: 1 })],
    groups: [group(1, 'Default', '*')],
    hostedRunners: [hosted('ubuntu-20.04-gpu-t4-4c-16g-176h', 'Ready')],
    ...extra
  })
  return standIn
}

async function select(inputs: Record<string, string>, eventName = 'push', payload = eventName) {
  return runBundle('gpu-runner-fallback', {
    inputs: { 'gpu-runner': '["self-hosted", "gpu"]', 'timeout-seconds': '2', ...inputs },
    env: {
      GITHUB_REPOSITORY: 'aswf/openvdb',
      GITHUB_API_URL: standIn?.url ?? 'http://127.0.0.1:9'
    },
    eventName,
    event: event(payload)
  })
}

describe('select', () => {
  test('an online organisation runner: the GPU job gets it', async () => {
    await api()
    const result = await select({ token: TOKEN })
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({
      'runs-on': '["self-hosted","gpu"]',
      gpu: 'true',
      decision: 'gpu',
      'run-gpu-tests': 'true',
      'container-options': '--gpus all -e NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility'
    })
    expect(result.outputs.reason).toBe("Organisation runner 'gpu-a100-1' carries 'self-hosted' + 'gpu' and is online.")
    expect(result.summary).toContain('GPU runner')
    expect(result.summary).toContain('```mermaid')
    expect(standIn?.apiRequests().map(r => r.split(' ')[0])).toEqual(['org-runners', 'groups'])
    // The token is masked at once and appears nowhere.
    expect(result.masks).toContain(TOKEN)
    expect(everythingVisible(result).replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN)
  })

  test('a hosted larger GPU runner by name, as ASWF uses them', async () => {
    await api()
    const result = await select({ token: TOKEN, 'gpu-runner': 'ubuntu-20.04-gpu-t4-4c-16g-176h', scope: 'org' })
    expect(result.outputs).toMatchObject({ 'runs-on': '"ubuntu-20.04-gpu-t4-4c-16g-176h"', decision: 'gpu' })
    expect(result.outputs.reason).toContain('is Ready')
  })

  test('no usable runner: fallback, with the count of what was seen', async () => {
    await api({
      orgRunners: [
        runner('gpu-1', ['gpu'], { status: 'offline', runner_group_id: 1 }),
        runner('gpu-2', ['gpu'], { busy: true, runner_group_id: 1 })
      ]
    })
    const result = await select({ token: TOKEN, 'require-idle': 'true', 'fallback-runner': '["ubuntu-22.04"]' })
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({
      'runs-on': '"ubuntu-22.04"',
      gpu: 'false',
      decision: 'fallback',
      'run-gpu-tests': 'false',
      'container-options': ''
    })
    expect(result.outputs.reason).toContain('1 busy, 1 offline')
    expect(result.outputs.reason).toContain("Falling back to 'ubuntu-22.04'")
  })

  test('on-unavailable skip: decision skip for the GPU job to test in its if:', async () => {
    await api({ orgRunners: [] })
    const result = await select({ token: TOKEN, 'on-unavailable': 'skip' })
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({ decision: 'skip', gpu: 'false' })
  })

  test('on-unavailable fail: outputs are written, then the step fails with one error', async () => {
    await api({ orgRunners: [] })
    const result = await select({ token: TOKEN, 'on-unavailable': 'fail' })
    expect(result.success).toBe(false)
    expect(result.outputs.decision).toBe('fallback')
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors.map(e => e.message)).toEqual([expect.stringContaining('No runner for')])
  })

  test('a same-repository pull request may use the self-hosted runner', async () => {
    await api()
    const result = await select({ token: TOKEN }, 'pull_request', 'pull-request-same-repo')
    expect(result.outputs.decision).toBe('gpu')
  })

  test('a pull request from a fork never gets a self-hosted runner, and no API request is made', async () => {
    await api()
    const result = await select({ token: TOKEN }, 'pull_request', 'pull-request-fork')
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain('mallory/openvdb')
    expect(standIn?.apiRequests()).toEqual([])
  })

  test('a fork pull request with allow-fork-pull-requests: true still never gets a self-hosted runner', async () => {
    await api()
    const result = await select(
      { token: TOKEN, 'allow-fork-pull-requests': 'true' },
      'pull_request',
      'pull-request-fork'
    )
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain('never gets a self-hosted runner')
    expect(standIn?.apiRequests()).toEqual([])
  })

  test('allowed-owners is enforced first', async () => {
    await api()
    const result = await select({ token: TOKEN, 'allowed-owners': 'AcademySoftwareFoundation' })
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain("owner 'aswf' is not in allowed-owners")
    expect(standIn?.apiRequests()).toEqual([])
  })

  test('no token on a schedule: allowed-owners decides, with one notice (no warning) and a reason that says so', async () => {
    const result = await select({ 'allowed-owners': 'aswf' }, 'schedule')
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('gpu')
    expect(result.outputs.reason).toContain('could not be checked (no token was given)')
    expect(result.annotations.filter(a => a.level === 'notice').map(a => a.message)).toEqual([
      'No token: runner availability is not checked; allowed-owners decides (see the README).'
    ])
    expect(result.annotations.filter(a => a.level === 'warning')).toEqual([])
  })

  test('no token and no allowed-owners: fallback, never a failed step', async () => {
    const result = await select({})
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('fallback')
  })

  test.each([401, 403, 404])('HTTP %d from the API: the static policy decides', async status => {
    const stand = await api()
    stand.faults['repo-runners'] = { status }
    stand.faults['org-runners'] = { status }
    const result = await select({ token: TOKEN, 'allowed-owners': 'aswf' })
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('gpu')
    expect(result.outputs.reason).toContain(`HTTP ${status}`)
    expect(result.outputs.reason).toContain('allowed-owners')
  })

  test('a hanging API: a clear fallback within the bounded time', async () => {
    const stand = await api()
    stand.faults['repo-runners'] = 'hang'
    stand.faults['org-runners'] = 'hang'
    const result = await select({ token: TOKEN, 'timeout-seconds': '1' })
    expect(stand.apiRequests().filter(r => r.startsWith('repo-runners'))).toEqual([])
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain('no answer from the API in time')
  })

  test.each([
    ['gpu-runner', '[gpu', 'a runner label or a JSON array of labels'],
    ['gpu-runner', '{"group":"gpu"}', 'runner-group form of runs-on is not supported'],
    ['allowed-owners', ' , ', 'names no owner'],
    ['allowed-owners', '#org', 'names no owner'],
    ['runner-type', 'cloud', "one of 'auto', 'hosted', 'self-hosted'"],
    ['kind', 'tpu', "one of 'gpu', 'cpu'"],
    ['on-unavailable', 'wait', "one of 'fallback', 'skip', 'fail'"],
    ['scope', 'enterprise', "one of 'auto', 'repo', 'org'"],
    ['timeout-seconds', '0', 'a whole number from 1 to 600']
  ])('bad input %s=%s: one error naming it', async (input, value, accepted) => {
    const result = await select({ [input]: value })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain(`'${input}'`)
    expect(errors[0]?.message).toContain(accepted)
  })
})

/** Issue 14 item 4: the set-ups of the real projects (OSL's hosted T4 runner, OpenVDB's paid CPU runner). */
describe('hosted, self-hosted, fork, tokenless and paid-CPU runners', () => {
  const T4 = 'ubuntu-20.04-gpu-t4-4c-16g-176h'
  // OSL: runner: ${{ (github.repository_owner == 'AcademySoftwareFoundation' && 'ubuntu-20.04-gpu-t4-…') || … }}
  const osl = {
    'gpu-runner': T4,
    'runner-type': 'hosted',
    'allowed-owners': 'aswf',
    'allow-fork-pull-requests': 'true'
  }

  test('hosted runner declared by label, no token: chosen by owner, one notice, no API request', async () => {
    await api()
    const result = await select(osl)
    expect(result.outputs).toMatchObject({ decision: 'gpu', gpu: 'true', 'runs-on': JSON.stringify(T4) })
    expect(result.annotations.filter(a => a.level === 'warning')).toEqual([])
    expect(result.annotations.filter(a => a.level === 'notice')).toHaveLength(1)
    expect(standIn?.apiRequests()).toEqual([])
  })

  test('hosted runner, fork pull request, forks allowed: the fork gets the hosted GPU runner (OSL does this)', async () => {
    const result = await select(osl, 'pull_request', 'pull-request-fork')
    expect(result.outputs.decision).toBe('gpu')
  })

  test('hosted runner, fork pull request, forks not allowed: fallback', async () => {
    const result = await select({ ...osl, 'allow-fork-pull-requests': 'false' }, 'pull_request', 'pull-request-fork')
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain('allow-fork-pull-requests is false')
  })

  test('hosted runner in a fork’s own repository (another owner): fallback without a token', async () => {
    const result = await runBundle('gpu-runner-fallback', {
      inputs: osl,
      env: { GITHUB_REPOSITORY: 'mallory/openvdb', GITHUB_API_URL: 'http://127.0.0.1:9' },
      eventName: 'push',
      event: event('push')
    })
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain("owner 'mallory' is not in allowed-owners")
  })

  test('hosted runner with a token: only the hosted list is asked, and a fork may use it', async () => {
    await api()
    const result = await select({ ...osl, token: TOKEN }, 'pull_request', 'pull-request-fork')
    expect(result.outputs.decision).toBe('gpu')
    expect(result.outputs.reason).toContain(`GitHub-hosted larger runner '${T4}'`)
    expect(standIn?.apiRequests().map(r => r.split(' ')[0])).toEqual(['hosted-runners', 'groups'])
  })

  test('auto type with a token, fork allowed: a self-hosted runner of the same label is never used', async () => {
    await api({ hostedRunners: [], orgRunners: [runner('gpu-sh', [T4], { runner_group_id: 1 })] })
    const result = await select(
      { 'gpu-runner': T4, token: TOKEN, 'allow-fork-pull-requests': 'true' },
      'pull_request',
      'pull-request-fork'
    )
    expect(result.outputs.decision).toBe('fallback')
    expect(standIn?.apiRequests().every(r => r.startsWith('hosted-runners'))).toBe(true)
  })

  test('auto type without a token, fork allowed: not known to be hosted, so no primary runner', async () => {
    const result = await select(
      { 'gpu-runner': T4, 'allowed-owners': 'aswf', 'allow-fork-pull-requests': 'true' },
      'pull_request',
      'pull-request-fork'
    )
    expect(result.outputs.decision).toBe('fallback')
    expect(result.outputs.reason).toContain('runner-type: hosted')
  })

  test('self-hosted declared: a trusted push gets it by owner, without a token', async () => {
    const result = await select({ 'gpu-runner': 'gpu', 'runner-type': 'self-hosted', 'allowed-owners': 'aswf' })
    expect(result.outputs.decision).toBe('gpu')
  })

  // OpenVDB: runs-on: ${{ (github.repository_owner == 'AcademySoftwareFoundation' && 'ubuntu-22.04-8c-32g-300h') || 'ubuntu-latest' }}
  test('paid CPU runner (kind: cpu): decision primary, no gpu=true, no --gpus all', async () => {
    const result = await select({
      'gpu-runner': 'ubuntu-22.04-8c-32g-300h',
      'runner-type': 'hosted',
      kind: 'cpu',
      'allowed-owners': 'aswf'
    })
    expect(result.outputs).toMatchObject({
      decision: 'primary',
      gpu: 'false',
      'run-gpu-tests': 'false',
      'container-options': '',
      'runs-on': '"ubuntu-22.04-8c-32g-300h"'
    })
  })

  test('paid CPU runner in a fork’s repository: the fallback', async () => {
    const result = await runBundle('gpu-runner-fallback', {
      inputs: {
        'gpu-runner': 'ubuntu-22.04-8c-32g-300h',
        'runner-type': 'hosted',
        kind: 'cpu',
        'allowed-owners': 'aswf'
      },
      env: { GITHUB_REPOSITORY: 'jane/openvdb', GITHUB_API_URL: 'http://127.0.0.1:9' },
      eventName: 'push',
      event: event('push')
    })
    expect(result.outputs).toMatchObject({ decision: 'fallback', gpu: 'false', 'runs-on': '"ubuntu-latest"' })
  })
})

describe('debug logging (RUNNER_DEBUG=1)', () => {
  test('every runner considered, the verdict on it, each request and the decision are ::debug:: lines', async () => {
    await api({
      orgRunners: [
        runner('cpu-1', ['cpu'], { runner_group_id: 1 }),
        runner('gpu-off', ['gpu'], { runner_group_id: 1, status: 'offline' }),
        runner('gpu-a100-1', ['gpu'], { runner_group_id: 1 })
      ]
    })
    const result = await runBundle('gpu-runner-fallback', {
      inputs: { 'gpu-runner': '["self-hosted", "gpu"]', token: TOKEN },
      env: { GITHUB_REPOSITORY: 'aswf/openvdb', GITHUB_API_URL: standIn?.url ?? '', RUNNER_DEBUG: '1' },
      eventName: 'push',
      event: event('push')
    })
    const debug = result.steps
      .map(s => s.rawStdout)
      .join('')
      .split('\n')
      .filter(line => line.startsWith('::debug::'))
    expect(debug).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^::debug::event push: trusted/),
        "::debug::organisation runner 'cpu-1' (group 1): no-match",
        "::debug::organisation runner 'gpu-off' (group 1): offline",
        "::debug::organisation runner 'gpu-a100-1' (group 1): usable",
        expect.stringMatching(
          /^::debug::GET http:\/\/127\.0\.0\.1:\d+\/orgs\/aswf\/actions\/runners\?per_page=100 -> 200 in \d+ ms$/
        ),
        '::debug::decision: gpu, runs-on ["self-hosted","gpu"]'
      ])
    )
    expect(debug.join('\n')).not.toContain(TOKEN)
  })
})

describe('select with a matrix: the plan of every cell', () => {
  // Real cells, from build-matrix's own pipeline: a CY2025 GPU cell, a CPU cell and a CY2022 (CentOS 7) cell.
  const spec = [
    'project: osl',
    'vfx-platform: [2022, 2025]',
    'gpu:',
    '  - { vfx-platform: 2025 }',
    'runners: { gpu: [self-hosted, gpu] }'
  ].join('\n')
  const cells = planMatrix({
    source: { text: spec, label: 'spec' },
    profile: 'full',
    eventName: 'push',
    maxJobs: 256
  }).cells
  const matrix = JSON.stringify({ include: cells })
  const planned = (outputs: Record<string, string>) =>
    Object.fromEntries(
      (JSON.parse(outputs.matrix!) as { include: Record<string, unknown>[] }).include.map(c => [c.id, c])
    )

  test('the GPU cell gets the selected runner and the GPU options; the others keep theirs', async () => {
    await api()
    const result = await select({ token: TOKEN, matrix })
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('gpu')
    const plan = planned(result.outputs)
    expect(plan['linux-2025-gcc-release']).toMatchObject({
      'runs-on': ['self-hosted', 'gpu'],
      container: 'aswf/ci-osl:2025',
      image: 'aswf/ci-osl:2025',
      'container-options': result.outputs['container-options'],
      'gpu-route': 'gpu',
      'gpu-probe': 'require',
      mode: 'full',
      'python-version': cells[1]!['python-version']
    })
    // CY2022: CentOS 7, so no job container; the image stays for the docker path.
    expect(plan['linux-2022-gcc-release']).toMatchObject({
      'runs-on': 'ubuntu-24.04',
      container: '',
      image: 'aswf/ci-osl:2022',
      'gpu-route': 'none',
      mode: 'full'
    })
    expect(result.summary).toContain('Plan of 2 cells')
  })

  test('no runner free: the GPU cell runs its CPU tests on the fallback runner, with one notice naming it', async () => {
    await api({ orgRunners: [runner('gpu-1', ['gpu'], { status: 'offline', runner_group_id: 1 })] })
    const result = await select({ token: TOKEN, matrix, 'fallback-mode': 'cpu-tests' })
    expect(planned(result.outputs)['linux-2025-gcc-release']).toMatchObject({
      'runs-on': 'ubuntu-latest',
      'container-options': '',
      'gpu-route': 'fallback',
      'gpu-probe': 'check',
      mode: 'cpu-tests'
    })
    expect(result.annotations.filter(a => a.level === 'notice').map(a => a.message)).toEqual([
      expect.stringMatching(
        /^1 cell\(s\) did not get 'self-hosted' \+ 'gpu' and run cpu-tests: linux-2025-gcc-release\./
      )
    ])
  })

  test('a fork’s pull request whose spec names the self-hosted GPU labels as a runs-on gets the fallback runner', async () => {
    await api()
    const forged = JSON.stringify({ include: [{ ...cells[0], id: 'forged', 'runs-on': ['GPU', 'self-hosted'] }] })
    const result = await select({ token: TOKEN, matrix: forged }, 'pull_request', 'pull-request-fork')
    expect(result.outputs.decision).toBe('fallback')
    expect(standIn?.apiRequests()).toEqual([])
    expect(planned(result.outputs).forged).toMatchObject({ 'runs-on': 'ubuntu-latest', 'gpu-route': 'fallback' })
  })

  test('no gpu-runner: nothing is asked of the API, cells keep their runners, decision none', async () => {
    await api()
    const result = await select({ 'gpu-runner': '', token: TOKEN, matrix, 'run-tests': 'false' })
    expect(result.success).toBe(true)
    expect(standIn?.apiRequests()).toEqual([])
    expect(result.outputs.decision).toBe('none')
    const plan = planned(result.outputs)
    expect(plan['linux-2025-gcc-release']).toMatchObject({
      'runs-on': ['self-hosted', 'gpu'],
      'gpu-route': 'fallback',
      mode: 'build-only'
    })
    expect(plan['linux-2022-gcc-release']).toMatchObject({ mode: 'build-only' })
  })

  test('no cell to route: no API request either', async () => {
    await api()
    const cpuOnly = JSON.stringify({ include: [cells[0]] })
    const result = await select({ token: TOKEN, matrix: cpuOnly })
    expect(standIn?.apiRequests()).toEqual([])
    expect(result.outputs).toMatchObject({ decision: 'none', gpu: 'false', 'container-options': '' })
    expect(result.outputs.reason).toContain('No cell of the matrix is marked gpu')
  })

  test('a matrix that is not build-matrix output is one input error; no gpu-runner without a matrix is one too', async () => {
    const bad = await select({ matrix: '{"include": [{"id": "a"}]}' })
    expect(bad.success).toBe(false)
    expect(bad.annotations.map(a => a.message)).toEqual([
      expect.stringContaining('Input \'matrix\' has the value \'{"include": [{"id": "a"}]}\'')
    ])
    const none = await select({ 'gpu-runner': '' })
    expect(none.annotations.map(a => a.message)).toEqual([expect.stringMatching(/^Input 'gpu-runner' is empty/)])
  })
})
