// Issue 17 item 5: `npm ci && npm test` passes on a machine without the Debian packages of .ci/apt-packages.txt.
// A test that needs a system tool declares it with requireTools()/requireToolsForTest() (test/support/
// require-tools.ts): skipped with the tool and its package named where it is missing, a failure under CI=true.
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { missingTools, requireTools, requireToolsForTest, systemTools } from '../support/require-tools.js'
import { repoRoot } from '../support/run-bundle.js'

const aptPackages = readFileSync(join(repoRoot, '.ci/apt-packages.txt'), 'utf8')
  .split('\n')
  .map(line => line.trim())
  .filter(line => line && !line.startsWith('#'))
const essential = new Set((systemTools as unknown as { essential: { packages: string[] } }).essential.packages)

describe('system tools and .ci/apt-packages.txt agree', () => {
  test('every package a tool or library comes from is installed by .ci/run', () => {
    const packages = [...Object.values(systemTools.tools), ...Object.keys(systemTools.libraries)]
    const missing = packages.filter(p => !aptPackages.includes(p) && !essential.has(p))
    expect(missing).toEqual([])
  })

  test('every package of .ci/apt-packages.txt provides a tool or library the tests declare', () => {
    const named = new Set([...Object.values(systemTools.tools), ...Object.keys(systemTools.libraries)])
    expect(aptPackages.filter(p => !named.has(p))).toEqual([])
  })

  test('every test file that runs a system tool itself declares it with requireTools', () => {
    const tools = Object.keys(systemTools.tools)
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap(e =>
        e.isDirectory()
          ? ['node_modules', 'dist', 'fixtures', '.tmp', '.git'].includes(e.name)
            ? []
            : files(join(dir, e.name))
          : e.name.endsWith('.test.ts')
            ? [join(dir, e.name)]
            : []
      )
    const undeclared = ['test', 'packages', 'actions'].flatMap(d =>
      files(join(repoRoot, d)).flatMap(file => {
        const text = readFileSync(file, 'utf8')
        const spawned = tools.filter(tool =>
          new RegExp(`(?:execFileSync|spawnSync|execFile|spawn)\\(\\s*'${tool.replace(/[+]/g, '\\+')}'`).test(text)
        )
        return spawned.length > 0 && !/requireTools|requireToolsForTest|haveTools/.test(text)
          ? [`${relative(repoRoot, file)} runs ${spawned.join(', ')}: wrap its describe in requireTools([...])`]
          : []
      })
    )
    expect(undeclared).toEqual([])
  })
})

describe('requireTools: a missing tool is a named skip, or a failure under CI', () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI }
  afterEach(() => {
    process.env.PATH = saved.PATH
    if (saved.CI === undefined) delete process.env.CI
    else process.env.CI = saved.CI
  })
  function pathWith(...tools: string[]): string {
    const dir = mkdtempSync(join(tmpdir(), 'tools-'))
    for (const tool of tools) writeFileSync(join(dir, tool), '#!/bin/sh\n', { mode: 0o755 })
    return dir
  }

  test('names each missing tool with its Debian package; a non-executable file does not count', () => {
    const dir = pathWith('zstd')
    writeFileSync(join(dir, 'gpg'), 'not executable', { mode: 0o644 })
    process.env.PATH = dir
    expect(missingTools(['zstd', 'gpg', 'x86_64-w64-mingw32-gcc'])).toEqual([
      'gpg (apt: gnupg)',
      'x86_64-w64-mingw32-gcc (apt: gcc-mingw-w64-x86-64)'
    ])
  })

  test('a tool the table does not know is a mistake in the test, not a skip', () => {
    expect(() => missingTools(['no-such-tool'])).toThrow(/not in test\/support\/system-tools.json/)
  })

  test('everything present: Jest’s own describe and test', () => {
    process.env.PATH = pathWith('zstd', 'unzip')
    expect(requireTools(['zstd', 'unzip'])).toBe(describe)
    expect(requireToolsForTest(['zstd'])).toBe(test)
  })

  test('missing, outside CI: a skip whose title names the tool and the package', () => {
    process.env.PATH = pathWith()
    delete process.env.CI
    expect(requireTools(['zstd'])).not.toBe(describe)
    expect(requireToolsForTest(['zstd'])).not.toBe(test)
  })

  // The blocks requireTools returns are exercised for real below: this one is skipped when zstd is missing here,
  // and the reporter's unit test checks how such skips are listed.
  requireTools(['zstd'])('a block that needs zstd', () => {
    test('runs where zstd is installed', () => {
      expect(missingTools(['zstd'])).toEqual([])
    })
  })
})

describe('the summary reporter lists the skips', () => {
  const { skipLine } = createRequire(import.meta.url)(join(repoRoot, 'scripts/summary-reporter.cjs')) as {
    skipLine: (results: unknown, root?: string) => string
  }
  const result = (file: string, tests: { status: string; ancestorTitles: string[]; title: string }[]) => ({
    testFilePath: join(repoRoot, file),
    testResults: tests
  })

  test('one line: the tools with their packages, the count and the files', () => {
    const line = skipLine({
      testResults: [
        result('test/a.test.ts', [
          { status: 'pending', ancestorTitles: ['gpg [needs gpg (apt: gnupg)]'], title: 'signs' },
          { status: 'pending', ancestorTitles: ['gpg [needs gpg (apt: gnupg)]'], title: 'verifies' },
          { status: 'passed', ancestorTitles: ['plain'], title: 'x' },
          { status: 'pending', ancestorTitles: ['other'], title: 'skipped for another reason' }
        ]),
        result('test/b.test.ts', [
          { status: 'pending', ancestorTitles: [], title: 'builds [needs cmake (apt: cmake), g++ (apt: g++)]' }
        ])
      ]
    })
    expect(line).toBe(
      'Skipped for missing system tools: cmake (apt: cmake), g++ (apt: g++), gpg (apt: gnupg); 3 skipped (a block counts once) in ' +
        'test/a.test.ts, test/b.test.ts (install .ci/apt-packages.txt to run them; under CI=true they fail)'
    )
  })

  test('nothing skipped for tools: no line', () => {
    expect(
      skipLine({ testResults: [result('t.test.ts', [{ status: 'passed', ancestorTitles: [], title: 'x' }])] })
    ).toBe('')
  })
})
