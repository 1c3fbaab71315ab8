/**
 * The RunnerApi over GitHub's REST API with @actions/github's octokit (GITHUB_API_URL, so GitHub Enterprise Server
 * works too): 100 items a page, pages followed by octokit's paginate (Link rel="next"), at most MAX_PAGES pages per
 * list, every request through api-transport.ts (credential policy, time limits, retries). Errors come out as the
 * toolkit's HttpError with the HTTP status, or without one when no answer came (DNS, refused, timed out).
 */
import { HttpError } from '../../packages/toolkit/src/http.js'
import { log } from '../../packages/toolkit/src/runner.js'
import type { RunnerApi } from './availability.js'
import { RefusedRequestError, createApiFetch, type Fetch } from './api-transport.js'
import type { HostedRunner, RunnerGroup, SelfHostedRunner } from './runner-match.js'

export interface RunnerApiOptions {
  apiUrl: string
  token: string
  owner: string
  repo: string
  /** Limit for each request. */
  timeoutMs: number
  /** Ends every request once the whole search has run out of time. */
  deadline: AbortSignal
  /** Called after every attempt (for the summary's request count and the debug log). */
  onRequest?: (url: string, status: number | undefined, ms: number) => void
  /** Test seam: the fetch under the transport (default: @actions/github's proxy-aware fetch). */
  baseFetch?: Fetch
}

/** 100 runners a page: 50 pages are 5,000 runners, far more than any organisation has; an endless list stops. */
export const PER_PAGE = 100
export const MAX_PAGES = 50
const API_VERSION = { 'x-github-api-version': '2022-11-28' }

export async function createRunnerApi(options: RunnerApiOptions): Promise<RunnerApi> {
  // Loaded here, not at start-up: only the select path with a token needs octokit (~90 ms to load).
  const { getOctokit } = await import('@actions/github')
  // Its default fetch goes through @actions/http-client's proxy support (https_proxy, no_proxy) for GITHUB_API_URL.
  const { defaults } = await import('@actions/github/lib/utils')
  const fetch = createApiFetch({
    apiUrl: options.apiUrl,
    timeoutMs: options.timeoutMs,
    deadline: options.deadline,
    baseFetch: options.baseFetch ?? (defaults.request?.fetch as Fetch),
    onAttempt: options.onRequest
  })
  const quiet = (message: string) => log.debug(`octokit: ${message}`)
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: 'aswf-ci-actions-gpu-runner-fallback',
    // octokit would print to the console; its text (deprecation notices with server-chosen dates) goes through
    // the toolkit's log, which never lets it start a workflow command.
    log: { debug: quiet, info: quiet, warn: (message: string) => log.warning(message), error: quiet },
    request: { fetch }
  })
  const { owner, repo } = options

  async function* pages<T>(route: string, parameters: Record<string, string | number>): AsyncGenerator<T[]> {
    let count = 0
    try {
      for await (const page of octokit.paginate.iterator(route, {
        ...parameters,
        per_page: PER_PAGE,
        headers: API_VERSION
      })) {
        yield (Array.isArray(page.data) ? page.data : []).filter(isRecord).map(item => wellFormed(item) as T)
        if (++count >= MAX_PAGES) {
          log.warning(
            `${route}: stopped after ${MAX_PAGES} pages (${MAX_PAGES * PER_PAGE} items); the rest is not read.`
          )
          return
        }
      }
    } catch (error) {
      throw asHttpError(error, options.deadline)
    }
  }

  return {
    repoRunners: () => pages<SelfHostedRunner>('GET /repos/{owner}/{repo}/actions/runners', { owner, repo }),
    orgRunners: () => pages<SelfHostedRunner>('GET /orgs/{org}/actions/runners', { org: owner }),
    hostedRunners: () => pages<HostedRunner>('GET /orgs/{org}/actions/hosted-runners', { org: owner }),
    groupRunners: id =>
      pages<SelfHostedRunner>('GET /orgs/{org}/actions/runner-groups/{runner_group_id}/runners', {
        org: owner,
        runner_group_id: id
      }),
    visibleGroups: async () => {
      const groups: RunnerGroup[] = []
      const route = 'GET /orgs/{org}/actions/runner-groups'
      for await (const page of pages<RunnerGroup>(route, { org: owner, visible_to_repository: repo }))
        groups.push(...page)
      return groups
    }
  }
}

/** octokit's errors as the toolkit's HttpError: the status when the API answered, a plain sentence when not. */
export function asHttpError(error: unknown, deadline: AbortSignal): HttpError {
  if (error instanceof HttpError) return error
  const e = error as { status?: number; response?: unknown; message?: string; cause?: unknown }
  if (e?.response !== undefined && typeof e.status === 'number') return new HttpError(`HTTP ${e.status}`, e.status)
  const cause = e?.cause as
    { code?: string; hostname?: string; message?: string; cause?: { code?: string } } | undefined
  const code = cause?.code ?? cause?.cause?.code
  if (cause instanceof RefusedRequestError || error instanceof RefusedRequestError)
    return new HttpError(((cause as Error | undefined) ?? (error as Error)).message)
  if (deadline.aborted) return new HttpError('the overall time limit for the runner search ran out')
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new HttpError(`the API host does not resolve (DNS: ${code})`)
  if (code === 'ECONNREFUSED') return new HttpError('the API refused the connection')
  return new HttpError('no answer from the API in time')
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** API answers are not trusted to have the documented types: the fields the search reads are made well-formed. */
function wellFormed(item: Record<string, unknown>): Record<string, unknown> {
  return {
    ...item,
    id: typeof item.id === 'number' ? item.id : -1,
    name: typeof item.name === 'string' ? item.name : '',
    status: typeof item.status === 'string' ? item.status : '',
    busy: item.busy === true,
    labels: Array.isArray(item.labels) ? item.labels.filter(l => isRecord(l) && typeof l.name === 'string') : [],
    runner_group_id: typeof item.runner_group_id === 'number' ? item.runner_group_id : undefined
  }
}
