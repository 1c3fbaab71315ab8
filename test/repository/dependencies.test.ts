// package.json declares exactly what the source uses (issue 17 item 2):
// - every bare import of the shipped code (the files the bundles are made of: reachable from the build's entries;
//   type-only imports do not count) is a `dependency`,
//   and every `dependency` is imported by the shipped code;
// - every bare import elsewhere (tests, scripts, bench, config files) is declared in either list;
// - every `devDependency` is imported somewhere, or is a tool named in DEV_TOOLS below with the file that uses it.
import { describe, expect, test } from '@jest/globals'
import { builtinModules } from 'node:module'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { repoRoot } from '../support/run-bundle.js'
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildTargets } from '../../scripts/build.mjs'

/** devDependencies used as programs or configuration rather than imported: the file that must name them. */
const DEV_TOOLS: Record<string, string> = {
  eslint: 'package.json', // npm run lint
  prettier: 'package.json', // npm run lint / format
  jest: 'package.json', // npm test runs node_modules/jest/bin/jest.js
  'ts-jest': 'jest.config.js', // the transform
  '@types/node': 'tsconfig.json', // "types": ["node"]
  typescript: 'package.json' // tsc (npm run typecheck); scripts/build.mjs also imports it
}

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}
const dependencies = new Set(Object.keys(pkg.dependencies ?? {}))
const devDependencies = new Set(Object.keys(pkg.devDependencies ?? {}))

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.tmp', 'coverage', 'fixtures'])
function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return SKIP_DIRS.has(e.name) ? [] : sourceFiles(path)
    return /\.(ts|mts|cts|js|mjs|cjs)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [path] : []
  })
}

/**
 * The packages a file imports, found by TypeScript's own pre-processor (so strings and comments that merely look
 * like imports do not count): static and type imports, `import '…'`, `import('…')` and `require('…')`.
 */
export function importedPackages(source: string, { typeOnly = true } = {}): string[] {
  const found = new Set<string>()
  // `import type … from` / `export type … from` are erased by the compiler: they bundle nothing.
  const text = typeOnly ? source : source.replace(/\b(?:import|export)\s+type\s+[^'"]*?\bfrom\s*['"][^'"]*['"]/g, '')
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue
    if (builtinModules.includes(specifier.split('/')[0]!)) continue
    const parts = specifier.split('/')
    found.add(specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!)
  }
  return [...found]
}

/**
 * The shipped code: every source file the bundles are made of, i.e. reachable from the build's entries (the same
 * program scripts/build.mjs emits), so build-time scripts and test helpers beside the code do not count.
 */
function shippedFiles(): Set<string> {
  const entries = (buildTargets() as { entry: string }[]).map(t => t.entry)
  const program = ts.createProgram({
    rootNames: entries,
    options: {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      noEmit: true,
      resolveJsonModule: true,
      allowJs: true
    }
  })
  return new Set(
    program
      .getSourceFiles()
      .map(f => relative(repoRoot, f.fileName))
      .filter(f => !f.startsWith('..') && !f.includes('node_modules'))
  )
}
const shipped = shippedFiles()
const isShipped = (file: string) => shipped.has(file)

const files = [
  ...['actions', 'packages', 'scripts', 'test', 'bench'].flatMap(d => sourceFiles(join(repoRoot, d))),
  ...readdirSync(repoRoot)
    .filter(f => /\.(js|mjs|cjs)$/.test(f))
    .map(f => join(repoRoot, f))
].map(f => relative(repoRoot, f))

const imports = files.map(file => ({
  file,
  shipped: isShipped(file),
  packages: importedPackages(readFileSync(join(repoRoot, file), 'utf8'), { typeOnly: !isShipped(file) })
}))

describe('declared dependencies are exactly the imported ones', () => {
  test('the import scanner sees every form of import', () => {
    const source = [
      "import * as core from '@actions/core'",
      "import type { X } from '@octokit/types/dist'",
      "import 'side-effect'",
      "const m = await import('yaml')",
      "const c = require('lodash/fp')",
      "export { exec } from '@actions/exec'",
      "const text = \"not an import: from 'gpg-private-key'\" // require('nothing')",
      "import { readFileSync } from 'node:fs'",
      "import { join } from 'path'",
      "import { x } from './local.js'"
    ].join('\n')
    expect(importedPackages(source).sort()).toEqual(
      ['@actions/core', '@actions/exec', '@octokit/types', 'lodash', 'side-effect', 'yaml'].sort()
    )
  })

  test('the shipped code imports only `dependencies`', () => {
    const wrong = imports.flatMap(({ file, shipped, packages }) =>
      shipped
        ? packages
            .filter(p => !dependencies.has(p))
            .map(p =>
              devDependencies.has(p)
                ? `${file} imports ${p}, a devDependency: it is bundled, so move it to "dependencies"`
                : `${file} imports ${p}, which package.json does not declare: npm install ${p}`
            )
        : []
    )
    expect(wrong).toEqual([])
  })

  test('tests, scripts, bench and configs import only declared packages', () => {
    const wrong = imports.flatMap(({ file, packages }) =>
      packages
        .filter(p => !dependencies.has(p) && !devDependencies.has(p))
        .map(p => `${file} imports ${p}, which package.json does not declare: npm install --save-dev ${p}`)
    )
    expect(wrong).toEqual([])
  })

  test('every dependency is imported by the shipped code', () => {
    const used = new Set(imports.filter(i => i.shipped).flatMap(i => i.packages))
    const unused = [...dependencies]
      .filter(d => !used.has(d))
      .map(d => `${d} is in "dependencies" but no file of the bundles imports it: npm uninstall ${d}`)
    expect(unused).toEqual([])
  })

  test('every devDependency is imported, or used as a tool by the file DEV_TOOLS names', () => {
    const used = new Set(imports.flatMap(i => i.packages))
    const unused = [...devDependencies]
      .filter(d => !used.has(d))
      .filter(d => !(DEV_TOOLS[d] && readFileSync(join(repoRoot, DEV_TOOLS[d]!), 'utf8').includes(toolName(d))))
      .map(d => `${d} is in "devDependencies" but nothing imports or runs it: npm uninstall ${d}`)
    expect(unused).toEqual([])
  })
})

/** How a tool's file names it: `@types/node` as "node" in tsconfig's types, tsc for typescript, else the name. */
function toolName(dependency: string): string {
  if (dependency === '@types/node') return '"node"'
  if (dependency === 'typescript') return 'tsc'
  return dependency
}
