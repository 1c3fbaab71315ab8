/**
 * Whether one runner can take the GPU job: the documented shapes of GitHub's runner endpoints, label matching
 * (case-insensitive, as GitHub routes jobs) and the verdict for a self-hosted runner or a hosted larger runner.
 */

/** A self-hosted runner as GET /repos/{o}/{r}/actions/runners and /orgs/{org}/actions/runners return it. */
export interface SelfHostedRunner {
  id: number
  name: string
  os?: string
  status: string
  busy: boolean
  labels: { id?: number; name: string; type?: string }[]
  runner_group_id?: number
}

/** A GitHub-hosted (larger) runner definition from GET /orgs/{org}/actions/hosted-runners. */
export interface HostedRunner {
  id: number
  name: string
  runner_group_id?: number
  platform?: string
  status: string
  maximum_runners?: number
  machine_size_details?: { id?: string; cpu_cores?: number; memory_gb?: number; storage_gb?: number }
}

/** A runner group from GET /orgs/{org}/actions/runner-groups. */
export interface RunnerGroup {
  id: number
  name: string
  visibility?: string
  default?: boolean
  allows_public_repositories?: boolean
}

/** `hidden`: a usable runner in a group this repository may not use. */
export type Verdict = 'usable' | 'busy' | 'offline' | 'not-ready' | 'hidden' | 'no-match'

/** A job's `runs-on` labels go to a runner that carries every one of them; GitHub compares them case-insensitively. */
export function carriesLabels(requested: readonly string[], labels: readonly string[]): boolean {
  const have = new Set(labels.map(label => label.toLowerCase()))
  return requested.every(label => have.has(label.toLowerCase()))
}

export function judgeSelfHosted(runner: SelfHostedRunner, requested: readonly string[], requireIdle: boolean): Verdict {
  if (
    !carriesLabels(
      requested,
      runner.labels.map(label => label.name)
    )
  )
    return 'no-match'
  if (runner.status.toLowerCase() !== 'online') return 'offline'
  if (requireIdle && runner.busy) return 'busy'
  return 'usable'
}

/**
 * A larger runner is addressed by its name, its only label, so only a single requested label can match it.
 * It scales on demand, so a `Ready` definition can take a job; `require-idle` has nothing more to check.
 */
export function judgeHosted(runner: HostedRunner, requested: readonly string[]): Verdict {
  if (!canBeHostedLabel(requested) || !carriesLabels(requested, [runner.name])) return 'no-match'
  return runner.status === 'Ready' ? 'usable' : 'not-ready'
}

/** Whether the requested labels could address a GitHub-hosted larger runner at all (saves an API request). */
export function canBeHostedLabel(requested: readonly string[]): boolean {
  const distinct = new Set(requested.map(label => label.toLowerCase()))
  return distinct.size === 1 && !distinct.has('self-hosted')
}

/** Runner groups a repository may use: visible to it and, for a public repository, open to public ones. */
export function usableGroupIds(groups: readonly RunnerGroup[], repoIsPublic: boolean | undefined): Set<number> {
  return new Set(
    groups
      .filter(group => !(repoIsPublic === true && group.allows_public_repositories === false))
      .map(group => group.id)
  )
}

/** Counts of what was seen, for a reason a person can read. */
export type Tally = Record<Verdict, number>

export function emptyTally(): Tally {
  return { usable: 0, busy: 0, offline: 0, 'not-ready': 0, hidden: 0, 'no-match': 0 }
}
