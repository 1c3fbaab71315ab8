// Prints the coverage of the last `npm run test:coverage` (coverage/coverage-summary.json): the whole, then each
// part of the repository. A report, not a gate: there is no threshold.
import { readFileSync } from 'node:fs'
import { join, relative, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const summary = JSON.parse(readFileSync(join(root, 'coverage', 'coverage-summary.json'), 'utf8'))

const parts = new Map()
for (const [file, figures] of Object.entries(summary)) {
  if (file === 'total') continue
  const [top, name] = relative(root, file).split(/[\\/]/)
  const part = top === 'cli' ? 'cli' : `${top}/${name}`
  const sum = parts.get(part) ?? { covered: 0, total: 0 }
  sum.covered += figures.lines.covered
  sum.total += figures.lines.total
  parts.set(part, sum)
}
const pct = (covered, total) => (total === 0 ? '—' : `${((100 * covered) / total).toFixed(1)}%`)
const { lines, branches, functions } = summary.total
console.log(
  `Coverage (in-process tests): lines ${pct(lines.covered, lines.total)}, branches ` +
    `${pct(branches.covered, branches.total)}, functions ${pct(functions.covered, functions.total)}`
)
for (const [part, { covered, total }] of [...parts].sort())
  console.log(`  ${part.padEnd(32)} ${pct(covered, total).padStart(6)} of ${total} lines`)
