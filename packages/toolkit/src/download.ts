/**
 * Verified downloads, the one verified-file block of the repository: the body (an http(s) response or a local
 * `file:` URL) is streamed to disk once while its sha256 is computed, its size is bounded while it streams (the
 * declared size, else a hard cap), a short body is detected, transient failures are retried within an overall
 * deadline, and the file appears at its final path only after size and checksum matched. A failure leaves nothing.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { UserError, errorMessage } from './errors.js'
import { HttpError, RetryableError, isRetryableStatus, openResponse, withRetries, type HttpOptions } from './http.js'
import { redactUrl } from './redact-url.js'
import { log } from './runner.js'

export interface DownloadOptions extends HttpOptions {
  /** Expected sha256 (hex). Without it the caller gets the computed digest and must decide. */
  sha256?: string
  /** Expected size in bytes: the transfer is aborted as soon as it goes past it. */
  size?: number
  /** Hard cap in bytes when no size is declared (default 4 GiB). */
  maxBytes?: number
}

export interface Download {
  path: string
  sha256: string
  bytes: number
}

export class ChecksumError extends UserError {}

/** The size error: never retried (the server sends more than it should). */
export class SizeError extends UserError {}

export const DEFAULT_DOWNLOAD_CAP = 4 * 1024 ** 3
const DEFAULT_DOWNLOAD_DEADLINE_MS = 30 * 60 * 1000

/**
 * The file name a URL may give a download: its last path segment, URL-decoded, reduced to a plain base name (a
 * decoded `/` or `\` can never reach the file system as a separator). Refused when nothing usable is left.
 */
export function downloadFileName(url: string): string {
  let segment: string
  try {
    segment = new URL(url).pathname.split('/').pop() ?? ''
  } catch {
    throw new UserError(`Not a URL: ${redactUrl(url)}`)
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    decoded = segment
  }
  const name = decoded.split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  if (name === '' || name === '.' || name === '..' || /[\u0000-\u001f:]/.test(name) || name.length > 200) {
    throw new UserError(`${redactUrl(url)} does not end in a usable file name (got '${segment}').`)
  }
  return name
}

export async function downloadFile(url: string, destination: string, options: DownloadOptions = {}): Promise<Download> {
  await mkdir(dirname(destination), { recursive: true })
  const partial = `${destination}.partial-${process.pid}`
  const shown = redactUrl(url)
  try {
    const result = await withRetries(
      { ...options, deadlineMs: options.deadlineMs ?? DEFAULT_DOWNLOAD_DEADLINE_MS, url },
      (_n, signal) => fetchOnce(url, partial, { ...options, signal }),
      (error, wait) => log.info(`Download of ${shown} failed (${error.message}); retrying in ${wait} ms`)
    )
    if (options.size !== undefined && result.bytes !== options.size) {
      throw new ChecksumError(
        `${shown}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`
      )
    }
    if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
      throw new ChecksumError(
        `${shown}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`
      )
    }
    await rename(partial, destination)
    return { ...result, path: destination }
  } finally {
    await rm(partial, { force: true })
  }
}

async function openSource(
  url: string,
  options: DownloadOptions
): Promise<{ body: AsyncIterable<Buffer>; length?: number }> {
  if (url.startsWith('file:')) {
    const path = fileURLToPath(url)
    const stream = createReadStream(path, { highWaterMark: 1 << 20 })
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject)).catch(
      (error: NodeJS.ErrnoException) => {
        throw new UserError(`Cannot read ${redactUrl(url)}: ${error.code ?? error.message}`)
      }
    )
    return { body: stream }
  }
  const response = await openResponse(url, options)
  const status = response.statusCode ?? 0
  if (status !== 200) {
    response.resume()
    const message = `GET ${redactUrl(url)} answered HTTP ${status}`
    if (isRetryableStatus(status)) throw new RetryableError(message, status, response)
    throw new HttpError(message, status)
  }
  const length = Number(response.headers['content-length'] ?? NaN)
  return { body: response, length: Number.isFinite(length) ? length : undefined }
}

async function fetchOnce(url: string, path: string, options: DownloadOptions): Promise<Download> {
  const shown = redactUrl(url)
  const limit = options.size ?? options.maxBytes ?? DEFAULT_DOWNLOAD_CAP
  const limitName = options.size !== undefined ? 'its declared size' : 'the download cap'
  const { body, length } = await openSource(url, options)
  if (length !== undefined && length > limit) {
    ;(body as { destroy?: () => void }).destroy?.()
    throw new SizeError(
      `${shown} announces ${length} bytes, more than ${limitName} (${limit} bytes). Nothing was installed.`
    )
  }
  // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
  const [{ createHash }, { pipeline }] = await Promise.all([import('node:crypto'), import('node:stream/promises')])
  const hash = createHash('sha256')
  let bytes = 0
  async function* tap(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      bytes += chunk.length
      if (bytes > limit) {
        throw new SizeError(`${shown} sent more than ${limitName} (${limit} bytes); aborted. Nothing was installed.`)
      }
      hash.update(chunk)
      yield chunk
    }
  }
  try {
    await pipeline(body, tap, createWriteStream(path))
  } catch (error) {
    if (error instanceof UserError || options.signal?.aborted) throw error
    throw new RetryableError(`Download of ${shown} was aborted after ${bytes} bytes (${errorMessage(error)})`)
  }
  if (length !== undefined && bytes !== length) {
    throw new RetryableError(`Download of ${shown} was truncated: ${bytes} of ${length} bytes`)
  }
  return { path, sha256: hash.digest('hex'), bytes }
}
