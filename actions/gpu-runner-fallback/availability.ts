/**
 * Looks for a runner that can take the GPU job, source by source, and stops at the first usable one, so the usual
 * case costs one or two requests. The runner-group list (needed only to know whether an organisation runner may
 * serve this repository) is fetched lazily, once, and only when a usable candidate turns up. The HTTP side is an
 * interface so this file stays free of I/O; runners-api.ts implements it over the REST API.
 */
import { HttpError } from '../../packages/toolkit/src/http.js'
import {
  canBeHostedLabel,
  emptyTally,
  judgeHosted,
  judgeSelfHosted,
  usableGroupIds,
  type HostedRunner,
  type RunnerGroup,
  type SelfHostedRunner,
  type Tally
} from './runner-match.js'
import type { RepoContext } from './event-context.js'
import type { RunnerType } from './inputs.js'

export type Source = 'repository' | 'organization' | 'hosted'
export type Scope = 'auto' | 'repo' | 'org'

export interface RunnerApi {
  repoRunners(): AsyncIterable<SelfHostedRunner[]>
  orgRunners(): AsyncIterable<SelfHostedRunner[]>
  hostedRunners(): AsyncIterable<HostedRunner[]>
  /** Runner groups visible to the repository (GET /orgs/{org}/actions/runner-groups?visible_to_repository=…). */
  visibleGroups(): Promise<RunnerGroup[]>
  groupRunners(groupId: number): AsyncIterable<SelfHostedRunner[]>
}

export interface SearchPlan {
  labels: string[]
  requireIdle: boolean
  sources: Source[]
  repoIsPublic?: boolean
  /** Told about every runner considered and the verdict on it (the debug log). */
  trace?: (message: string) => void
}

export interface SourceResult {
  source: Source
  tally: Tally
  /** Why the source could not be listed (HTTP status and message); absent when it was listed completely. */
  error?: string
  status?: number
}

export interface Found {
  source: Source
  name: string
}

export interface Availability {
  found?: Found
  results: SourceResult[]
}

/**
 * Which endpoints can hold a runner for these labels. Self-hosted sources are left out for an untrusted event or a
 * runner declared hosted, hosted larger runners when the labels cannot name one (or the runner is declared
 * self-hosted), organisation sources for a repository owned by a user. Organisation sources come first: shared GPU
 * runners usually live there, and a hit there ends the search before the repository list is asked for. Hosted first
 * when the single label may name a larger runner (that list is short: one request).
 */
export function planSources(
  scope: Scope,
  labels: string[],
  context: RepoContext,
  allowed: { selfHosted: boolean; hosted: boolean },
  runnerType: RunnerType = 'auto'
): Source[] {
  const hostedPossible = runnerType !== 'self-hosted' && canBeHostedLabel(labels)
  const orgSources: Source[] = hostedPossible ? ['hosted', 'organization'] : ['organization']
  const sources: Source[] =
    runnerType === 'hosted'
      ? ['hosted']
      : scope === 'repo'
        ? ['repository']
        : scope === 'org'
          ? orgSources
          : context.ownerIsOrganization === false
            ? ['repository']
            : [...orgSources, 'repository']
  return sources.filter(source => (source === 'hosted' ? allowed.hosted : allowed.selfHosted))
}

export async function findRunner(api: RunnerApi, plan: SearchPlan): Promise<Availability> {
  const results: SourceResult[] = []
  let groups: Promise<Set<number>> | undefined
  const visibleGroupIds = () => (groups ??= api.visibleGroups().then(list => usableGroupIds(list, plan.repoIsPublic)))
  for (const source of plan.sources) {
    const result: SourceResult = { source, tally: emptyTally() }
    results.push(result)
    try {
      const found =
        source === 'repository'
          ? await searchRepository(api, plan, result.tally)
          : source === 'organization'
            ? await searchOrganization(api, plan, result.tally, visibleGroupIds)
            : await searchHosted(api, plan, result.tally, visibleGroupIds)
      if (found) return { found: { source, name: found }, results }
    } catch (error) {
      if (!(error instanceof HttpError)) throw error
      result.error = error.message
      result.status = error.status
      // A failed group list must not be reused by a later source as if it were empty.
      groups = undefined
      // 401/403/404 concern one endpoint's permissions, so the next source may still answer; a server error or a
      // silence that outlived the retries means the API is down, and asking the next source would only add waiting.
      if (error.status === undefined || error.status >= 500 || error.status === 429) break
    }
  }
  return { results }
}

async function searchRepository(api: RunnerApi, plan: SearchPlan, tally: Tally): Promise<string | undefined> {
  for await (const page of api.repoRunners()) {
    for (const runner of page) {
      const verdict = judgeSelfHosted(runner, plan.labels, plan.requireIdle)
      plan.trace?.(`repository runner '${runner.name}': ${verdict}`)
      tally[verdict]++
      if (verdict === 'usable') return runner.name
    }
  }
  return undefined
}

async function searchOrganization(
  api: RunnerApi,
  plan: SearchPlan,
  tally: Tally,
  visibleGroupIds: () => Promise<Set<number>>
): Promise<string | undefined> {
  // Older GitHub Enterprise Server releases omit runner_group_id: such candidates are checked group by group.
  const withoutGroup: SelfHostedRunner[] = []
  for await (const page of api.orgRunners()) {
    for (const runner of page) {
      const verdict = judgeSelfHosted(runner, plan.labels, plan.requireIdle)
      plan.trace?.(`organisation runner '${runner.name}' (group ${runner.runner_group_id ?? '?'}): ${verdict}`)
      if (verdict !== 'usable') {
        tally[verdict]++
      } else if (runner.runner_group_id === undefined) {
        withoutGroup.push(runner)
      } else if ((await visibleGroupIds()).has(runner.runner_group_id)) {
        tally.usable++
        return runner.name
      } else {
        plan.trace?.(`organisation runner '${runner.name}': its group is not usable by this repository`)
        tally.hidden++
      }
    }
  }
  if (withoutGroup.length === 0) return undefined
  const pending = new Map(withoutGroup.map(runner => [runner.id, runner]))
  for (const groupId of await visibleGroupIds()) {
    for await (const page of api.groupRunners(groupId)) {
      const hit = page.find(runner => pending.has(runner.id))
      if (hit) {
        tally.usable++
        return hit.name
      }
    }
  }
  tally.hidden += pending.size
  return undefined
}

async function searchHosted(
  api: RunnerApi,
  plan: SearchPlan,
  tally: Tally,
  visibleGroupIds: () => Promise<Set<number>>
): Promise<string | undefined> {
  for await (const page of api.hostedRunners()) {
    for (const runner of page) {
      const verdict = judgeHosted(runner, plan.labels)
      plan.trace?.(`hosted runner '${runner.name}' (${runner.status}): ${verdict}`)
      if (verdict !== 'usable') {
        tally[verdict]++
      } else if (runner.runner_group_id === undefined || (await visibleGroupIds()).has(runner.runner_group_id)) {
        tally.usable++
        return runner.name
      } else {
        tally.hidden++
      }
    }
  }
  return undefined
}
