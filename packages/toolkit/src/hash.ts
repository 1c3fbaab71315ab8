/** Streaming file hashes: one read of the file, constant memory. Many files at once: hash-pool.ts (worker threads). */
import { createReadStream } from 'node:fs'

export type HashAlgorithm = 'sha256' | 'sha512'

export async function hashFile(path: string, algorithm: HashAlgorithm = 'sha256'): Promise<string> {
  // Loaded on first use: node:crypto costs every action's start-up ~7 ms, and most runs never hash.
  const { createHash } = await import('node:crypto')
  return new Promise((resolve, reject) => {
    const hash = createHash(algorithm)
    createReadStream(path, { highWaterMark: 1 << 20 })
      .on('data', chunk => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')))
  })
}

export function isSha256(value: string): boolean {
  return /^[0-9a-f]{64}$/i.test(value)
}
