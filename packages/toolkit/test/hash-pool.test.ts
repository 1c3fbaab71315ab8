import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashFile } from '../src/hash.js'
import { MIN_BYTES_PER_THREAD, hashFiles, poolSize } from '../src/hash-pool.js'

const dir = mkdtempSync(join(tmpdir(), 'hash-pool-'))
// Different sizes so the largest-first queue reorders them; results must still come back in input order.
const files = [1, 300_000, 17, 2_000_000, 0, 65_536].map((size, i) => {
  const path = join(dir, `f${i}`)
  writeFileSync(path, randomBytes(size))
  return path
})

describe('hashFiles', () => {
  test.each(['sha256', 'sha512'] as const)(
    '%s digests in input order, equal to hashFile, with several threads',
    async algorithm => {
      const expected = await Promise.all(files.map(f => hashFile(f, algorithm)))
      expect(await hashFiles(files, algorithm, 3, { minBytesPerThread: 1 })).toEqual(expected) // 3 workers
      expect(await hashFiles(files, algorithm, 3)).toEqual(expected) // small files: in this thread
      expect(await hashFiles(files, algorithm, 1)).toEqual(expected)
    }
  )

  test('a missing file is an error, not a wrong digest', async () => {
    const paths = [files[0] as string, join(dir, 'missing')]
    await expect(hashFiles(paths, 'sha256', 2, { minBytesPerThread: 1 })).rejects.toThrow()
    await expect(hashFiles(paths, 'sha256', 2)).rejects.toThrow()
  })

  const MiB = 1024 * 1024
  const limit = MIN_BYTES_PER_THREAD
  test.each([
    ['two 1-byte files (the cold-start bench)', [1, 1], 8, 1],
    ['many small files, together below the limit', Array(100).fill(MiB / 2), 8, 1],
    ['one file, however large', [10 * limit], 8, 1],
    ['two files of the limit', [limit, limit], 8, 2],
    ['total of 2.5 limits over 8 files: two threads', Array(8).fill((2.5 * limit) / 8), 8, 2],
    ['large files, fewer threads than files', [limit, limit, limit, limit], 3, 3],
    ['large files, one thread allowed', [limit, limit], 1, 1],
    ['no threads asked: still one', [limit, limit], 0, 1]
  ])('poolSize: %s', (_name, sizes, threads, expected) => {
    expect(poolSize(sizes as number[], threads as number)).toBe(expected)
  })

  test('no files, no work', async () => {
    expect(await hashFiles([], 'sha256')).toEqual([])
  })
})
