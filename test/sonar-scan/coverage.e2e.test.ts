/**
 * Real coverage: compiles the fixture C++ program with `g++ --coverage`, runs it, converts gcov's JSON to Sonar's
 * generic XML and checks it line by line against the `// hit` and `// miss` markers in the sources, which say what
 * the program executes. Both ways gcov data arrives are covered: .gcda files (the action runs gcov) and
 * .gcov.json.gz files (the user ran `gcov --json-format`). The last test runs the bundle on the same build.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { collectCoverage } from '../../actions/sonar-scan/collect-coverage.js'
import { startServer, type LocalServer } from '../support/local-server.js'
import { repoRoot, runBundle } from '../support/run-bundle.js'
import { buildScannerZip, readRecord, serveScanner } from './standins.js'
import { requireTools } from '../support/require-tools.js'

const describeWithTools = requireTools(['g++', 'gcov', 'zip', 'unzip'])

const SOURCES = ['main.cpp', 'src/shapes.cpp', 'src/shapes.h']

/** file → line → 'hit' | 'miss', from the markers in the fixture sources. */
function expectedMarkers(dir: string): Map<string, Map<number, 'hit' | 'miss'>> {
  const result = new Map<string, Map<number, 'hit' | 'miss'>>()
  for (const file of SOURCES) {
    const lines = new Map<number, 'hit' | 'miss'>()
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const marker = /\/\/ (hit|miss)$/.exec(text.trimEnd())?.[1] as 'hit' | 'miss' | undefined
        if (marker) lines.set(i + 1, marker)
      })
    result.set(file, lines)
  }
  return result
}

/** file → line → covered, from the generic coverage XML. */
function parseGenericXml(xml: string): Map<string, Map<number, boolean>> {
  const result = new Map<string, Map<number, boolean>>()
  let current: Map<number, boolean> | undefined
  for (const line of xml.split('\n')) {
    const file = /<file path="([^"]+)">/.exec(line)
    if (file?.[1]) result.set(file[1], (current = new Map()))
    const cover = /<lineToCover lineNumber="(\d+)" covered="(true|false)"/.exec(line)
    if (cover && current) current.set(Number(cover[1]), cover[2] === 'true')
  }
  return result
}

function checkAgainstMarkers(xml: string, dir: string): void {
  const actual = parseGenericXml(xml)
  const expected = expectedMarkers(dir)
  expect([...actual.keys()].sort()).toEqual([...SOURCES].sort())
  for (const [file, markers] of expected) {
    const lines = actual.get(file) as Map<number, boolean>
    for (const [line, marker] of markers) {
      expect({ file, line, covered: lines.get(line) }).toEqual({ file, line, covered: marker === 'hit' })
    }
    // Every uncovered line is one the program really skips: no line is reported missed by mistake.
    for (const [line, covered] of lines) {
      if (!covered) expect({ file, line, marker: markers.get(line) }).toEqual({ file, line, marker: 'miss' })
    }
  }
}

let build: string

beforeAll(() => {
  build = mkdtempSync(join(tmpdir(), 'sonar-coverage-'))
  cpSync(join(repoRoot, 'test/sonar-scan/fixtures/cpp-project'), build, { recursive: true })
  execFileSync('g++', ['--coverage', '-O0', '-o', 'prog', 'main.cpp', 'src/shapes.cpp'], { cwd: build })
  execFileSync(join(build, 'prog'), [], { cwd: build })
})

afterAll(() => rmSync(build, { recursive: true, force: true }))

describeWithTools('gcov coverage conversion with a real g++ build', () => {
  it('runs gcov on the .gcda files and converts what the program executed', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sonar-coverage-out-'))
    const outcome = await collectCoverage('auto', build, build, out)
    expect(outcome.plan.mode).toBe('gcov')
    const xml = readFileSync(outcome.convertedReport as string, 'utf8')
    checkAgainstMarkers(xml, build)
    // The inline header function is compiled into both translation units; its branches are merged, not doubled.
    expect(xml).toContain('<lineToCover lineNumber="5" covered="true" branchesToCover="2" coveredBranches="2"/>')
    expect(xml).not.toContain(build)
    expect(outcome.properties).toEqual({ 'sonar.coverageReportPaths': outcome.convertedReport })
  })

  it('reads .gcov.json.gz files written by `gcov --json-format`', async () => {
    // A build of its own: gcov records the compile directory, so a copied build would point back at the original.
    const copy = mkdtempSync(join(tmpdir(), 'sonar-coverage-json-'))
    cpSync(join(repoRoot, 'test/sonar-scan/fixtures/cpp-project'), copy, { recursive: true })
    execFileSync('g++', ['--coverage', '-O0', '-o', 'prog', 'main.cpp', 'src/shapes.cpp'], { cwd: copy })
    execFileSync(join(copy, 'prog'), [], { cwd: copy })
    const gcda = readdirSync(copy).filter(name => name.endsWith('.gcda'))
    execFileSync('gcov', ['-b', '--json-format', ...gcda], { cwd: copy, stdio: 'ignore' })
    for (const name of gcda) rmSync(join(copy, name)) // only the JSON remains to be read
    expect(readdirSync(copy).filter(name => name.endsWith('.gcov.json.gz')).length).toBe(2)
    const outcome = await collectCoverage('gcov', copy, copy, join(copy, 'out'))
    checkAgainstMarkers(readFileSync(outcome.convertedReport as string, 'utf8'), copy)
  })

  it('fails when gcov coverage is asked for and there is none', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'sonar-coverage-empty-'))
    await expect(collectCoverage('gcov', empty, empty, join(empty, 'out'))).rejects.toThrow(
      "coverage: 'gcov' was asked for"
    )
  })
})

describeWithTools('the bundle on a real C++ build', () => {
  let server: LocalServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server.close())

  it('converts coverage, finds compile_commands.json and hands both to the scanner', async () => {
    const zip = buildScannerZip()
    const record = mkdtempSync(join(tmpdir(), 'scanner-record-'))
    mkdirSync(join(build, 'build'), { recursive: true })
    writeFileSync(join(build, 'build', 'compile_commands.json'), '[]')
    const result = await runBundle('sonar-scan', {
      workspace: build,
      inputs: {
        'host-url': server.url,
        'scanner-version': zip.version,
        'scanner-mirror': serveScanner(server, zip),
        'scanner-sha256': zip.sha256,
        'compile-commands': 'auto',
        cache: 'false'
      },
      env: { SONAR_TOKEN: 'squ_coverage_test_token', SCANNER_RECORD: record }
    })
    expect(result.success).toBe(true)
    const { argv } = readRecord(record)
    expect(argv).toContain(`-Dsonar.cfamily.compile-commands=${join(build, 'build', 'compile_commands.json')}`)
    const report = argv.find(arg => arg.startsWith('-Dsonar.coverageReportPaths='))?.split('=')[1] as string
    expect(report.startsWith(result.temp)).toBe(true)
    checkAgainstMarkers(readFileSync(report, 'utf8'), build)
    expect(result.summary).toMatch(/Lines covered \| \d+ \/ \d+/)
  })
})
