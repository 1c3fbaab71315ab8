// `npm run bench`: compiles the benchmarks (bench/*.bench.ts) with tsc and runs each; every benchmark module's
// default export returns rows { name, value, unit, goal?, ok? }. `npm run bench -- matrix` runs only files whose
// name contains "matrix". Numbers live here, never in timed tests.
import { execFileSync } from 'node:child_process'
import { readdirSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.tmp/bench-build')
rmSync(out, { recursive: true, force: true })
// Type errors are `npm run typecheck`'s business; tsc still emits, so one bad file cannot stop every benchmark.
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.bench.json')],
    {
      stdio: ['ignore', 'ignore', 'inherit']
    }
  )
} catch {
  console.error('tsc reported type errors (see npm run typecheck); running the benchmarks anyway')
}

const filter = process.argv.slice(2)
const files = readdirSync(join(root, 'bench'))
  .filter(f => f.endsWith('.bench.ts'))
  .filter(f => filter.length === 0 || filter.some(word => f.includes(word)))
  .sort()

const rows = []
for (const file of files) {
  const module = await import(pathToFileURL(join(out, 'bench', file.replace(/\.ts$/, '.js'))).href)
  const started = Date.now()
  const result = await module.default()
  for (const row of result) rows.push({ bench: file.replace('.bench.ts', ''), ...row })
  console.error(`${file}: ${Date.now() - started} ms`)
}

const format = v => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1))
console.log('\n| benchmark | measurement | value | goal | met |')
console.log('| --- | --- | --- | --- | --- |')
for (const row of rows) {
  const met = row.ok === undefined ? '' : row.ok ? 'yes' : 'NO'
  console.log(`| ${row.bench} | ${row.name} | ${format(row.value)} ${row.unit} | ${row.goal ?? ''} | ${met} |`)
}
