// The parts import downwards only (docs/ARCHITECTURE.md): cli/ → actions/ → packages/. A package never imports an
// action or the CLI; an action never imports another action or the CLI. Every TypeScript file counts, tests too,
// static and dynamic imports alike.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../support/run-bundle.js'

function typescriptFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && e.name.endsWith('.ts'))
    .map(e => relative(repoRoot, join(e.parentPath, e.name)))
}

/** The part a repository path belongs to: `packages/<name>`, `actions/<name>`, `cli`, or another folder. */
function partOf(path: string): string {
  const [top, name] = path.split(sep)
  return top === 'packages' || top === 'actions' ? `${top}/${name}` : (top ?? '')
}

/** What a part may import besides itself. */
function mayImport(from: string, to: string): boolean {
  if (from === to) return true
  if (from.startsWith('packages/')) return to.startsWith('packages/')
  if (from.startsWith('actions/')) return to.startsWith('packages/')
  if (from === 'cli') return to.startsWith('packages/') || to.startsWith('actions/')
  return true
}

function relativeImports(file: string): string[] {
  const text = readFileSync(join(repoRoot, file), 'utf8')
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map(f => f.fileName)
    .filter(name => name.startsWith('.'))
}

const files = ['packages', 'actions', 'cli'].flatMap(typescriptFiles)

describe('import direction', () => {
  test('the scan sees the parts and their imports', () => {
    expect(files.some(f => f.startsWith('cli/'))).toBe(true)
    expect(relativeImports('cli/src/commands/matrix.ts').some(i => i.includes('actions/build-matrix'))).toBe(true)
  })

  test('packages import only packages; actions only packages and themselves; the CLI nothing above it', () => {
    const wrong: string[] = []
    for (const file of files) {
      const from = partOf(file)
      for (const specifier of relativeImports(file)) {
        const target = relative(repoRoot, resolve(repoRoot, dirname(file), specifier))
        const to = partOf(target)
        // Tests may use the repository's test helpers and fixtures wherever they live.
        const testSupport = file.endsWith('.test.ts') && (to === 'test' || to === 'node_modules')
        if (!testSupport && !mayImport(from, to)) wrong.push(`${file} imports ${specifier} (${from} → ${to})`)
      }
    }
    expect(wrong).toEqual([])
  })

  test('the rule itself refuses what it must', () => {
    expect(mayImport('packages/toolkit', 'actions/build-matrix')).toBe(false)
    expect(mayImport('packages/local-runner', 'cli')).toBe(false)
    expect(mayImport('actions/build-matrix', 'actions/gpu-runner-fallback')).toBe(false)
    expect(mayImport('actions/build-matrix', 'cli')).toBe(false)
    expect(mayImport('cli', 'actions/build-matrix')).toBe(true)
  })
})
