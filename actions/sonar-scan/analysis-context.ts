/**
 * What is being analysed, from the GitHub context alone (event name, payload, GITHUB_REF): a pull request
 * (`sonar.pullrequest.*`), a branch (`sonar.branch.name`) or something Sonar has no parameters for (a tag). It reads
 * the event payload rather than the checkout, so it is also right inside container jobs and shallow clones.
 */

export type AnalysisKind = 'pull-request' | 'branch' | 'other'

export interface GitHubContext {
  eventName: string
  /** The parsed GITHUB_EVENT_PATH payload ({} when there is none). */
  event: unknown
  ref: string
  repository: string
  /** GITHUB_SHA: for pull requests the merge commit, so the head commit is taken from the payload instead. */
  sha?: string
  actor?: string
}

export interface AnalysisContext {
  kind: AnalysisKind
  /** `sonar.*` parameters describing the pull request or branch. */
  properties: Record<string, string>
  /** A pull request from another repository: the workflow gets no secrets, so a token cannot be expected. */
  fromFork: boolean
  /** Dependabot's pull requests get no Actions secrets either. */
  fromDependabot: boolean
  /** One line for logs and the summary, e.g. "pull request #12 (feature → main)". */
  description: string
}

const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
]

interface PullRequestPayload {
  number?: number
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null }
  base?: { ref?: string; repo?: { full_name?: string } }
}

function pullRequestOf(event: unknown): PullRequestPayload | undefined {
  if (typeof event !== 'object' || event === null) return undefined
  const pr = (event as { pull_request?: unknown }).pull_request
  return typeof pr === 'object' && pr !== null ? (pr as PullRequestPayload) : undefined
}

export function analysisContext(github: GitHubContext): AnalysisContext {
  const fromDependabot = github.actor === 'dependabot[bot]'
  const pr = PULL_REQUEST_EVENTS.includes(github.eventName) ? pullRequestOf(github.event) : undefined
  if (pr && typeof pr.number === 'number' && pr.head?.ref && pr.base?.ref) {
    const headRepo = pr.head.repo?.full_name
    const baseRepo = pr.base.repo?.full_name ?? github.repository
    // Compare repositories, not head.repo.fork: a PR inside a fork is not "from a fork" (it has the fork's secrets).
    // A deleted fork leaves head.repo null: still a fork for secrets' sake.
    const fromFork = pr.head.repo === null || (headRepo !== undefined && headRepo !== baseRepo)
    return {
      kind: 'pull-request',
      properties: {
        'sonar.pullrequest.key': String(pr.number),
        'sonar.pullrequest.branch': pr.head.ref,
        'sonar.pullrequest.base': pr.base.ref,
        ...(pr.head.sha ? { 'sonar.scm.revision': pr.head.sha } : {})
      },
      fromFork,
      fromDependabot,
      description: `pull request #${pr.number} (${pr.head.ref} → ${pr.base.ref})${fromFork ? ` from fork ${headRepo ?? '(deleted)'}` : ''}`
    }
  }
  const branch = /^refs\/heads\/(.+)$/.exec(github.ref)?.[1]
  if (branch) {
    return {
      kind: 'branch',
      properties: { 'sonar.branch.name': branch, ...(github.sha ? { 'sonar.scm.revision': github.sha } : {}) },
      fromFork: false,
      fromDependabot,
      description: `branch ${branch}`
    }
  }
  return {
    kind: 'other',
    properties: {},
    fromFork: false,
    fromDependabot,
    description: github.ref
      ? `${github.ref} (analysed as the main branch)`
      : 'no branch information (analysed as the main branch)'
  }
}
