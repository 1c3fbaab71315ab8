/**
 * Hashes many files in parallel. Node hashes on the thread that calls `update`, so streaming several files from
 * one thread still uses one core; a small pool of worker threads (one per core) spreads them. Files too few or
 * too small to repay a worker's start-up are hashed in this thread with the toolkit's hashFile (poolSize).
 * The worker's source is inline so the bundle stays one file.
 */
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { hashFile, type HashAlgorithm } from './hash.js'

const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createHash } = require('node:crypto')
const { createReadStream } = require('node:fs')
parentPort.on('message', ({ id, path, algorithm }) => {
  const hash = createHash(algorithm)
  createReadStream(path, { highWaterMark: 1 << 20 })
    .on('data', chunk => hash.update(chunk))
    .on('error', error => parentPort.postMessage({ id, error: error.message }))
    .on('end', () => parentPort.postMessage({ id, digest: hash.digest('hex') }))
})
`

/**
 * Bytes a worker thread must have to hash before starting it pays off. Measured (ADR 0005): a worker takes 20-50
 * ms to start (22 ms on an idle 2-core machine, ~50 ms in `npm run bench -- cold-start`), while this thread hashes
 * SHA-256 at ~1.3 GB/s and SHA-512 at ~0.8 GB/s, so 64 MiB is 50-80 ms of hashing: below that, one thread is done
 * before a second one would have started.
 */
export const MIN_BYTES_PER_THREAD = 64 * 1024 * 1024

/**
 * How many threads hash files of these sizes: 1 means in this thread, no worker. At most `threads`, at most one
 * per file, and at most one per MIN_BYTES_PER_THREAD of the total, so a few small files never start a worker.
 */
export function poolSize(sizes: readonly number[], threads: number, minBytesPerThread = MIN_BYTES_PER_THREAD): number {
  const total = sizes.reduce((sum, size) => sum + size, 0)
  const bySize = Math.floor(total / Math.max(1, minBytesPerThread))
  return Math.max(1, Math.min(Math.floor(threads), sizes.length, bySize))
}

export interface HashFilesOptions {
  /** Overrides MIN_BYTES_PER_THREAD (tests use 1 to exercise the workers with small files). */
  minBytesPerThread?: number
}

interface WorkerReply {
  id: number
  digest?: string
  error?: string
}

/** Digests in the order of `paths`. */
export async function hashFiles(
  paths: readonly string[],
  algorithm: HashAlgorithm,
  threads = availableParallelism(),
  options: HashFilesOptions = {}
): Promise<string[]> {
  if (paths.length === 0) return []
  const sizes = paths.length === 1 ? [0] : await Promise.all(paths.map(async path => (await stat(path)).size))
  const size = poolSize(sizes, threads, options.minBytesPerThread)
  if (size === 1) {
    const digests: string[] = []
    for (const path of paths) digests.push(await hashFile(path, algorithm))
    return digests
  }
  // Largest first, so one big file does not start last and leave the other threads idle at the end.
  const queue = paths.map((_, i) => i).sort((a, b) => (sizes[b] as number) - (sizes[a] as number))
  const digests: string[] = new Array<string>(paths.length)
  const workers = Array.from({ length: size }, () => new Worker(WORKER_SOURCE, { eval: true }))
  try {
    await Promise.all(
      workers.map(
        worker =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const id = queue.shift()
              if (id === undefined) return resolve()
              worker.postMessage({ id, path: paths[id], algorithm })
            }
            worker.on('message', (reply: WorkerReply) => {
              if (reply.error !== undefined)
                return reject(new Error(`Could not read ${paths[reply.id]}: ${reply.error}`))
              digests[reply.id] = reply.digest as string
              next()
            })
            worker.on('error', reject)
            next()
          })
      )
    )
  } finally {
    await Promise.all(workers.map(worker => worker.terminate()))
  }
  return digests
}
