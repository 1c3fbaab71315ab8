/**
 * What the select decision needs to know about the repository and the event that started the workflow, read from
 * GITHUB_REPOSITORY and the event payload. Pure: the payload is passed in as parsed JSON.
 */
import { eventTrust, type EventTrust } from '../../packages/toolkit/src/event.js'

export interface RepoContext {
  owner: string
  repo: string
  eventName: string
  /** True when the owner is an organisation, false for a user account, undefined when the payload does not say. */
  ownerIsOrganization?: boolean
  /** True for a public repository, undefined when the payload does not say. */
  isPublic?: boolean
  /** Whether the event runs code or refs chosen inside the repository (toolkit event.ts decides, per event). */
  trust: EventTrust
}

interface Payload {
  repository?: { full_name?: string; private?: boolean; visibility?: string; owner?: { login?: string; type?: string } }
}

export function readRepoContext(repository: string, eventName: string, event: unknown): RepoContext {
  const payload = (event && typeof event === 'object' ? event : {}) as Payload
  const fullName = repository || payload.repository?.full_name || ''
  const [owner = '', repo = ''] = fullName.split('/')
  const ownerType = payload.repository?.owner?.type
  const visibility = payload.repository?.visibility
  const context: RepoContext = {
    owner,
    repo,
    eventName,
    ownerIsOrganization: ownerType === undefined ? undefined : ownerType === 'Organization',
    isPublic:
      visibility !== undefined
        ? visibility === 'public'
        : payload.repository?.private !== undefined
          ? !payload.repository.private
          : undefined,
    trust: eventTrust(eventName, event, fullName)
  }
  return context
}
