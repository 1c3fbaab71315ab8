/**
 * sign-artifacts checksums over 1 GiB, against `sha256sum` in the same run: one 1 GiB file, and 64 files of
 * 16 MiB (sha256sum run over them one after another, as a release script does). Goals: at least
 * 0.9x sha256sum's throughput on the big file; faster than sha256sum on many files (parallel hashing).
 * Start-up of the bundle against `node -e 0` (within +200 ms, docs/adr/0005) on an input error and on a typical run
 * (three files selected with @actions/glob, checksums written); and the whole action over a 20,000-file tree
 * (a recursive tar.gz pattern selecting 100), against `find` walking the same tree.
 */
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { randomFillSync } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hashFiles } from '../packages/toolkit/src/hash-pool.js'
import { nodeBaselineMs, runnerEnvironment, timeAsync, timeCommand, type BenchRow } from './support.js'

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
    const runner = runnerEnvironment('sign-artifacts-bench-run')
    const workspace = join(runner.dir, 'workspace')
    mkdirSync(join(workspace, 'dist'), { recursive: true })
    for (const name of ['a', 'b', 'c']) writeFileSync(join(workspace, 'dist', `${name}.tar.gz`), name.repeat(1000))
    const actionEnv = (files: string) => ({
      ...process.env,
      ...runner.env,
      GITHUB_WORKSPACE: workspace,
      INPUT_FILES: files,
      INPUT_SIGSTORE: 'false',
      INPUT_CHECKSUMS: 'sha256'
    })
    const typical = timeCommand(process.execPath, [bundle], { env: actionEnv('dist/*.tar.gz'), cwd: workspace })
    const tree = join(workspace, 'tree')
    for (let d = 0; d < 200; d++) {
      mkdirSync(join(tree, `d${d}`, 'sub'), { recursive: true })
      for (let f = 0; f < 100; f++)
        writeFileSync(join(tree, `d${d}`, f % 2 ? 'sub' : '', `f${f}.${d % 2 === 0 && f === 0 ? 'tar.gz' : 'o'}`), '')
    }
    const whole = timeCommand(process.execPath, [bundle], {
      env: actionEnv('tree/**/*.tar.gz'),
      cwd: workspace,
      runs: 5
    })
    const find = timeCommand('find', [tree, '-name', '*.tar.gz'], { runs: 5 })
    rmSync(runner.dir, { recursive: true, force: true })
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
      { name: 'node -e 0', value: baseline, unit: 'ms' },
      {
        name: 'start-up on an input error, over node -e 0',
        value: cold - baseline,
        unit: 'ms',
        goal: '<= +200 ms',
        ok: cold - baseline <= 200
      },
      {
        name: 'typical run (3 files by glob, SHA256SUMS written), over node -e 0',
        value: typical - baseline,
        unit: 'ms',
        goal: '<= +200 ms',
        ok: typical - baseline <= 200
      },
      { name: 'whole action, 20,000-file tree, **/*.tar.gz selecting 100', value: whole, unit: 'ms' },
      { name: 'find over the same tree (reference)', value: find, unit: 'ms' }
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
