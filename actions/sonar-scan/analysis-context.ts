/**
 * What is being analysed, from the GitHub context alone (event name, payload, GITHUB_REF): a pull request
 * (`sonar.pullrequest.*`), a branch (`sonar.branch.name`) or something Sonar has no parameters for (a tag). It reads
 * the event payload rather than the checkout, so it is also right inside container jobs and shallow clones.
 */
import { pullRequestOf } from '../../packages/toolkit/src/event.js'

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

export function analysisContext(github: GitHubContext): AnalysisContext {
  const fromDependabot = github.actor === 'dependabot[bot]'
  const pr = pullRequestOf(github.eventName, github.event, github.repository)
  if (pr && typeof pr.number === 'number' && pr.headRef && pr.baseRef) {
    const { fromFork } = pr
    return {
      kind: 'pull-request',
      properties: {
        'sonar.pullrequest.key': String(pr.number),
        'sonar.pullrequest.branch': pr.headRef,
        'sonar.pullrequest.base': pr.baseRef,
        ...(pr.headSha ? { 'sonar.scm.revision': pr.headSha } : {})
      },
      fromFork,
      fromDependabot,
      description: `pull request #${pr.number} (${pr.headRef} → ${pr.baseRef})${fromFork ? ` from fork ${pr.headRepository ?? '(deleted)'}` : ''}`
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
