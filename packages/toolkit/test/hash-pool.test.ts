import { describe, expect, test } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashFile } from '../src/hash.js'
import { hashFiles } from '../src/hash-pool.js'

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
      expect(await hashFiles(files, algorithm, 3)).toEqual(expected)
      expect(await hashFiles(files, algorithm, 1)).toEqual(expected)
    }
  )

  test('a missing file is an error, not a wrong digest', async () => {
    await expect(hashFiles([files[0] as string, join(dir, 'missing')], 'sha256', 2)).rejects.toThrow()
  })

  test('no files, no work', async () => {
    expect(await hashFiles([], 'sha256')).toEqual([])
  })
})
