/**
 * Hostile events, API servers, runner names and inputs against the built gpu-runner-fallback bundle (issue 13).
 * Each case fails when its defense is removed; no case waits more than a few seconds on a hostile server.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import type { IncomingHttpHeaders } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type LocalServer } from '../support/local-server.js'
import { runBundle } from '../support/run-bundle.js'
import {
  TOKEN,
  group,
  runner,
  startStandIn,
  type StandIn,
  type StandInData
} from '../gpu-runner-fallback/api-stand-in.js'
import { fixturesDir } from '../gpu-runner-fallback/fake-tools.js'
import { requireToolsForTest } from '../support/require-tools.js'
import { selfSignedCertificate } from '../support/tls.js'

const testWithOpenssl = requireToolsForTest(['openssl'])

const event = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(fixturesDir, '..', 'events', `${name}.json`), 'utf8')) as Record<string, unknown>

const opened: { close(): Promise<void> }[] = []
afterEach(async () => {
  for (const server of opened.splice(0)) await server.close()
})

async function standIn(extra: Partial<StandInData> = {}): Promise<StandIn> {
  const api = await startStandIn({
    owner: 'aswf',
    repo: 'openvdb',
    repoRunners: [],
    orgRunners: [runner('gpu-a100-1', ['gpu'], { runner_group_id: 1 })],
    groups: [group(1, 'Default', '*')],
    hostedRunners: [],
    ...extra
  })
  opened.push(api)
  return api
}

async function server(): Promise<LocalServer> {
  const s = await startServer()
  opened.push(s)
  return s
}

function select(
  apiUrl: string,
  inputs: Record<string, string> = {},
  eventName = 'push',
  payload: unknown = event('push'),
  env: Record<string, string> = {}
) {
  return runBundle('gpu-runner-fallback', {
    inputs: { 'gpu-runner': '["self-hosted", "gpu"]', 'timeout-seconds': '1', token: TOKEN, ...inputs },
    env: { GITHUB_REPOSITORY: 'aswf/openvdb', GITHUB_API_URL: apiUrl, ...env },
    eventName,
    event: payload
  })
}

/** Lines of raw output, split as a runner might (a bare CR too), that would start an injected workflow command. */
function injectedCommands(result: Awaited<ReturnType<typeof runBundle>>): string[] {
  const raw = result.steps.map(step => step.rawStdout + step.rawStderr).join('\n')
  return raw
    .split(/\r\n|\r|\n/)
    .filter(line => /^\s*::(set-output|add-mask|warning|error|notice|set-env|stop-commands)\b/.test(line))
    .filter(line => line.includes('injected'))
}

const sameRepo = event('pull-request-same-repo')
const UNTRUSTED: [string, string, unknown][] = [
  [
    'workflow_run of a fork’s code',
    'workflow_run',
    { ...event('push'), workflow_run: { head_repository: { full_name: 'mallory/openvdb' } } }
  ],
  ['workflow_run without head_repository', 'workflow_run', { ...event('push'), workflow_run: {} }],
  [
    'issue_comment by a non-member',
    'issue_comment',
    { ...event('push'), issue: { pull_request: {} }, comment: { author_association: 'NONE' } }
  ],
  [
    'issue_comment by a first-time contributor',
    'issue_comment',
    { ...event('push'), comment: { author_association: 'FIRST_TIME_CONTRIBUTOR' } }
  ],
  [
    'pull_request_review by a non-member',
    'pull_request_review',
    { ...sameRepo, review: { author_association: 'NONE' } }
  ],
  [
    'pull_request_review_comment by a contributor',
    'pull_request_review_comment',
    { ...sameRepo, comment: { author_association: 'CONTRIBUTOR' } }
  ],
  ['pull_request_target from a fork', 'pull_request_target', event('pull-request-fork')],
  ['discussion_comment by a non-member', 'discussion_comment', { ...event('push'), comment: {} }],
  ['fork', 'fork', event('push')],
  ['an event no rule knows', 'some_future_event', event('push')]
]

describe('every event that runs code or refs chosen outside the repository is untrusted', () => {
  test.each(UNTRUSTED)('%s: no self-hosted runner, no API request', async (_name, eventName, payload) => {
    const api = await standIn()
    const result = await select(api.url, {}, eventName, payload)
    expect(result.success).toBe(true)
    expect(result.outputs).toMatchObject({ decision: 'fallback', gpu: 'false' })
    expect(result.outputs.reason).toContain('untrusted')
    expect(api.apiRequests()).toEqual([])
  })

  test('even allow-fork-pull-requests: true never gives an untrusted run a self-hosted runner', async () => {
    const api = await standIn()
    const [, eventName, payload] = UNTRUSTED[0] as [string, string, unknown]
    const result = await select(api.url, { 'allow-fork-pull-requests': 'true' }, eventName, payload)
    expect(result.outputs.decision).toBe('fallback')
  })

  test.each([
    [
      'workflow_run of this repository',
      'workflow_run',
      { ...event('push'), workflow_run: { head_repository: { full_name: 'aswf/openvdb' } } }
    ],
    ['issue_comment by a member', 'issue_comment', { ...event('push'), comment: { author_association: 'MEMBER' } }]
  ])('control: %s is trusted', async (_name, eventName, payload) => {
    const api = await standIn()
    expect((await select(api.url, {}, eventName, payload)).outputs.decision).toBe('gpu')
  })
})

describe('the API token goes only to https on the API’s own origin', () => {
  test('a Link: rel=next to another host is refused: that host sees no request', async () => {
    const elsewhere = await server()
    elsewhere.route(
      'GET',
      /.*/,
      (_request, response) => void response.writeHead(200).end('{"total_count":0,"runners":[]}')
    )
    const api = await server()
    api.route('GET', '/orgs/aswf/actions/runners', (_request, response) => {
      response
        .writeHead(200, {
          'content-type': 'application/json',
          link: `<${elsewhere.url}/orgs/aswf/actions/runners?page=2>; rel="next"`
        })
        .end(JSON.stringify({ total_count: 200, runners: [] }))
    })
    const result = await select(api.url, { scope: 'org', 'allowed-owners': 'aswf' })
    expect(elsewhere.requests).toEqual([])
    expect(result.success).toBe(true)
    expect(result.outputs.reason).toContain('not on the API')
  })

  test('a redirect to another origin is followed without Authorization', async () => {
    const seen: IncomingHttpHeaders[] = []
    const elsewhere = await server()
    elsewhere.route('GET', /.*/, (request, response) => {
      seen.push(request.headers)
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"total_count":0,"runners":[]}')
    })
    const api = await server()
    api.route('GET', '/orgs/aswf/actions/runners', (_request, response) => {
      response.writeHead(302, { location: `${elsewhere.url}/orgs/aswf/actions/runners` }).end()
    })
    await select(api.url, { scope: 'org' })
    expect(seen).toHaveLength(1)
    expect(seen[0]?.authorization).toBeUndefined()
  })

  testWithOpenssl('an https API that redirects to http on the same host: Authorization is dropped', async () => {
    // A real TLS server on 127.0.0.1 with a certificate made here and trusted through NODE_EXTRA_CA_CERTS.
    const certificate = selfSignedCertificate()
    const seen: IncomingHttpHeaders[] = []
    const plain = await server()
    plain.route('GET', /.*/, (request, response) => {
      seen.push(request.headers)
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"total_count":0,"runners":[]}')
    })
    const tls = createHttpsServer({ key: certificate.key, cert: certificate.cert }, (request, response) => {
      seen.push({ ...request.headers, via: 'https' })
      response.writeHead(301, { location: `${plain.url}${request.url ?? '/'}` }).end()
    })
    await new Promise<void>(resolve => tls.listen(0, '127.0.0.1', resolve))
    opened.push({ close: () => new Promise<void>(resolve => tls.close(() => resolve())) })
    const apiUrl = `https://127.0.0.1:${(tls.address() as AddressInfo).port}`
    const result = await select(apiUrl, { scope: 'org' }, 'push', event('push'), {
      NODE_EXTRA_CA_CERTS: certificate.certPath
    })
    expect(result.success).toBe(true)
    expect(seen[0]).toMatchObject({ via: 'https', authorization: `token ${TOKEN}` })
    expect(seen.filter(headers => headers.via === undefined).length).toBeGreaterThan(0)
    expect(seen.filter(headers => headers.via === undefined).map(headers => headers.authorization)).toEqual(
      seen.filter(headers => headers.via === undefined).map(() => undefined)
    )
  })

  test('a GITHUB_API_URL over plain http (not loopback) never receives the token: fallback with a warning', async () => {
    const result = await select('http://api.example.invalid', { 'allowed-owners': 'aswf' })
    expect(result.success).toBe(true)
    expect(result.annotations.some(a => a.level === 'warning' && a.message.includes('the token is not sent'))).toBe(
      true
    )
  })
})

describe('runner names and GPU names from outside never start a workflow command', () => {
  test('a runner name with "\\n::set-output …" from the API (debug logging on)', async () => {
    const evil = 'gpu-1\n::set-output name=gpu::injected\r::add-mask::injected\n::warning::injected'
    const api = await standIn({
      orgRunners: [runner(evil, ['cpu'], { runner_group_id: 1 }), runner(`${evil}-2`, ['gpu'], { runner_group_id: 1 })]
    })
    const result = await select(api.url, {}, 'push', event('push'), { RUNNER_DEBUG: '1' })
    expect(result.success).toBe(true)
    expect(result.outputs.decision).toBe('gpu')
    expect(injectedCommands(result)).toEqual([])
    expect(result.masks).not.toContain('injected')
    expect(result.annotations.filter(a => a.message.includes('injected'))).toEqual([])
  })

  test('a GPU name with a bare CR from nvidia-smi', async () => {
    const bin = join(mkdtempSync(join(tmpdir(), 'evil-smi-')), 'bin')
    mkdirSync(bin)
    const h100 = join(fixturesDir, 'nvidia-smi', 'h100')
    const csv =
      '0, GPU-5a3e1c1b, NVIDIA H100\r::set-output name=available::injected\r::warning::injected, 550.54.15, 81559, 9.0\n'
    writeFileSync(join(bin, 'query.csv'), csv)
    writeFileSync(
      join(bin, 'nvidia-smi'),
      `#!/bin/sh\nif [ "$#" -eq 0 ]; then cat '${h100}/nvidia-smi.txt'; exit 0; fi\ncat '${join(bin, 'query.csv')}'\n`
    )
    chmodSync(join(bin, 'nvidia-smi'), 0o755)
    const result = await runBundle('gpu-runner-fallback', {
      inputs: { mode: 'probe', 'timeout-seconds': '5' },
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, RUNNER_DEBUG: '1' }
    })
    expect(result.success).toBe(true)
    expect(result.outputs.name).toContain('NVIDIA H100')
    expect(injectedCommands(result)).toEqual([])
    expect(result.annotations.filter(a => a.message.includes('injected'))).toEqual([])
  })
})

describe('an endless Link: rel=next stops after a bounded number of pages; the search has a deadline', () => {
  test('endless pages: 50 requests at most, then a warning', async () => {
    const api = await server()
    api.route('GET', '/orgs/aswf/actions/runners', (request, response) => {
      const page = Number(new URL(request.url ?? '/', api.url).searchParams.get('page') ?? '1')
      response
        .writeHead(200, {
          'content-type': 'application/json',
          link: `<${api.url}/orgs/aswf/actions/runners?per_page=100&page=${page + 1}>; rel="next"`
        })
        .end(JSON.stringify({ total_count: 1e9, runners: [] }))
    })
    const result = await select(api.url, { scope: 'org', 'timeout-seconds': '5' })
    expect(result.success).toBe(true)
    expect(api.count('/orgs/aswf/actions/runners')).toBe(50)
    expect(result.annotations.some(a => a.level === 'warning' && a.message.includes('stopped after 50 pages'))).toBe(
      true
    )
  })

  test('a slow server that always has a next page: the whole search ends at the deadline', async () => {
    const api = await server()
    api.route('GET', '/orgs/aswf/actions/runners', async (request, response) => {
      const page = Number(new URL(request.url ?? '/', api.url).searchParams.get('page') ?? '1')
      await new Promise(resolve => setTimeout(resolve, 900))
      response
        .writeHead(200, {
          'content-type': 'application/json',
          link: `<${api.url}/orgs/aswf/actions/runners?per_page=100&page=${page + 1}>; rel="next"`
        })
        .end(JSON.stringify({ total_count: 1e9, runners: [] }))
    })
    const result = await select(api.url, { scope: 'org', 'allowed-owners': 'aswf' })
    expect(api.count('/orgs/aswf/actions/runners')).toBeLessThan(10)
    expect(result.success).toBe(true)
    expect(result.outputs.reason).toContain('overall time limit')
  })
})

describe('a GITHUB_API_URL that does not resolve: the documented fallback with a warning', () => {
  test('ENOTFOUND is not an "Unexpected error"', async () => {
    const result = await select('https://api.does-not-resolve.invalid', { 'allowed-owners': 'aswf' })
    expect(result.success).toBe(true)
    expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(result.annotations.some(a => a.level === 'warning' && /does not resolve|no answer/.test(a.message))).toBe(
      true
    )
    expect(result.outputs.decision).toBe('gpu')
    expect(result.outputs.reason).toContain('allowed-owners')
  })
})

describe('allowed-owners that names no owner is an input error', () => {
  test.each([' , ', '#org', '\n#only a comment\n'])('%j', async value => {
    const result = await select('http://127.0.0.1:9', { 'allowed-owners': value })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain("Input 'allowed-owners'")
    expect(result.outputs).toEqual({})
  })
})

describe('a runner-group object and a garbage GITHUB_API_URL are clear', () => {
  test('gpu-runner: {"group":"gpu"} is one input error, not a label', async () => {
    const result = await select('http://127.0.0.1:9', { 'gpu-runner': '{"group":"gpu"}' })
    expect(result.success).toBe(false)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toMatch(/Input 'gpu-runner'.*runner-group form/)
  })

  test.each(['not a url', 'ftp://api.github.com', '::::'])(
    'GITHUB_API_URL=%j: fallback with a clear warning',
    async url => {
      const result = await select(url, { 'allowed-owners': 'aswf' })
      expect(result.success).toBe(true)
      expect(result.annotations.filter(a => a.level === 'error')).toEqual([])
      expect(result.annotations.some(a => a.level === 'warning' && a.message.includes('GITHUB_API_URL'))).toBe(true)
    }
  )
})
