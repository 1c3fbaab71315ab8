/**
 * The event that started the workflow: its payload (GITHUB_EVENT_PATH) and what every action needs to know about a
 * pull request, above all whether it comes from a fork. Fork pull requests get no secrets and must never reach a
 * self-hosted runner, so this is decided in one place.
 */
import { existsSync, readFileSync } from 'node:fs'
import { UserError } from './errors.js'

/** Events whose payload carries `pull_request` and which run code a pull request author controls. */
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
