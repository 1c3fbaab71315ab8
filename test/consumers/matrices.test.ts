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

/** The owner the real CI runs under: expressions on `github.repository_owner` are evaluated for it. */
const OWNER = 'AcademySoftwareFoundation'

/** A `matrix.a.b` path's value in a cell. */
const valueAt = (cell: Cell, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Cell | undefined)?.[key], cell)

/**
 * Evaluates the `${{ … }}` parts of a workflow value for a cell, the subset these workflows use: `matrix.x.y`,
 * quoted literals, numbers, `||`, `matrix.x == 'v' && 'y'` and `(github.repository_owner == 'X' && 'y')`. Paths read
 * are added to `used`.
 * A matrix value that is itself an expression is evaluated too, as GitHub does.
 */
function evaluate(template: string, cell: Cell, used: Set<string>): string {
  return template.replace(/\$\{\{(.*?)\}\}/g, (_m, expr: string) => {
    // Every matrix value an expression names is the job's, whether or not `||` reaches it.
    for (const ref of expr.matchAll(/matrix\.([A-Za-z0-9_.-]+)/g)) used.add(ref[1]!)
    for (const part of expr.split('||').map(p => p.trim())) {
      const ref = /^matrix\.([A-Za-z0-9_.-]+)$/.exec(part)
      if (ref) {
        used.add(ref[1]!)
        const value = valueAt(cell, ref[1]!.split('.'))
        if (value !== undefined && value !== '' && value !== null && value !== false && value !== 0)
          return evaluate(String(value), cell, used)
        continue
      }
      const test = /^matrix\.([A-Za-z0-9_.-]+) == '([^']*)' && '([^']*)'$/.exec(part)
      if (test) {
        used.add(test[1]!)
        if (String(valueAt(cell, test[1]!.split('.')) ?? '') === test[2]) return test[3]!
        continue
      }
      const owner = /^\(github\.repository_owner == '([^']*)' && '([^']*)'\)$/.exec(part)
      if (owner) {
        if (owner[1] === OWNER) return owner[2]!
        continue
      }
      const literal = /^'(.*)'$/.exec(part)
      if (literal) return literal[1]!
      if (/^[0-9.]+$/.test(part)) return part
      if (part === 'false') continue
      throw new Error(`unsupported expression part: ${part}`)
    }
    return ''
  })
}

type Os = 'linux' | 'macos' | 'windows'

interface Field {
  /** A path in the job (`with.runner`, `container.image`, `runs-on`, `env.CC`) or, with `${{`, a template. */
  from: string
  /** What the project's own scripts use when the job leaves the value empty. */
  whenEmpty?: string
  /** Compared as arguments: the job's text split as its shell splits it, the cell's list as it is. */
  words?: boolean
}

interface Target {
  project: string
  workflow: string
  /** The jobs whose matrix the spec replaces, with the OS they run on. */
  jobs: Record<string, Os>
  /**
   * The most lines the spec may have, as a fraction of the real matrix's (default a third). OpenVDB writes its
   * matrix in flow style already (7 cells in 11 lines, one 150-character line per cell): no spec carrying the same
   * per-cell values is a third of that, so its bound is the real matrix itself.
   */
  ratio?: number
  /** The cell values compared, per OS: where the job takes each from. Cell keys the fields read are consumed. */
  fields: Partial<Record<Os, Record<string, Field>>>
  /** The spec, when it is not test/consumers/<project>/ci-matrix.yml. */
  spec?: string
  /** False when the job reads no matrix env: build-matrix's own variables (a backend's BACKEND) are then extras. */
  env?: false
}

const BUILD_STEPS_FIELDS: Record<string, Field> = {
  'runs-on': { from: 'with.runner' },
  container: { from: 'with.container' },
  cc: { from: 'with.cc_compiler' },
  cxx: { from: 'with.cxx_compiler' },
  'cxx-standard': { from: 'with.cxx_std' },
  'python-version': { from: 'with.python_ver' },
  'build-type': { from: 'with.build_type' }
}

const TARGETS: Target[] = [
  {
    project: 'openimageio',
    workflow: 'ci.yml',
    jobs: { 'linux-aswf': 'linux', 'linux-ubuntu': 'linux' },
    fields: {
      linux: {
        ...BUILD_STEPS_FIELDS,
        // src/build-scripts/ci-startup.bash (same commit): export CC=${CC:=gcc} CXX=${CXX:=g++}
        cc: { from: 'with.cc_compiler', whenEmpty: 'gcc' },
        cxx: { from: 'with.cxx_compiler', whenEmpty: 'g++' }
      }
    }
  },
  {
    project: 'openshadinglanguage',
    workflow: 'ci.yml',
    jobs: { 'aswf-old': 'linux', linux: 'linux', macos: 'macos', windows: 'windows', 'optix-gpu': 'linux' },
    fields: {
      linux: BUILD_STEPS_FIELDS,
      macos: BUILD_STEPS_FIELDS,
      // The windows job leaves CC/CXX empty: CMake's Visual Studio generator then uses MSVC's cl.
      windows: {
        ...BUILD_STEPS_FIELDS,
        cc: { from: 'with.cc_compiler', whenEmpty: 'cl' },
        cxx: { from: 'with.cxx_compiler', whenEmpty: 'cl' }
      }
    }
  },
  {
    project: 'opencolorio',
    workflow: 'ci_workflow.yml',
    jobs: { linux: 'linux', macos: 'macos', 'macos-arm': 'macos', windows: 'windows' },
    fields: {
      linux: {
        'runs-on': { from: 'runs-on' },
        container: { from: 'container.image' },
        cc: { from: 'env.CC' },
        cxx: { from: 'env.CXX' },
        'cxx-standard': { from: '${{ matrix.cxx-standard }}' },
        'build-type': { from: '${{ matrix.build-type }}' }
      },
      ...Object.fromEntries(
        (['macos', 'windows'] as const).map(os => [
          os,
          {
            'runs-on': { from: 'runs-on' },
            container: { from: 'container.image' },
            'cxx-standard': { from: '${{ matrix.cxx-standard }}' },
            'python-version': { from: '${{ matrix.python-version }}' },
            'build-type': { from: '${{ matrix.build-type }}' }
          }
        ])
      )
    }
  },
  {
    // kokkos/kokkos: distro × compiler × build type and the 10 special cells, the project's own backends.
    project: 'kokkos',
    workflow: 'continuous-integration-linux.yml',
    jobs: { CI: 'linux' },
    spec: 'test/build-matrix/specs/kokkos.yml',
    env: false,
    fields: {
      linux: {
        'runs-on': { from: 'runs-on' },
        container: { from: 'container.image' },
        cxx: { from: '${{ matrix.cxx }}' },
        'build-type': { from: '${{ matrix.cmake_build_type }}' },
        'cxx-standard': { from: '${{ matrix.stdcxx }}' },
        // Configure Kokkos: `${{ matrix.cmake_extra_opts }}` and -DKokkos_ENABLE_<backend>=ON, as its shell splits them.
        'cmake-args': { from: '${{ matrix.cmake_extra_opts }} -DKokkos_ENABLE_${{ matrix.backend }}=ON', words: true },
        cxx_extra_flags: { from: '${{ matrix.cxx_extra_flags }}' },
        extra_linker_flags: { from: '${{ matrix.extra_linker_flags }}' }
      }
    }
  },
  {
    project: 'openvdb',
    workflow: 'build.yml',
    jobs: { 'linux-vfx': 'linux', macos: 'macos' },
    ratio: 1,
    fields: {
      linux: {
        'runs-on': { from: 'runs-on' },
        container: { from: 'container.image' },
        cxx: { from: 'env.CXX' },
        'build-type': { from: '${{ matrix.config.build }}' }
      },
      // ci/build.sh --build-type=Release in the macos job
      macos: { 'runs-on': { from: 'runs-on' }, cxx: { from: 'env.CXX' }, 'build-type': { from: 'Release' } }
    }
  }
]

function at(job: Record<string, unknown>, from: string): string {
  if (from.includes('${{') || !/^[a-z-]+(\.[A-Za-z_-]+)*$/.test(from)) return from
  const value = from.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], job)
  return value === undefined ? '' : String(value)
}

/** A deep copy of a cell without the paths the job consumed (empty objects left out). */
function withoutUsed(value: unknown, used: Set<string>, prefix = ''): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const out: Cell = {}
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (used.has(path)) continue
    const rest = withoutUsed(inner, used, path)
    if (rest && typeof rest === 'object' && !Array.isArray(rest) && Object.keys(rest).length === 0) continue
    out[key] = rest
  }
  return out
}

/** The real cells of the target's jobs, as each job sees them: compared fields plus the cell's other keys. */
function realCells(target: Target): Cell[] {
  const file = join(repoRoot, 'test/fixtures/real-projects', target.project, target.workflow)
  const workflow = parse(readFileSync(file, 'utf8'))
  return Object.entries(target.jobs).flatMap(([name, os]) => {
    const job = workflow.jobs[name] as Record<string, unknown>
    return expandGitHubMatrix((job.strategy as { matrix: Cell }).matrix).map(cell => {
      const used = new Set<string>()
      const out: Cell = { os }
      for (const [key, { from, whenEmpty, words }] of Object.entries(target.fields[os]!)) {
        const value = evaluate(at(job, from), cell, used) || whenEmpty || ''
        out[key] = words ? shellWords(value) : value
      }
      if (target.env !== false)
        out.env = Object.fromEntries(Object.entries((cell.env as Cell) ?? {}).map(([k, v]) => [k, String(v)]))
      used.add('env')
      Object.assign(out, withoutUsed(cell, used))
      return out
    })
  })
}

/** The spec's cells, the same keys: compared fields as text, env, free keys as they are. */
function specCells(target: Target): Cell[] {
  const text = readFileSync(join(repoRoot, specPath(target)), 'utf8')
  const shape = checkSpecShape(parseSpecDocument(text).value)
  expect(shape.problems).toEqual([])
  const expansion = expandMatrix(shape.spec!)
  expect(expansion.problems.filter(p => p.severity === 'error')).toEqual([])
  const fixed = new Set<string>(CELL_KEYS)
  const fields = (os: Os) => target.fields[os] ?? {}
  return expansion.cells.map(cell => {
    const out: Cell = { os: cell.os }
    if (target.env !== false) out.env = cell.env
    for (const [key, field] of Object.entries(fields(cell.os)))
      out[key] = field.words ? (cell[key] as string[]) : String(cell[key] ?? '')
    for (const [key, value] of Object.entries(cell))
      if (!fixed.has(key) && !(key in fields(cell.os)) && key !== 'backend') out[key] = value
    return out
  })
}

const specPath = (target: Target) => target.spec ?? `test/consumers/${target.project}/ci-matrix.yml`

/** Words as a POSIX shell splits an unquoted expansion inside a command line: blanks, with quotes removed. */
function shellWords(text: string): string[] {
  return [...text.matchAll(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g)].map(m => m[0].replace(/"([^"]*)"|'([^']*)'/g, '$1$2'))
}

/** Non-blank, non-comment lines of a YAML text. */
const countLines = (text: string) => text.split('\n').filter(l => l.trim() !== '' && !l.trim().startsWith('#')).length

/** The lines of each job's `matrix:` block in the workflow text (from `matrix:` to the end of its indentation). */
function matrixLines(target: Target): number {
  const file = join(repoRoot, 'test/fixtures/real-projects', target.project, target.workflow)
  const lines = readFileSync(file, 'utf8').split('\n')
  let total = 0
  for (const job of Object.keys(target.jobs)) {
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

describe.each(TARGETS)('the real matrix of $project ($workflow)', target => {
  test('build-matrix gives the same cells from the spec', () => {
    const real = realCells(target)
    expect(real.length).toBeGreaterThan(1)
    expect(byText(specCells(target))).toEqual(byText(real))
  })

  test(`the spec is at most ${target.ratio === 1 ? 'as long as' : 'a third of'} the real matrix, in lines`, () => {
    const spec = countLines(readFileSync(join(repoRoot, specPath(target)), 'utf8'))
    expect(spec).toBeLessThanOrEqual(matrixLines(target) * (target.ratio ?? 1 / 3))
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
