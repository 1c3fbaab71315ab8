/**
 * The select decision, pure: the security gate (allowed owners, fork pull requests), then availability from the
 * API or, when that could not be checked, the static policy; then what to do when no GPU runner can take the job.
 */
import type { RepoContext } from './event-context.js'
import type { Availability, Source } from './availability.js'
import type { Tally } from './runner-match.js'

import type { Kind, OnUnavailable, RunnerType } from './inputs.js'

export interface SelectPolicy {
  gpuRunner: string[]
  fallbackRunner: string[]
  onUnavailable: OnUnavailable
  allowedOwners: string[]
  /** Untrusted events (fork pull requests and the like) may use a GitHub-hosted runner; never a self-hosted one. */
  allowForkPullRequests: boolean
  runnerType: RunnerType
  kind: Kind
}

export interface Gate {
  /** Why the primary runner is ruled out before anything is checked. */
  blocked?: string
  /** False for an untrusted event: a self-hosted runner would run code chosen outside the repository. */
  selfHostedAllowed: boolean
  /** A GitHub-hosted runner (a fresh VM per job) may take the job. */
  hostedAllowed: boolean
}

export interface Outcome {
  available: boolean
  reason: string
}

export interface SelectResult {
  /** `gpu` (kind gpu) or `primary` (kind cpu): the primary runner was chosen. */
  decision: 'gpu' | 'primary' | 'fallback' | 'skip'
  /** True only when a GPU runner was chosen (never for kind cpu). */
  gpu: boolean
  runsOn: string[]
  reason: string
  /** True when on-unavailable is `fail` and no GPU runner can take the job: the step must fail. */
  fail: boolean
}

export const GPU_CONTAINER_OPTIONS = '--gpus all -e NVIDIA_DRIVER_CAPABILITIES=compute,graphics,utility'

export function labelsText(labels: readonly string[]): string {
  return labels.map(label => `'${label}'`).join(' + ')
}

/** Whether the labels name a self-hosted runner, as far as the labels alone can tell (auto: not known). */
export function declaredType(policy: SelectPolicy): RunnerType {
  if (policy.runnerType !== 'auto') return policy.runnerType
  return policy.gpuRunner.some(label => label.toLowerCase() === 'self-hosted') ? 'self-hosted' : 'auto'
}

export function gate(policy: SelectPolicy, context: RepoContext): Gate {
  const allowed = policy.allowedOwners.map(owner => owner.toLowerCase())
  if (allowed.length > 0 && !allowed.includes(context.owner.toLowerCase())) {
    return {
      blocked: `The repository owner '${context.owner}' is not in allowed-owners (${policy.allowedOwners.join(', ')}).`,
      selfHostedAllowed: false,
      hostedAllowed: false
    }
  }
  if (context.trust.trusted) return { selfHostedAllowed: true, hostedAllowed: true }
  const why = `This run is untrusted (${context.trust.reason})`
  const type = declaredType(policy)
  if (type === 'self-hosted')
    return { blocked: `${why}: it never gets a self-hosted runner.`, selfHostedAllowed: false, hostedAllowed: false }
  if (!policy.allowForkPullRequests) {
    return {
      blocked: `${why} and allow-fork-pull-requests is false: no ${type === 'hosted' ? 'GitHub-hosted ' : ''}primary runner.`,
      selfHostedAllowed: false,
      hostedAllowed: false
    }
  }
  return { selfHostedAllowed: false, hostedAllowed: true }
}

/** Without availability information: allowed-owners alone decides, and the reason says nothing was checked. */
export function staticOutcome(policy: SelectPolicy, context: RepoContext, gateResult: Gate, why: string): Outcome {
  const prefix = `Runner availability could not be checked (${why})`
  if (!gateResult.selfHostedAllowed && declaredType(policy) !== 'hosted') {
    return {
      available: false,
      reason: `${prefix}, and this run is untrusted (${context.trust.reason}): without the API, only a runner declared runner-type: hosted may be used.`
    }
  }
  if (policy.allowedOwners.length === 0) {
    return {
      available: false,
      reason: `${prefix}, and allowed-owners is empty, so the primary runner is not assumed to exist.`
    }
  }
  return {
    available: true,
    reason: `${prefix}; decided by allowed-owners: '${context.owner}' may use the primary runner.`
  }
}

const SOURCE_NAMES: Record<Source, string> = {
  repository: 'repository runners',
  organization: 'organisation runners',
  hosted: 'GitHub-hosted larger runners'
}

export function sourceName(source: Source): string {
  return SOURCE_NAMES[source]
}

/** Turns a search into an outcome; undefined when the search failed and the static policy must decide. */
export function availabilityOutcome(labels: string[], requireIdle: boolean, search: Availability): Outcome | undefined {
  if (search.found) {
    const { source, name } = search.found
    const state = source === 'hosted' ? 'is Ready' : requireIdle ? 'is online and idle' : 'is online'
    const kind =
      source === 'hosted'
        ? 'GitHub-hosted larger runner'
        : source === 'repository'
          ? 'Repository runner'
          : 'Organisation runner'
    return { available: true, reason: `${kind} '${name}' carries ${labelsText(labels)} and ${state}.` }
  }
  const failed = search.results.filter(result => result.error !== undefined)
  if (failed.length > 0) return undefined
  const total = sumTallies(search.results.map(result => result.tally))
  const checked = search.results.map(result => SOURCE_NAMES[result.source]).join(', ')
  const parts = [
    total.busy && `${total.busy} busy`,
    total.offline && `${total.offline} offline`,
    total['not-ready'] && `${total['not-ready']} not Ready`,
    total.hidden && `${total.hidden} in a runner group this repository may not use`
  ].filter(Boolean)
  const seen = parts.length > 0 ? `matching runners: ${parts.join(', ')}` : 'no runner carries these labels'
  return {
    available: false,
    reason: `No runner for ${labelsText(labels)} can take the job (${seen}; checked ${checked || 'nothing'}).`
  }
}

/** Why the API could not be used, in one clause (for the reason sentence). */
export function failureText(search: Availability): string {
  return search.results
    .filter(result => result.error !== undefined)
    .map(
      result =>
        `${SOURCE_NAMES[result.source]}: ${result.status === undefined ? (result.error ?? explainStatus(undefined)) : explainStatus(result.status)}`
    )
    .join('; ')
}

export function explainStatus(status: number | undefined): string {
  if (status === 401) return 'HTTP 401, the token was rejected'
  if (status === 403 || status === 404)
    return `HTTP ${status}, the token may not list runners (it needs organisation "Self-hosted runners: read" or admin:org)`
  if (status === 429) return 'HTTP 429, rate limited'
  if (status !== undefined && status >= 500) return `HTTP ${status} from the API`
  return 'no answer from the API in time'
}

export function finish(policy: SelectPolicy, outcome: Outcome): SelectResult {
  if (outcome.available) {
    const gpu = policy.kind === 'gpu'
    return { decision: gpu ? 'gpu' : 'primary', gpu, runsOn: policy.gpuRunner, reason: outcome.reason, fail: false }
  }
  const onUnavailable = policy.onUnavailable
  const then =
    onUnavailable === 'skip'
      ? ` The ${policy.kind === 'gpu' ? 'GPU ' : ''}job is skipped.`
      : onUnavailable === 'fail'
        ? ' on-unavailable is fail.'
        : ` Falling back to ${labelsText(policy.fallbackRunner)}.`
  return {
    decision: onUnavailable === 'skip' ? 'skip' : 'fallback',
    gpu: false,
    runsOn: policy.fallbackRunner,
    reason: outcome.reason + then,
    fail: onUnavailable === 'fail'
  }
}

/** The `runs-on` output: JSON that `fromJSON()` turns back into a label or a list of labels. */
export function runsOnJson(labels: readonly string[]): string {
  return labels.length === 1 ? JSON.stringify(labels[0]) : JSON.stringify(labels)
}

function sumTallies(tallies: Tally[]): Tally {
  const total: Tally = { usable: 0, busy: 0, offline: 0, 'not-ready': 0, hidden: 0, 'no-match': 0 }
  for (const tally of tallies) for (const key of Object.keys(total) as (keyof Tally)[]) total[key] += tally[key]
  return total
}
