/**
 * HTTP for every action: @actions/http-client (its proxy support: https_proxy / http_proxy / no_proxy, CONNECT
 * tunnels, loopback never proxied), wrapped with what it lacks (ADR 0020):
 * - one credential policy (credential-policy.ts) on every request and every redirect hop: an `authorization`
 *   header or URL credentials go only to https on the origin they were meant for; an https->http redirect is refused;
 * - an overall deadline for the whole call (retries included) besides the stall timeout, so a server sending a
 *   byte a second cannot hold a job; a cap on the bytes of a response read into memory;
 * - retries of 5xx, 408, 429 (honouring Retry-After) and network errors (DNS failure too) with backoff, and clear
 *   errors (NetworkError names the host and the cause) instead of library messages;
 * - URLs in logs and errors without credentials (redactUrl); with RUNNER_DEBUG=1 one `::debug::` line per request.
 * The client library is loaded on the first request, never at start-up.
 */
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http'
import { mayCarryCredential } from './credential-policy.js'
import { UserError } from './errors.js'
import { log } from './runner.js'
import { maskUrlCredentials, redactUrl, redactUrls } from './redact-url.js'

export interface HttpOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /**
   * The origin an `authorization` header in `headers` is meant for (default: the first URL's origin). On every
   * request and redirect hop the header is sent only where mayCarryCredential allows it.
   */
  credentialOrigin?: string
  /**
   * Milliseconds without any data (no answer, or a stalled body) before an attempt is abandoned (default 30 s); for
   * fetchBuffer/fetchJson, the most one attempt may take in all.
   */
  timeoutMs?: number
  /**
   * Milliseconds for the whole call, every attempt, redirect and byte included (default 2 minutes; downloadFile 30
   * minutes). fetchBuffer/fetchJson also bound each attempt, body included, by timeoutMs.
   */
  deadlineMs?: number
  /** Retries after the first attempt (default 4). */
  retries?: number
  /** First backoff delay in ms, doubled each retry (default 1000). */
  retryDelayMs?: number
  /** Longest wait honoured from a Retry-After header (default 30 s). */
  maxRetryAfterMs?: number
  /** Most bytes fetchBuffer/fetchJson read into memory (default 32 MiB). */
  maxBytes?: number
  /** Aborts the call (set by withRetries for the deadline). */
  signal?: AbortSignal
}

export class HttpError extends UserError {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
  }
}

/** A transient failure worth another attempt. */
export class RetryableError extends HttpError {
  constructor(
    message: string,
    status?: number,
    readonly response?: IncomingMessage
  ) {
    super(message, status)
  }
}

/** The network failed (DNS, refused, reset, unreachable) after the retries: callers may fall back on it. */
export class NetworkError extends HttpError {
  constructor(
    message: string,
    readonly code: string
  ) {
    super(message)
  }
}

/** The call's overall deadline passed. Not retried. */
export class DeadlineError extends HttpError {}

const MAX_REDIRECTS = 5
const USER_AGENT = 'aswf-ci-actions'
const DEFAULT_STALL_MS = 30000
const DEFAULT_FETCH_DEADLINE_MS = 120000

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500
}

/** `Authorization: Bearer <token>`, the one form every GitHub endpoint (API and release assets) accepts. */
export function bearerAuthorization(token: string): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {}
}

const masked = new Set<string>()

/** Credentials inside a URL become a Basic `authorization` for that URL's origin; both are masked in logs. */
function splitUrlCredentials(target: URL): { url: URL; authorization?: string } {
  if (!target.username && !target.password) return { url: target }
  const user = decodeURIComponent(target.username)
  const password = decodeURIComponent(target.password)
  const userinfo = `${target.username}:${target.password}`
  if (!masked.has(userinfo)) {
    masked.add(userinfo)
    maskUrlCredentials(target.toString())
  }
  const url = new URL(target)
  url.username = ''
  url.password = ''
  return { url, authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` }
}

function withoutAuthorization(headers: Record<string, string> = {}): {
  rest: Record<string, string>
  authorization?: string
} {
  const rest: Record<string, string> = {}
  let authorization: string | undefined
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() === 'authorization') authorization = value
    else rest[name] = value
  }
  return { rest, authorization }
}

function debugEnabled(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

/** Passes the abort signal to node:http through the client's documented handler hook. */
function signalHandler(signal: AbortSignal) {
  return {
    prepareRequest: (options: { signal?: AbortSignal }) => void (options.signal = signal),
    canHandleAuthentication: () => false,
    handleAuthentication: () => Promise.reject(new Error('unsupported'))
  }
}

/** One request without redirects, through @actions/http-client; resolves with the response head. */
async function requestOnce(
  url: URL,
  method: string,
  headers: OutgoingHttpHeaders,
  body: string | undefined,
  stallMs: number,
  signal: AbortSignal
): Promise<IncomingMessage> {
  const { HttpClient } = await import('@actions/http-client')
  const attempt = new AbortController()
  const linked = AbortSignal.any([signal, attempt.signal])
  const client = new HttpClient(USER_AGENT, [signalHandler(linked) as never], {
    allowRedirects: false,
    allowRetries: false,
    keepAlive: false,
    socketTimeout: stallMs
  })
  try {
    const response = await client.request(method, url.toString(), body ?? null, headers)
    return response.message
  } catch (error) {
    attempt.abort() // the library's timeout only half-closes the socket: make sure the request is gone
    if (signal.aborted) throw signal.reason
    if (/^Request timeout/.test((error as Error).message)) {
      throw new RetryableError(`No response from ${url.host} in ${stallMs} ms`)
    }
    throw error
  }
}

/**
 * Opens a response, following redirects (each hop checked by the credential policy; https->http refused); the caller
 * consumes the body. A body that stalls for `timeoutMs` is destroyed with a RetryableError. Not retried here.
 */
export async function openResponse(url: string, options: HttpOptions = {}): Promise<IncomingMessage> {
  const method = options.method ?? 'GET'
  const stallMs = options.timeoutMs ?? DEFAULT_STALL_MS
  const signal = options.signal ?? new AbortController().signal
  const first = splitUrlCredentials(new URL(url))
  const { rest, authorization: headerCredential } = withoutAuthorization(options.headers)
  const credential = headerCredential ?? first.authorization
  const intended = headerCredential !== undefined ? (options.credentialOrigin ?? first.url.origin) : first.url.origin
  let target = first.url
  for (let hop = 0; ; hop++) {
    const headers: OutgoingHttpHeaders = { ...rest }
    if (credential !== undefined && mayCarryCredential(target, intended)) headers.authorization = credential
    const started = Date.now()
    let response: IncomingMessage
    try {
      response = await requestOnce(target, method, headers, options.body, stallMs, signal)
    } catch (error) {
      if (debugEnabled())
        log.debug(`${method} ${redactUrl(String(target))} failed after ${Date.now() - started} ms: ${describe(error)}`)
      throw error
    }
    const status = response.statusCode ?? 0
    if (debugEnabled())
      log.debug(`${method} ${redactUrl(String(target))} -> HTTP ${status} in ${Date.now() - started} ms`)
    const location = response.headers.location
    if (status >= 300 && status < 400 && location) {
      response.resume()
      if (hop >= MAX_REDIRECTS) throw new HttpError(`Too many redirects from ${redactUrl(url)}`)
      let next: URL
      try {
        next = new URL(location, target)
      } catch {
        throw new HttpError(`${redactUrl(String(target))} redirected to an invalid location`)
      }
      if (target.protocol === 'https:' && next.protocol !== 'https:') {
        throw new HttpError(
          `Refused a redirect from https to ${next.protocol.slice(0, -1)}: ${redactUrl(String(target))} -> ${redactUrl(String(next))}`
        )
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw new HttpError(`Refused a redirect to a ${next.protocol} URL from ${redactUrl(String(target))}`)
      }
      target = splitUrlCredentials(next).url // credentials in a redirect location are never used
      continue
    }
    watchStall(response, stallMs, target)
    return response
  }
}

/** Destroys a response body that sends nothing for `stallMs`. */
function watchStall(response: IncomingMessage, stallMs: number, target: URL): void {
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = setTimeout(
      () => response.destroy(new RetryableError(`Download from ${target.host} stalled for ${stallMs} ms`)),
      stallMs
    )
  }
  arm()
  response.on('data', arm)
  response.once('close', () => clearTimeout(timer))
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = redactUrls((error as Error | undefined)?.message ?? String(error))
  return code && !message.includes(code) ? `${message} (${code})` : message
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true })
  })
}

function retryAfterMs(response: IncomingMessage | undefined, fallback: number, cap: number): number {
  const header = response?.headers['retry-after']
  const seconds = header !== undefined ? Number(header) : NaN
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, cap) : fallback
}

export function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  return [
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'ENOTFOUND',
    'EAI_FAIL',
    'ECONNABORTED',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN'
  ].includes(code)
}

const DNS_RETRIES = 2

function isDnsError(error: unknown): boolean {
  return ['ENOTFOUND', 'EAI_FAIL'].includes((error as NodeJS.ErrnoException | undefined)?.code ?? '')
}

function networkError(error: unknown, url: string | undefined, attempts: number): NetworkError {
  const code = (error as NodeJS.ErrnoException).code ?? 'ENETWORK'
  const host = url ? safeHost(url) : 'the server'
  const cause = ['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL'].includes(code)
    ? `could not resolve ${host} (DNS lookup failed, ${code})`
    : `could not connect to ${host}: ${describe(error)}`
  return new NetworkError(`Network error: ${cause}; gave up after ${attempts} attempt${attempts > 1 ? 's' : ''}.`, code)
}

function safeHost(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return 'the server'
  }
}

/**
 * Runs `attempt` until it succeeds, retrying what is worth retrying: a RetryableError (5xx, 429, a stall, a
 * truncated body) or a network error (DNS failure included). Anything else stops at once. `deadlineMs` bounds the
 * whole call: when it passes, the attempt in flight is aborted and a DeadlineError says so.
 */
export async function withRetries<T>(
  options: HttpOptions & { url?: string },
  attempt: (n: number, signal: AbortSignal) => Promise<T>,
  onRetry?: (error: Error, delayMs: number) => void
): Promise<T> {
  const retries = options.retries ?? 4
  let delay = options.retryDelayMs ?? 1000
  const deadlineMs = options.deadlineMs ?? DEFAULT_FETCH_DEADLINE_MS
  const what = options.url ? `${options.method ?? 'GET'} ${redactUrl(options.url)}` : 'The request'
  const controller = new AbortController()
  const timer = setTimeout(
    () => controller.abort(new DeadlineError(`${what} did not finish within ${deadlineMs / 1000} s.`)),
    deadlineMs
  )
  const signal = options.signal ? AbortSignal.any([options.signal, controller.signal]) : controller.signal
  try {
    for (let n = 0; ; n++) {
      try {
        return await attempt(n, signal)
      } catch (error) {
        if (signal.aborted) throw signal.reason instanceof Error ? signal.reason : error
        const transient = error instanceof RetryableError || isConnectionError(error)
        if (!transient) {
          if (error instanceof UserError) throw error
          throw new HttpError(`${what} failed: ${describe(error)}`)
        }
        // A name that does not resolve rarely starts resolving within seconds: two retries, not the full count.
        if (n >= (isDnsError(error) ? Math.min(retries, DNS_RETRIES) : retries)) {
          if (error instanceof HttpError) throw error
          throw networkError(error, options.url, n + 1)
        }
        const wait = retryAfterMs((error as RetryableError).response, delay, options.maxRetryAfterMs ?? 30000)
        onRetry?.(error as Error, wait)
        if (debugEnabled()) log.debug(`${what}: ${describe(error)}; retrying in ${wait} ms`)
        await sleep(wait, signal).catch(() => undefined)
        if (signal.aborted) throw signal.reason
        delay *= 2
      }
    }
  } finally {
    clearTimeout(timer)
  }
}

export interface HttpResponse {
  status: number
  headers: IncomingMessage['headers']
  body: Buffer
}

/**
 * A whole (small) response body, with retries. 4xx other than 408/429 are returned for the caller to judge. Each
 * attempt must complete (answer and whole body) within `timeoutMs` (an action's `timeout-seconds`: a server
 * dripping a byte a second cannot stretch it); `deadlineMs` bounds the whole call.
 */
export function fetchBuffer(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024
  const perAttemptMs = options.timeoutMs ?? DEFAULT_STALL_MS
  const what = `${options.method ?? 'GET'} ${redactUrl(url)}`
  const deadlineMs = options.deadlineMs ?? DEFAULT_FETCH_DEADLINE_MS
  return withRetries({ ...options, deadlineMs, url }, async (_n, callSignal) => {
    const attempt = new AbortController()
    const timer = setTimeout(
      () => attempt.abort(new RetryableError(`${what} did not complete within ${perAttemptMs} ms`)),
      perAttemptMs
    )
    const signal = AbortSignal.any([callSignal, attempt.signal])
    try {
      const response = await openResponse(url, { ...options, signal })
      const status = response.statusCode ?? 0
      if (isRetryableStatus(status)) {
        response.resume()
        throw new RetryableError(`${what} answered HTTP ${status}`, status, response)
      }
      const chunks: Buffer[] = []
      let bytes = 0
      try {
        for await (const chunk of response) {
          bytes += (chunk as Buffer).length
          if (bytes > maxBytes) {
            response.destroy()
            throw new HttpError(`${redactUrl(url)} sent more than ${maxBytes} bytes; refused.`)
          }
          chunks.push(chunk as Buffer)
        }
      } catch (error) {
        if (error instanceof HttpError) throw error
        if (signal.aborted) throw signal.reason
        throw new RetryableError(`Reading ${redactUrl(url)} failed after ${bytes} bytes (${describe(error)})`)
      }
      return { status, headers: response.headers, body: Buffer.concat(chunks) }
    } catch (error) {
      if (signal.aborted && !(error instanceof HttpError)) throw signal.reason
      throw error
    } finally {
      clearTimeout(timer)
    }
  })
}

/** GET (or another method) returning parsed JSON; a non-2xx status is an HttpError carrying the status. */
export async function fetchJson<T>(
  url: string,
  options: HttpOptions = {}
): Promise<{ data: T; headers: IncomingMessage['headers'] }> {
  const response = await fetchBuffer(url, { ...options, headers: { accept: 'application/json', ...options.headers } })
  if (response.status < 200 || response.status >= 300) {
    throw new HttpError(
      `${options.method ?? 'GET'} ${redactUrl(url)} answered HTTP ${response.status}`,
      response.status
    )
  }
  try {
    return { data: JSON.parse(response.body.toString('utf8')) as T, headers: response.headers }
  } catch {
    throw new HttpError(`${redactUrl(url)} did not return JSON`, response.status)
  }
}
