// The real matrices, cell for cell: each project's recorded workflow (test/fixtures/real-projects, commit in
// SOURCE.json) is parsed, its `strategy.matrix` expanded GitHub's way, and every cell's effective values (what
// the job reads through its own expressions: `${{ matrix.runner || 'ubuntu-latest' }}`, the job's container
// image) are compared with the cells build-matrix makes from the project's spec (test/consumers/<p>/ci-matrix.yml).
// No expected cell is written here. Each spec must also be at most a third of the lines of the matrix it replaces.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { checkSpecShape } from '../../actions/build-matrix/spec-schema.js'
import { parseSpecDocument } from '../../actions/build-matrix/spec-document.js'
import { expandMatrix } from '../../actions/build-matrix/expand.js'
import { CELL_KEYS } from '../../actions/build-matrix/cells.js'
import { repoRoot } from '../support/run-bundle.js'

type Cell = Record<string, unknown>

/** GitHub's expansion of strategy.matrix: product of the axes, exclude, then include (extend or add). */
export function expandGitHubMatrix(matrix: Record<string, unknown>): Cell[] {
  const { include = [], exclude = [], ...axes } = matrix as { include?: Cell[]; exclude?: Cell[] } & Cell
  const axisNames = Object.keys(axes)
  let cells: Cell[] = axisNames.length ? [{}] : []
  for (const name of axisNames) cells = cells.flatMap(c => (axes[name] as unknown[]).map(v => ({ ...c, [name]: v })))
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  cells = cells.filter(c => !exclude.some(e => Object.entries(e).every(([k, v]) => same(c[k], v))))
  const originals = cells.map(c => ({ ...c }))
  const added: Cell[] = []
  for (const entry of include) {
    let matched = false
    cells.forEach((cell, i) => {
      const original = originals[i]!
      if (Object.entries(entry).every(([k, v]) => !(k in original) || same(original[k], v))) {
        Object.assign(cell, entry)
        matched = true
      }
    })
    if (!matched) added.push({ ...entry })
  }
  return [...cells, ...added]
}

/** Evaluates the `${{ … }}` parts of a workflow value for a cell: `matrix.x`, quoted literals, numbers, `||`. */
function evaluate(template: string, cell: Cell, used: Set<string>): string {
  return template.replace(/\$\{\{([^}]*)\}\}/g, (_m, expr: string) => {
    for (const part of expr.split('||').map(p => p.trim())) {
      const ref = /^matrix\.([A-Za-z0-9_-]+)$/.exec(part)
      if (ref) {
        used.add(ref[1]!)
        const value = cell[ref[1]!]
        if (value !== undefined && value !== '' && value !== null && value !== false) return String(value)
        continue
      }
      const literal = /^'(.*)'$/.exec(part)
      if (literal) return literal[1]!
      if (/^[0-9.]+$/.test(part)) return part
      throw new Error(`unsupported expression part: ${part}`)
    }
    return ''
  })
}

interface Target {
  project: string
  workflow: string
  jobs: string[]
  /**
   * Where each compared cell value comes from in the job: a template over the job (`with.runner`, `container.image`,
   * `runs-on`, `env.CC`) and, for a value the project's own scripts default when the job leaves it empty, that default.
   */
  fields: Record<string, { from: string; whenEmpty?: string }>
}

const TARGETS: Target[] = [
  {
    project: 'openimageio',
    workflow: 'ci.yml',
    jobs: ['linux-aswf', 'linux-ubuntu'],
    fields: {
      'runs-on': { from: 'with.runner' },
      container: { from: 'with.container' },
      // src/build-scripts/ci-startup.bash (same commit): export CC=${CC:=gcc} CXX=${CXX:=g++}
      cc: { from: 'with.cc_compiler', whenEmpty: 'gcc' },
      cxx: { from: 'with.cxx_compiler', whenEmpty: 'g++' },
      'cxx-standard': { from: 'with.cxx_std' },
      'python-version': { from: 'with.python_ver' },
      'build-type': { from: 'with.build_type' }
    }
  }
]

function at(job: Record<string, unknown>, path: string): string {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], job)
  return value === undefined ? '' : String(value)
}

/** The real cells of the target's jobs, as the job sees them: compared fields plus the cell's other keys. */
function realCells(target: Target): Cell[] {
  const workflow = parse(
    readFileSync(join(repoRoot, 'test/fixtures/real-projects', target.project, target.workflow), 'utf8')
  )
  return target.jobs.flatMap(name => {
    const job = workflow.jobs[name] as Record<string, unknown>
    return expandGitHubMatrix((job.strategy as { matrix: Cell }).matrix).map(cell => {
      const used = new Set<string>()
      const out: Cell = {}
      for (const [key, { from, whenEmpty }] of Object.entries(target.fields)) {
        out[key] = evaluate(at(job, from), cell, used) || whenEmpty || ''
      }
      for (const [key, value] of Object.entries(cell)) if (!used.has(key)) out[key] = value
      return out
    })
  })
}

/** The spec's cells, the same keys: compared fields as text, free keys as they are. */
function specCells(target: Target): Cell[] {
  const text = readFileSync(join(repoRoot, 'test/consumers', target.project, 'ci-matrix.yml'), 'utf8')
  const shape = checkSpecShape(parseSpecDocument(text).value)
  expect(shape.problems).toEqual([])
  const expansion = expandMatrix(shape.spec!)
  expect(expansion.problems.filter(p => p.severity === 'error')).toEqual([])
  const fixed = new Set<string>(CELL_KEYS)
  return expansion.cells.map(cell => {
    const out: Cell = {}
    for (const key of Object.keys(target.fields)) out[key] = String(cell[key])
    for (const [key, value] of Object.entries(cell)) if (!fixed.has(key)) out[key] = value
    return out
  })
}

/** Non-blank, non-comment lines of a YAML text. */
const countLines = (text: string) => text.split('\n').filter(l => l.trim() !== '' && !l.trim().startsWith('#')).length

/** The lines of each job's `matrix:` block in the workflow text (from `matrix:` to the end of its indentation). */
function matrixLines(target: Target): number {
  const lines = readFileSync(
    join(repoRoot, 'test/fixtures/real-projects', target.project, target.workflow),
    'utf8'
  ).split('\n')
  let total = 0
  for (const job of target.jobs) {
    const start = lines.findIndex(l => l === `  ${job}:`)
    const matrix = lines.findIndex((l, i) => i > start && /^\s+matrix:\s*$/.test(l))
    const indent = lines[matrix]!.search(/\S/)
    let end = matrix + 1
    while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.search(/\S/) > indent)) end++
    total += countLines(lines.slice(matrix, end).join('\n'))
  }
  return total
}

const byText = (cells: Cell[]) => cells.map(c => JSON.stringify(c, Object.keys(c).sort())).sort()

describe.each(TARGETS)('the real matrix of $project ($workflow: $jobs)', target => {
  test('build-matrix gives the same cells from the spec', () => {
    const real = realCells(target)
    expect(real.length).toBeGreaterThan(1)
    expect(byText(specCells(target))).toEqual(byText(real))
  })

  test('the spec is at most a third of the lines of the real matrix', () => {
    const spec = countLines(readFileSync(join(repoRoot, 'test/consumers', target.project, 'ci-matrix.yml'), 'utf8'))
    expect(spec * 3).toBeLessThanOrEqual(matrixLines(target))
  })
})

describe('expandGitHubMatrix (the reference the comparison uses)', () => {
  test('extends matching cells, never an original value, and adds what matches nothing (GitHub docs example)', () => {
    const cells = expandGitHubMatrix({
      fruit: ['apple', 'pear'],
      animal: ['cat', 'dog'],
      include: [
        { color: 'green' },
        { color: 'pink', animal: 'cat' },
        { fruit: 'apple', shape: 'circle' },
        { fruit: 'banana' },
        { fruit: 'banana', animal: 'cat' }
      ]
    })
    expect(cells).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' }
    ])
  })
})
