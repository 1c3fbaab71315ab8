// Checks that hold the repository together: every action is on node24 and points at a built bundle, the
// build discovers exactly the action folders, and the inputs/outputs the code uses are the ones action.yml
// declares (and the reverse).
import { describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'
// @ts-expect-error: a plain .mjs build script without type declarations
import { discoverActions } from '../../scripts/build.mjs'

interface ActionYml {
  inputs?: Record<string, unknown>
  outputs?: Record<string, unknown>
  runs: { using: string; main?: string; post?: string }
}

const actionNames: string[] = readdirSync(repoRoot, { withFileTypes: true })
  .filter(e => e.isDirectory() && existsSync(join(repoRoot, e.name, 'action.yml')))
  .map(e => e.name)
  .sort()

const metadata = (name: string) => parse(readFileSync(join(repoRoot, name, 'action.yml'), 'utf8')) as ActionYml

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map(e => join(e.parentPath, e.name))
}

/** Inputs read through the toolkit readers and outputs set with setOutput, by their literal names. */
export function usedNames(source: string): { inputs: Set<string>; outputs: Set<string> } {
  const inputs = new Set<string>()
  const outputs = new Set<string>()
  const reader =
    /\bread(?:String|Boolean|Choice|Int|List|Lines|StringOrArray|Secret)(?:<[^>()]*>)?\(\s*['"]([^'"]+)['"]/g
  for (const match of source.matchAll(reader)) inputs.add(match[1] as string)
  for (const match of source.matchAll(/\bsetOutput\(\s*['"]([^'"]+)['"]/g)) outputs.add(match[1] as string)
  return { inputs, outputs }
}

describe('every action', () => {
  test('there are actions to check', () => {
    expect(actionNames.length).toBeGreaterThan(0)
  })

  test.each(actionNames)('%s declares node24 and points at built bundles', name => {
    const runs = metadata(name).runs
    expect(runs.using).toBe('node24')
    for (const entry of [runs.main, runs.post].filter(Boolean) as string[]) {
      expect(entry).toBe(`../dist/${name}/index.js`)
      expect(existsSync(resolve(repoRoot, name, entry))).toBe(true)
    }
  })

  test.each(actionNames)('%s: inputs and outputs in code match action.yml, both ways', name => {
    const code = sourceFiles(join(repoRoot, 'actions', name))
      .map(file => readFileSync(file, 'utf8'))
      .join('\n')
    const used = usedNames(code)
    const declared = metadata(name)
    expect([...used.inputs].sort()).toEqual(Object.keys(declared.inputs ?? {}).sort())
    expect([...used.outputs].sort()).toEqual(Object.keys(declared.outputs ?? {}).sort())
  })

  test('the root action.yml is a stub that fails with a pointer to every sub-action', () => {
    const root = readFileSync(join(repoRoot, 'action.yml'), 'utf8')
    expect(root).toContain('exit 1')
    for (const name of ['setup-vfx-platform', 'build-matrix', 'gpu-runner-fallback', 'sign-artifacts', 'sonar-scan']) {
      expect(root).toContain(`aswf/ci-actions/${name}@v1`)
    }
  })
})

describe('usedNames (the scanner behind the check above)', () => {
  test('finds reader calls and outputs by literal name', () => {
    const found = usedNames(
      `readString('spec'); readChoice("profile", ['a']); readBoolean(\n 'cache', true); readChoice<Mode>('mode', m); setOutput('matrix', x)`
    )
    expect([...found.inputs]).toEqual(['spec', 'profile', 'cache', 'mode'])
    expect([...found.outputs]).toEqual(['matrix'])
  })
})

describe('the build discovers actions', () => {
  test('every root folder whose runs.main is ../dist/<name>/index.js, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'discover-'))
    const write = (name: string, yml: string) => {
      mkdirSync(join(dir, name), { recursive: true })
      writeFileSync(join(dir, name, 'action.yml'), yml)
    }
    write('alpha', 'runs:\n  using: node24\n  main: ../dist/alpha/index.js\n')
    write('beta', 'runs:\n  using: node24\n  main: ../dist/beta/index.js\n  post: ../dist/beta/index.js\n')
    write('composite', 'runs:\n  using: composite\n  steps: []\n')
    write('elsewhere', 'runs:\n  using: node24\n  main: lib/main.js\n')
    mkdirSync(join(dir, 'no-action'))
    const found = discoverActions(dir) as { name: string; entry: string }[]
    expect(found.map(f => f.name)).toEqual(['alpha', 'beta'])
    expect(found[0]?.entry).toBe(join(dir, 'actions', 'alpha', 'index.ts'))
  })

  test('in this repository it finds every action folder', () => {
    const found = (discoverActions(repoRoot) as { name: string }[]).map(f => f.name)
    expect(found).toEqual(actionNames)
  })
})
