/**
 * sign-artifacts checksums over 1 GiB, against `sha256sum` in the same run: one 1 GiB file, and 64 files of
 * 16 MiB (sha256sum run over them one after another, as a release script does). Goals from issue #8: at least
 * 0.9x sha256sum's throughput on the big file; faster than sha256sum on many files (parallel hashing).
 * Also the cold start of the bundle on an input error, against `node -e 0`.
 */
import { mkdirSync, mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashFiles } from '../packages/toolkit/src/hash-pool.js'
import { nodeBaselineMs, timeAsync, timeCommand, type BenchRow } from './support.js'

const MiB = 1 << 20

function writeRandom(path: string, bytes: number): void {
  const chunk = randomFillSync(Buffer.alloc(8 * MiB))
  const fd = openSync(path, 'w')
  for (let written = 0; written < bytes; written += chunk.length)
    writeSync(fd, chunk, 0, Math.min(chunk.length, bytes - written))
  closeSync(fd)
}

export default async (): Promise<BenchRow[]> => {
  const dir = mkdtempSync(join(tmpdir(), 'sign-artifacts-bench-'))
  try {
    const big = join(dir, 'big.bin')
    writeRandom(big, 1024 * MiB)
    const manyDir = join(dir, 'many')
    mkdirSync(manyDir)
    const many = Array.from({ length: 64 }, (_, i) => join(manyDir, `f${i}.bin`))
    for (const file of many) writeRandom(file, 16 * MiB)

    const runs = 3
    const sumBig = timeCommand('sha256sum', [big], { runs })
    const oursBig = await timeAsync(() => hashFiles([big], 'sha256'), runs)
    const sumMany = timeCommand('sha256sum', many, { runs })
    const oursMany = await timeAsync(() => hashFiles(many, 'sha256'), runs)
    const gib = (ms: number) => 1000 / ms // GiB/s for 1 GiB
    const ratioBig = sumBig / oursBig
    const ratioMany = sumMany / oursMany

    const baseline = nodeBaselineMs()
    const bundle = join(process.cwd(), 'dist/sign-artifacts/index.js')
    const cold = timeCommand(process.execPath, [bundle], {
      env: { ...process.env, INPUT_CHECKSUMS: 'md5', INPUT_FILES: 'x' }
    })
    return [
      { name: 'sha256sum, one 1 GiB file', value: gib(sumBig), unit: 'GiB/s' },
      { name: 'sign-artifacts checksums, one 1 GiB file', value: gib(oursBig), unit: 'GiB/s' },
      {
        name: 'throughput vs sha256sum, one 1 GiB file',
        value: ratioBig,
        unit: 'x',
        goal: '>= 0.9x',
        ok: ratioBig >= 0.9
      },
      { name: 'sha256sum, 64 x 16 MiB', value: sumMany, unit: 'ms' },
      { name: 'sign-artifacts checksums, 64 x 16 MiB (parallel)', value: oursMany, unit: 'ms' },
      { name: 'speed-up vs sha256sum, 64 x 16 MiB', value: ratioMany, unit: 'x', goal: '> 1x', ok: ratioMany > 1 },
      {
        name: 'cold start on an input error vs node -e 0',
        value: cold / baseline,
        unit: 'x',
        goal: '<= 1.5x',
        ok: cold / baseline <= 1.5
      }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
