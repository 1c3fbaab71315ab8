/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */
import { existsSync, readFileSync } from 'node:fs'
import { UserError } from './errors.js'

/** The events whose payload carries `pull_request` (the one list; eventTrust below says which are trusted). */
export const PULL_REQUEST_EVENTS = [
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment'
]

/** The parsed payload, `{}` when there is none; a payload that is not JSON is an error (a broken runner). */
export function readEventPayload(path: string | undefined = process.env.GITHUB_EVENT_PATH): unknown {
  if (!path || !existsSync(path)) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown
  } catch {
    throw new UserError(`The event payload ${path} (GITHUB_EVENT_PATH) is not valid JSON.`)
  }
}

export interface PullRequest {
  number?: number
  headRef?: string
  headSha?: string
  baseRef?: string
  /** `owner/name` of the head repository; undefined when it was deleted. */
  headRepository?: string
  baseRepository: string
  /**
   * The head lives in another repository, or its repository was deleted (only a fork can be). Repositories are
   * compared rather than trusting `head.repo.fork`: a pull request inside a fork has that fork's secrets.
   */
  fromFork: boolean
}

interface PullRequestPayload {
  number?: number
  head?: { ref?: string; sha?: string; repo?: { full_name?: string } | null }
  base?: { ref?: string; repo?: { full_name?: string } }
}

/** The pull request of a pull-request event, or undefined for any other event. */
export function pullRequestOf(eventName: string, event: unknown, repository: string): PullRequest | undefined {
  if (!PULL_REQUEST_EVENTS.includes(eventName) || typeof event !== 'object' || event === null) return undefined
  const pr = (event as { pull_request?: unknown }).pull_request
  if (typeof pr !== 'object' || pr === null) return undefined
  const payload = pr as PullRequestPayload
  const headRepository = payload.head?.repo?.full_name
  const baseRepository = payload.base?.repo?.full_name ?? repository
  return {
    number: payload.number,
    headRef: payload.head?.ref,
    headSha: payload.head?.sha,
    baseRef: payload.base?.ref,
    headRepository,
    baseRepository,
    fromFork: headRepository === undefined || headRepository.toLowerCase() !== baseRepository.toLowerCase()
  }
}

/** The associations GitHub gives people with write access (or ownership): the only ones trusted to act. */
export const MEMBER_ASSOCIATIONS = ['OWNER', 'MEMBER', 'COLLABORATOR']

/**
 * Whether the code and refs a workflow run works on were chosen inside the repository. Decided per event, for every
 * event GitHub documents as a workflow trigger; an event not listed here (a new one) is untrusted until reviewed.
 */
export interface EventTrust {
  trusted: boolean
  /** Why, in a clause a person can read ("pull_request from fork mallory/openvdb"). */
  reason: string
  /** The outside repository the code comes from, when there is one (fork pull requests, workflow_run). */
  headRepository?: string
}

type Rule =
  | { kind: 'trusted' }
  | { kind: 'untrusted' }
  /** A pull request's code: trusted only when its head lives in this repository. */
  | { kind: 'pull-request'; association?: 'review' | 'comment' }
  /** A comment or post: trusted only when its author is a member (association at `path`). */
  | { kind: 'association'; path: 'comment' | 'discussion' }
  | { kind: 'workflow-run' }

/**
 * Every workflow trigger GitHub documents ("Events that trigger workflows"), with the reason for its rule.
 * `workflow_call` never appears: a called workflow sees its caller's event.
 */
export const EVENT_TRUST_RULES: Record<string, { rule: Rule; why: string }> = {
  branch_protection_rule: { rule: { kind: 'trusted' }, why: 'changed by repository admins' },
  check_run: {
    rule: { kind: 'untrusted' },
    why: 'a check on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
  },
  check_suite: {
    rule: { kind: 'untrusted' },
    why: 'a check suite on a commit that may belong to a fork pull request; the payload cannot prove otherwise'
  },
  create: { rule: { kind: 'trusted' }, why: 'a branch or tag pushed by someone with write access' },
  delete: { rule: { kind: 'trusted' }, why: 'a branch or tag deleted by someone with write access' },
  deployment: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
  deployment_status: { rule: { kind: 'trusted' }, why: 'created with a token that has write access' },
  discussion: {
    rule: { kind: 'association', path: 'discussion' },
    why: 'anyone may open a discussion: trusted only when its author is a member'
  },
  discussion_comment: {
    rule: { kind: 'association', path: 'comment' },
    why: 'anyone may comment: trusted only when the commenter is a member'
  },
  fork: { rule: { kind: 'untrusted' }, why: 'anyone may fork a public repository' },
  gollum: { rule: { kind: 'untrusted' }, why: 'a public wiki may be edited by anyone' },
  issue_comment: {
    rule: { kind: 'association', path: 'comment' },
    why: 'anyone may comment (workflows on it often check out the pull request): trusted only for members'
  },
  issues: { rule: { kind: 'untrusted' }, why: 'anyone may open or edit an issue' },
  label: { rule: { kind: 'trusted' }, why: 'labels are managed by people with write access' },
  merge_group: { rule: { kind: 'trusted' }, why: 'the merge queue holds only changes a member queued for merging' },
  milestone: { rule: { kind: 'trusted' }, why: 'milestones are managed by people with write access' },
  page_build: { rule: { kind: 'trusted' }, why: 'a GitHub Pages build of a pushed branch' },
  public: { rule: { kind: 'trusted' }, why: 'only an admin can make a repository public' },
  pull_request: { rule: { kind: 'pull-request' }, why: "runs the pull request's code" },
  pull_request_review: {
    rule: { kind: 'pull-request', association: 'review' },
    why: "runs the pull request's code, started by the reviewer"
  },
  pull_request_review_comment: {
    rule: { kind: 'pull-request', association: 'comment' },
    why: "runs the pull request's code, started by the commenter"
  },
  pull_request_target: {
    rule: { kind: 'pull-request' },
    why: 'runs with secrets and is often made to check out the pull request head'
  },
  push: { rule: { kind: 'trusted' }, why: 'commits pushed by someone with write access' },
  registry_package: { rule: { kind: 'trusted' }, why: 'a package published with write access' },
  release: { rule: { kind: 'trusted' }, why: 'releases are made by people with write access' },
  repository_dispatch: { rule: { kind: 'trusted' }, why: 'needs a token with write access to the repository' },
  schedule: { rule: { kind: 'trusted' }, why: 'the default branch, on the repository’s own schedule' },
  status: { rule: { kind: 'trusted' }, why: 'commit statuses need write access' },
  watch: { rule: { kind: 'untrusted' }, why: 'anyone may star a repository' },
  workflow_dispatch: { rule: { kind: 'trusted' }, why: 'started by someone with write access' },
  workflow_run: {
    rule: { kind: 'workflow-run' },
    why: 'follows another run, which may have run a fork pull request (head_repository tells)'
  }
}

interface AssociationPayload {
  comment?: { author_association?: string }
  review?: { author_association?: string }
  discussion?: { author_association?: string }
  workflow_run?: { head_repository?: { full_name?: string } | null }
}

function isMember(association: string | undefined): boolean {
  return association !== undefined && MEMBER_ASSOCIATIONS.includes(association.toUpperCase())
}

/** The trust of the event that started this run (see EVENT_TRUST_RULES). */
export function eventTrust(eventName: string, event: unknown, repository: string): EventTrust {
  const entry = Object.hasOwn(EVENT_TRUST_RULES, eventName) ? EVENT_TRUST_RULES[eventName] : undefined
  if (!entry) return { trusted: false, reason: `${eventName || 'an unnamed event'} is not a known trusted event` }
  const payload = (typeof event === 'object' && event !== null ? event : {}) as AssociationPayload
  const { rule } = entry
  switch (rule.kind) {
    case 'trusted':
      return { trusted: true, reason: `${eventName}: ${entry.why}` }
    case 'untrusted':
      return { trusted: false, reason: `${eventName}: ${entry.why}` }
    case 'association': {
      const association = payload[rule.path]?.author_association
      return isMember(association)
        ? { trusted: true, reason: `${eventName} by a ${association?.toLowerCase()}` }
        : { trusted: false, reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})` }
    }
    case 'workflow-run': {
      const head = payload.workflow_run?.head_repository?.full_name
      if (head !== undefined && head.toLowerCase() === repository.toLowerCase())
        return { trusted: true, reason: `workflow_run of this repository's own code` }
      return {
        trusted: false,
        reason: `workflow_run of code from ${head ?? 'an unknown or deleted repository'}`,
        headRepository: head
      }
    }
    case 'pull-request': {
      const pr = pullRequestOf(eventName, event, repository)
      if (!pr) return { trusted: false, reason: `${eventName} without a pull request in its payload` }
      if (pr.fromFork) {
        return {
          trusted: false,
          reason: `${eventName} from fork ${pr.headRepository ?? '(deleted repository)'}`,
          headRepository: pr.headRepository
        }
      }
      if (rule.association) {
        const association = payload[rule.association]?.author_association
        if (!isMember(association))
          return {
            trusted: false,
            reason: `${eventName} by a non-member (author_association ${association ?? 'missing'})`
          }
      }
      return { trusted: true, reason: `${eventName} from this repository` }
    }
  }
}
