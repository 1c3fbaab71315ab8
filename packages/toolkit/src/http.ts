/**
 * HTTP with the retry policy every action shares: 5xx, 429 and connection errors are retried with exponential
 * backoff (honouring Retry-After up to a cap), redirects are followed, a stalled connection times out, and
 * https_proxy / http_proxy / no_proxy are honoured (proxy.ts). Built on node:http(s) directly so that no HTTP
 * library sits on an action's start-up path.
 */
import type { ClientRequest, IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { UserError } from './errors.js'
import { proxyAuthorization, proxyFor } from './proxy.js'

export interface HttpOptions {
  method?: string
  headers?: Record<string, string>
  body?: string
  /** Milliseconds without any data before the attempt is abandoned (default 30 s). */
  timeoutMs?: number
  /** Retries after the first attempt (default 4). */
  retries?: number
  /** First backoff delay in ms, doubled each retry (default 1000). */
  retryDelayMs?: number
  /** Longest wait honoured from a Retry-After header (default 30 s). */
  maxRetryAfterMs?: number
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

const MAX_REDIRECTS = 5

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500
}

/** Opens a response, following redirects; the caller consumes the body. Not retried here. */
export async function openResponse(url: string, options: HttpOptions = {}, redirects = 0): Promise<IncomingMessage> {
  const target = new URL(url)
  const timeoutMs = options.timeoutMs ?? 30000
  const request = await startRequest(target, options, timeoutMs)
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    request.on('response', resolve)
    request.setTimeout(timeoutMs, () =>
      request.destroy(new RetryableError(`No response from ${target.host} in ${timeoutMs} ms`))
    )
    request.on('error', reject)
    request.end(options.body)
  })
  const location = response.headers.location
  if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
    response.resume()
    if (redirects >= MAX_REDIRECTS) throw new HttpError(`Too many redirects from ${url}`)
    const next = new URL(location, target)
    // Credentials never follow a redirect to another host (release assets redirect to a storage host).
    const headers = { ...options.headers }
    if (next.host !== target.host) {
      delete headers.authorization
      delete headers.Authorization
    }
    return openResponse(next.toString(), { ...options, headers }, redirects + 1)
  }
  response.setTimeout(timeoutMs, () =>
    response.destroy(new RetryableError(`Download from ${target.host} stalled for ${timeoutMs} ms`))
  )
  return response
}

/** The request for `target`: direct, through an HTTP proxy (plain HTTP), or over a CONNECT tunnel (HTTPS). */
async function startRequest(target: URL, options: HttpOptions, timeoutMs: number): Promise<ClientRequest> {
  const method = options.method ?? 'GET'
  const http = await import('node:http')
  const proxy = proxyFor(target)
  if (!proxy) {
    const client = target.protocol === 'http:' ? http : await import('node:https')
    return client.request(target, { method, headers: options.headers })
  }
  if (target.protocol === 'http:') {
    // The request line carries the whole URL; the proxy forwards it.
    const headers = { ...options.headers, host: target.host, ...proxyAuthorization(proxy) }
    return http.request({ host: proxy.hostname, port: proxy.port || 80, path: target.href, method, headers })
  }
  // TLS runs end to end inside the tunnel: the proxy sees only the host name and port, never the request.
  const socket = await openTunnel(http, proxy, target, timeoutMs)
  const [https, tls, net] = await Promise.all([import('node:https'), import('node:tls'), import('node:net')])
  const servername = net.isIP(target.hostname.replace(/^\[|\]$/g, '')) ? undefined : target.hostname
  // No agent: with `createConnection` and no agent, the request runs over the TLS socket made here.
  return https.request(target, {
    method,
    headers: options.headers,
    createConnection: () => tls.connect({ socket, servername })
  })
}

function openTunnel(http: typeof import('node:http'), proxy: URL, target: URL, timeoutMs: number): Promise<Socket> {
  const authority = `${target.hostname}:${target.port || 443}`
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: proxy.hostname,
      port: proxy.port || 80,
      method: 'CONNECT',
      path: authority,
      headers: { host: authority, ...proxyAuthorization(proxy) }
    })
    request.on('connect', (response: IncomingMessage, socket: Socket) => {
      socket.setTimeout(0)
      if (response.statusCode === 200) return resolve(socket)
      socket.destroy()
      const status = response.statusCode ?? 0
      const message = `Proxy ${proxy.host} refused a tunnel to ${authority}: HTTP ${status}`
      reject(isRetryableStatus(status) ? new RetryableError(message, status) : new HttpError(message, status))
    })
    request.setTimeout(timeoutMs, () =>
      request.destroy(new RetryableError(`Proxy ${proxy.host} did not answer in ${timeoutMs} ms`))
    )
    request.on('error', reject)
    request.end()
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms))
}

function retryAfterMs(response: IncomingMessage | undefined, fallback: number, cap: number): number {
  const header = response?.headers['retry-after']
  const seconds = header !== undefined ? Number(header) : NaN
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, cap) : fallback
}

/**
 * Runs `attempt` until it succeeds, retrying what is worth retrying: a RetryableError (5xx, 429, a stall, a
 * truncated body) or a connection error. Anything else stops at once.
 */

export async function withRetries<T>(
  options: HttpOptions,
  attempt: (n: number) => Promise<T>,
  onRetry?: (error: Error, delayMs: number) => void
): Promise<T> {
  const retries = options.retries ?? 4
  let delay = options.retryDelayMs ?? 1000
  for (let n = 0; ; n++) {
    try {
      return await attempt(n)
    } catch (error) {
      const transient = error instanceof RetryableError || isConnectionError(error)
      if (!transient) throw error
      if (n >= retries) {
        if (error instanceof HttpError) throw error
        throw new HttpError(`Connection failed after ${n + 1} attempts: ${(error as Error).message}`)
      }
      const wait = retryAfterMs((error as RetryableError).response, delay, options.maxRetryAfterMs ?? 30000)
      onRetry?.(error as Error, wait)
      await sleep(wait)
      delay *= 2
    }
  }
}

export function isConnectionError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  return ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED'].includes(code)
}

export interface HttpResponse {
  status: number
  headers: IncomingMessage['headers']
  body: Buffer
}

/** A whole (small) response body, with retries. 4xx other than 408/429 are returned for the caller to judge. */
export function fetchBuffer(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  return withRetries(options, async () => {
    const response = await openResponse(url, options)
    const status = response.statusCode ?? 0
    if (isRetryableStatus(status)) {
      response.resume()
      throw new RetryableError(`${options.method ?? 'GET'} ${url} answered HTTP ${status}`, status, response)
    }
    const chunks: Buffer[] = []
    for await (const chunk of response) chunks.push(chunk as Buffer)
    return { status, headers: response.headers, body: Buffer.concat(chunks) }
  })
}

/** GET (or another method) returning parsed JSON; a non-2xx status is an HttpError carrying the status. */
export async function fetchJson<T>(
  url: string,
  options: HttpOptions = {}
): Promise<{ data: T; headers: IncomingMessage['headers'] }> {
  const response = await fetchBuffer(url, { ...options, headers: { accept: 'application/json', ...options.headers } })
  if (response.status < 200 || response.status >= 300) {
    throw new HttpError(`${options.method ?? 'GET'} ${url} answered HTTP ${response.status}`, response.status)
  }
  try {
    return { data: JSON.parse(response.body.toString('utf8')) as T, headers: response.headers }
  } catch {
    throw new HttpError(`${url} did not return JSON`, response.status)
  }
}
