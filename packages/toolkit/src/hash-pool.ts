/**
 * Hashes many files in parallel. Node hashes on the thread that calls `update`, so streaming several files from
 * one thread still uses one core; a small pool of worker threads (one per core) spreads them. A single file is
 * hashed in this thread with the toolkit's hashFile: starting a worker would only add its start-up time.
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

interface WorkerReply {
  id: number
  digest?: string
  error?: string
}

/** Digests in the order of `paths`. */
export async function hashFiles(
  paths: readonly string[],
  algorithm: HashAlgorithm,
  threads = availableParallelism()
): Promise<string[]> {
  if (paths.length === 0) return []
  const poolSize = Math.max(1, Math.min(threads, paths.length))
  if (poolSize === 1) {
    const digests: string[] = []
    for (const path of paths) digests.push(await hashFile(path, algorithm))
    return digests
  }
  // Largest first, so one big file does not start last and leave the other threads idle at the end.
  const sizes = await Promise.all(paths.map(async path => (await stat(path)).size))
  const queue = paths.map((_, i) => i).sort((a, b) => (sizes[b] as number) - (sizes[a] as number))
  const digests: string[] = new Array<string>(paths.length)
  const workers = Array.from({ length: poolSize }, () => new Worker(WORKER_SOURCE, { eval: true }))
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
