/**
 * A GitHub REST API stand-in on 127.0.0.1 (test/support/local-server.ts) serving the documented shapes of the
 * runner endpoints: repository and organisation self-hosted runners, runner groups (filtered by
 * visible_to_repository), the runners of a group, and GitHub-hosted larger runners. It pages like GitHub
 * (per_page up to 100, a Link header with rel="next"/"last", total_count), checks the headers a client must send,
 * and injects faults per endpoint: a status code, or a response that never comes.
 */
import { startServer, type LocalServer } from '../support/local-server.js'
import type { HostedRunner, RunnerGroup, SelfHostedRunner } from '../../actions/gpu-runner-fallback/runner-match.js'

export const TOKEN = 'ghs_standInToken0123456789'

export interface StandInData {
  owner: string
  repo: string
  repoRunners: SelfHostedRunner[]
  orgRunners: SelfHostedRunner[]
  /** Groups with the repositories that may use them (`'*'`: all). */
  groups: (RunnerGroup & { repositories: string[] | '*' })[]
  hostedRunners: HostedRunner[]
  /** Leave runner_group_id out of org runner objects, as older GitHub Enterprise Server releases do. */
  omitGroupIds?: boolean
  /** Page with total_count only, no Link header (some proxies strip it). */
  noLinkHeader?: boolean
}

export type Endpoint = 'repo-runners' | 'org-runners' | 'groups' | 'group-runners' | 'hosted-runners'
export type Fault = { status: number } | 'hang'

export interface StandIn {
  server: LocalServer
  url: string
  data: StandInData
  faults: Partial<Record<Endpoint, Fault>>
  /** Requests that reached an endpoint, hangs and faults included. */
  apiRequests(): string[]
  close(): Promise<void>
}

let nextId = 1

export function runner(name: string, labels: string[], extra: Partial<SelfHostedRunner> = {}): SelfHostedRunner {
  return {
    id: nextId++,
    name,
    os: 'linux',
    status: 'online',
    busy: false,
    labels: ['self-hosted', 'Linux', 'X64', ...labels].map((label, i) => ({
      id: i + 1,
      name: label,
      type: i < 3 ? 'read-only' : 'custom'
    })),
    ...extra
  }
}

export function hosted(name: string, status: string, runnerGroupId = 1): HostedRunner {
  return {
    id: nextId++,
    name,
    runner_group_id: runnerGroupId,
    platform: 'linux-x64',
    status,
    maximum_runners: 4,
    machine_size_details: { id: '4-core-gpu', cpu_cores: 4, memory_gb: 28, storage_gb: 176 }
  }
}

export function group(id: number, name: string, repositories: string[] | '*', extra: Partial<RunnerGroup> = {}) {
  return {
    id,
    name,
    visibility: repositories === '*' ? 'all' : 'selected',
    default: id === 1,
    allows_public_repositories: true,
    repositories,
    ...extra
  }
}

export async function startStandIn(data: StandInData): Promise<StandIn> {
  const server = await startServer()
  const faults: StandIn['faults'] = {}
  const { owner, repo } = data
  const routes: [Endpoint, RegExp, (url: URL, match: RegExpExecArray) => { key: string; items: unknown[] }][] = [
    [
      'repo-runners',
      new RegExp(`^/repos/${owner}/${repo}/actions/runners$`, 'i'),
      () => ({ key: 'runners', items: data.repoRunners })
    ],
    [
      'org-runners',
      new RegExp(`^/orgs/${owner}/actions/runners$`, 'i'),
      () => ({
        key: 'runners',
        items: data.omitGroupIds ? data.orgRunners.map(({ runner_group_id: _omit, ...rest }) => rest) : data.orgRunners
      })
    ],
    [
      'groups',
      new RegExp(`^/orgs/${owner}/actions/runner-groups$`, 'i'),
      url => {
        const visibleTo = url.searchParams.get('visible_to_repository')
        const groups = data.groups.filter(
          g => visibleTo === null || g.repositories === '*' || g.repositories.includes(visibleTo)
        )
        return {
          key: 'runner_groups',
          items: groups.map(({ repositories: _r, ...g }) => ({
            ...g,
            runners_url: `${server.url}/orgs/${owner}/actions/runner-groups/${g.id}/runners`
          }))
        }
      }
    ],
    [
      'group-runners',
      new RegExp(`^/orgs/${owner}/actions/runner-groups/(\\d+)/runners$`, 'i'),
      (_url, match) => ({
        key: 'runners',
        items: data.orgRunners
          .filter(r => r.runner_group_id === Number(match[1]))
          .map(({ runner_group_id: _g, ...rest }) => rest)
      })
    ],
    [
      'hosted-runners',
      new RegExp(`^/orgs/${owner}/actions/hosted-runners$`, 'i'),
      () => ({ key: 'runners', items: data.hostedRunners })
    ]
  ]
  const seen: string[] = []
  for (const [endpoint, pattern, list] of routes) {
    server.route('GET', pattern, (request, response) => {
      const url = new URL(request.url ?? '/', server.url)
      seen.push(`${endpoint} ${url.pathname}${url.search}`)
      const fault = faults[endpoint]
      if (fault === 'hang') return
      if (![`Bearer ${TOKEN}`, `token ${TOKEN}`].includes(request.headers.authorization ?? '')) {
        response
          .writeHead(401, { 'content-type': 'application/json' })
          .end('{"message":"Bad credentials","status":"401"}')
        return
      }
      if (request.headers['x-github-api-version'] !== '2022-11-28') {
        response
          .writeHead(400, { 'content-type': 'application/json' })
          .end('{"message":"Missing X-GitHub-Api-Version"}')
        return
      }
      if (fault) {
        const headers: Record<string, string> = { 'content-type': 'application/json' }
        if (fault.status === 429) headers['retry-after'] = '0'
        response.writeHead(fault.status, headers).end(`{"message":"injected ${fault.status}"}`)
        return
      }
      const { key, items } = list(url, pattern.exec(url.pathname) as RegExpExecArray)
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? '30'), 100)
      const page = Number(url.searchParams.get('page') ?? '1')
      const slice = items.slice((page - 1) * perPage, page * perPage)
      const last = Math.max(1, Math.ceil(items.length / perPage))
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
      if (!data.noLinkHeader && last > 1) {
        const at = (n: number) => {
          const target = new URL(url)
          target.searchParams.set('page', String(n))
          return `<${target}>`
        }
        const links = [
          ...(page < last ? [`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`] : []),
          ...(page > 1 ? [`${at(1)}; rel="first"`, `${at(page - 1)}; rel="prev"`] : [])
        ]
        headers.link = links.join(', ')
      }
      response.writeHead(200, headers).end(JSON.stringify({ total_count: items.length, [key]: slice }))
    })
  }
  return { server, url: server.url, data, faults, apiRequests: () => [...seen], close: () => server.close() }
}
