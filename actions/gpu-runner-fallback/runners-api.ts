/**
 * The RunnerApi over GitHub's REST API (GITHUB_API_URL, so GitHub Enterprise Server works too): 100 items a page,
 * pages followed by Link header or total_count, the toolkit's retries kept brief (429/5xx/stalls: two more tries),
 * and a per-request timeout so a hanging API ends in a clear result.
 */
import { fetchJson } from '../../packages/toolkit/src/http.js'
import type { RunnerApi } from './availability.js'
import { firstPageUrl, nextPageUrl } from './pagination.js'
import type { HostedRunner, RunnerGroup, SelfHostedRunner } from './runner-match.js'

export interface RunnerApiOptions {
  apiUrl: string
  token: string
  owner: string
  repo: string
  timeoutMs: number
  /** Called after every request (for the summary's request count). */
  onRequest?: (url: string) => void
}

const RETRIES = 2
const RETRY_DELAY_MS = 250
const MAX_RETRY_AFTER_MS = 2000

export function createRunnerApi(options: RunnerApiOptions): RunnerApi {
  const base = options.apiUrl.replace(/\/+$/, '')
  const owner = encodeURIComponent(options.owner)
  const repo = encodeURIComponent(options.repo)
  const headers = {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${options.token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': 'aswf-ci-actions-gpu-runner-fallback'
  }

  async function* pages<T>(path: string, key: string): AsyncGenerator<T[]> {
    let url: string | undefined = firstPageUrl(`${base}${path}`)
    let fetched = 0
    while (url !== undefined) {
      const { data, headers: responseHeaders } = await fetchJson<Record<string, unknown>>(url, {
        headers,
        timeoutMs: options.timeoutMs,
        retries: RETRIES,
        retryDelayMs: RETRY_DELAY_MS,
        maxRetryAfterMs: MAX_RETRY_AFTER_MS
      })
      options.onRequest?.(url)
      const items = Array.isArray(data[key]) ? (data[key] as T[]) : []
      fetched += items.length
      yield items
      const link = responseHeaders.link
      url = nextPageUrl({
        url,
        link: Array.isArray(link) ? link.join(',') : link,
        totalCount: typeof data.total_count === 'number' ? data.total_count : undefined,
        fetched,
        pageItems: items.length
      })
    }
  }

  return {
    repoRunners: () => pages<SelfHostedRunner>(`/repos/${owner}/${repo}/actions/runners`, 'runners'),
    orgRunners: () => pages<SelfHostedRunner>(`/orgs/${owner}/actions/runners`, 'runners'),
    hostedRunners: () => pages<HostedRunner>(`/orgs/${owner}/actions/hosted-runners`, 'runners'),
    groupRunners: id => pages<SelfHostedRunner>(`/orgs/${owner}/actions/runner-groups/${id}/runners`, 'runners'),
    visibleGroups: async () => {
      const groups: RunnerGroup[] = []
      const path = `/orgs/${owner}/actions/runner-groups?visible_to_repository=${repo}`
      for await (const page of pages<RunnerGroup>(path, 'runner_groups')) groups.push(...page)
      return groups
    }
  }
}
