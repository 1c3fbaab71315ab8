/**
 * The transport under octokit for the runners API: octokit (from @actions/github) builds requests and follows
 * `Link: rel=next`; this fetch decides where the token may go and how long anything may take. It is the one place
 * that applies the toolkit's credential policy to GitHub API requests:
 * - a request (a pagination link included) to any origin other than GITHUB_API_URL's is refused outright;
 * - redirects are followed here, hop by hop, and `Authorization` is dropped on any hop the policy refuses
 *   (https -> http on the same host, another host or port);
 * - every attempt has its own time limit (the whole response, body included, so a byte-a-second server ends too),
 *   and the whole search shares one deadline;
 * - 429, 5xx and connection errors are retried briefly (Retry-After honoured up to a cap): @actions/github has
 *   no retry of its own (ADR 0050).
 */
import { mayCarryCredential } from '../../packages/toolkit/src/credential-policy.js'
import { redactUrl } from '../../packages/toolkit/src/redact-url.js'

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface TransportOptions {
  /** GITHUB_API_URL, already validated as an http(s) URL. */
  apiUrl: string
  /** Limit for one attempt, response body included. */
  timeoutMs: number
  /** Aborts everything once the overall deadline has passed. */
  deadline: AbortSignal
  /** Extra attempts after the first for 429, 5xx and connection errors. */
  retries?: number
  retryDelayMs?: number
  maxRetryAfterMs?: number
  /** The fetch that does the I/O (@actions/github's proxy-aware fetch). */
  baseFetch: Fetch
  /** After every attempt: the URL (without credentials), the status (undefined: no answer) and the time taken. */
  onAttempt?: (url: string, status: number | undefined, ms: number) => void
}

/** A request the credential policy refused to make at all. */
export class RefusedRequestError extends Error {
  override name = 'RefusedRequestError'
}

const MAX_REDIRECTS = 5
const REDIRECTS = new Set([301, 302, 303, 307, 308])

export function createApiFetch(options: TransportOptions): Fetch {
  const apiOrigin = new URL(options.apiUrl).origin
  const retries = options.retries ?? 2
  const retryDelayMs = options.retryDelayMs ?? 250
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 2000

  async function attempt(url: URL, init: RequestInit): Promise<Response> {
    for (let tries = 0; ; tries++) {
      if (options.deadline.aborted) throw options.deadline.reason
      const signal = AbortSignal.any([AbortSignal.timeout(options.timeoutMs), options.deadline])
      const started = Date.now()
      let response: Response
      try {
        response = await options.baseFetch(url.toString(), { ...init, redirect: 'manual', signal })
      } catch (error) {
        options.onAttempt?.(redactUrl(url.href), undefined, Date.now() - started)
        if (tries >= retries || options.deadline.aborted || !isRetryableFailure(error)) throw error
        await pause(retryDelayMs * 2 ** tries, options.deadline)
        continue
      }
      options.onAttempt?.(redactUrl(url.href), response.status, Date.now() - started)
      if ((response.status === 429 || response.status >= 500) && tries < retries) {
        await response.body?.cancel().catch(() => undefined)
        const retryAfter = Number(response.headers.get('retry-after'))
        const wait = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : retryDelayMs * 2 ** tries
        await pause(Math.min(wait, maxRetryAfterMs), options.deadline)
        continue
      }
      return response
    }
  }

  return async (input, init = {}) => {
    let url = new URL(input instanceof Request ? input.url : input.toString())
    if (url.origin !== apiOrigin) {
      throw new RefusedRequestError(
        `refused a request to ${redactUrl(url.href)}: not on the API's origin ${apiOrigin} (a pagination link may not lead elsewhere)`
      )
    }
    const headers = new Headers(init.headers)
    if (!mayCarryCredential(url, options.apiUrl)) headers.delete('authorization')
    let method = init.method ?? 'GET'
    let body = init.body
    for (let hop = 0; ; hop++) {
      const response = await attempt(url, { ...init, method, body, headers })
      const location = response.headers.get('location')
      if (!REDIRECTS.has(response.status) || location === null) return response
      await response.body?.cancel().catch(() => undefined)
      if (hop >= MAX_REDIRECTS)
        throw new RefusedRequestError(`more than ${MAX_REDIRECTS} redirects from ${redactUrl(url.href)}`)
      url = new URL(location, url)
      if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new RefusedRequestError(`refused a redirect to a ${url.protocol} URL`)
      // The token goes on only where the policy allows (https on the API's own origin); the request itself does.
      if (!mayCarryCredential(url, options.apiUrl)) headers.delete('authorization')
      if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
        method = 'GET'
        body = undefined
      }
    }
  }
}

function isRetryableFailure(error: unknown): boolean {
  if (error instanceof RefusedRequestError) return false
  const code = (error as { cause?: { code?: string } })?.cause?.code
  // A name that does not resolve will not resolve a quarter second later either.
  return code !== 'ENOTFOUND'
}

function pause(ms: number, deadline: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      deadline.removeEventListener('abort', done)
      resolve()
    }
    deadline.addEventListener('abort', done, { once: true })
  })
}
