/**
 * Verified downloads: the body is streamed to disk once while its sha256 is computed, a short body is detected
 * against Content-Length, transient failures are retried, and the file appears at its final path only after the
 * checksum matched. A mismatch leaves nothing behind.
 */
import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import { UserError } from './errors.js'
import { HttpError, RetryableError, isRetryableStatus, openResponse, withRetries, type HttpOptions } from './http.js'
import { log } from './runner.js'

export interface DownloadOptions extends HttpOptions {
  /** Expected sha256 (hex). Without it the caller gets the computed digest and must decide. */
  sha256?: string
  /** Expected size in bytes, checked as well when given. */
  size?: number
}

export interface Download {
  path: string
  sha256: string
  bytes: number
}

export class ChecksumError extends UserError {}

export async function downloadFile(url: string, destination: string, options: DownloadOptions = {}): Promise<Download> {
  await mkdir(dirname(destination), { recursive: true })
  const partial = `${destination}.partial-${process.pid}`
  try {
    const result = await withRetries(
      options,
      () => fetchOnce(url, partial, options),
      (error, wait) => log.info(`Download of ${url} failed (${error.message}); retrying in ${wait} ms`)
    )
    if (options.size !== undefined && result.bytes !== options.size) {
      throw new ChecksumError(
        `${url}: expected ${options.size} bytes, received ${result.bytes}. Nothing was installed.`
      )
    }
    if (options.sha256 !== undefined && result.sha256 !== options.sha256.toLowerCase()) {
      throw new ChecksumError(
        `${url}: sha256 mismatch, expected ${options.sha256.toLowerCase()}, got ${result.sha256}. Nothing was installed.`
      )
    }
    await rename(partial, destination)
    return { ...result, path: destination }
  } finally {
    await rm(partial, { force: true })
  }
}

async function fetchOnce(url: string, path: string, options: DownloadOptions): Promise<Download> {
  const response = await openResponse(url, options)
  const status = response.statusCode ?? 0
  if (status !== 200) {
    response.resume()
    const message = `GET ${url} answered HTTP ${status}`
    if (isRetryableStatus(status)) throw new RetryableError(message, status, response)
    throw new HttpError(message, status)
  }
  const expected = Number(response.headers['content-length'] ?? NaN)
  // Loaded on first use, not at start-up: node:crypto and the stream helpers cost every action ~10 ms to load.
  const [{ createHash }, { pipeline }] = await Promise.all([import('node:crypto'), import('node:stream/promises')])
  const hash = createHash('sha256')
  let bytes = 0
  async function* tap(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      hash.update(chunk)
      bytes += chunk.length
      yield chunk
    }
  }
  try {
    await pipeline(response, tap, createWriteStream(path))
  } catch (error) {
    throw new RetryableError(`Download of ${url} was aborted after ${bytes} bytes (${(error as Error).message})`)
  }
  if (Number.isFinite(expected) && bytes !== expected) {
    throw new RetryableError(`Download of ${url} was truncated: ${bytes} of ${expected} bytes`)
  }
  return { path, sha256: hash.digest('hex'), bytes }
}
