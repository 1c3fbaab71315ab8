// The build (scripts/build.mjs, ADR 0010) can bundle static imports of the ESM-only @actions/* v3+ packages.
// With ncc transpiling TypeScript file by file under `module: NodeNext`, every `import` became `require()` and
// webpack refused these packages: `"." is not exported under the conditions ["require","node","production"]`.
import { describe, expect, test } from '@jest/globals'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
// @ts-expect-error: a plain .mjs build script without type declarations
import { emitJavaScript, nccOptions } from '../../scripts/build.mjs'
import { repoRoot } from '../support/run-bundle.js'

describe('build: ESM-only packages import statically', () => {
  test('a static import of @actions/core, exec, github, glob, http-client and tool-cache bundles and runs', async () => {
    const work = join(repoRoot, '.tmp', 'build-test')
    rmSync(work, { recursive: true, force: true })
    const entry = join(repoRoot, 'test/fixtures/build/static-esm-imports.ts')
    const emitted = await emitJavaScript([entry], join(work, 'js'))
    // @ts-expect-error: @vercel/ncc ships no type declarations
    const { default: ncc } = await import('@vercel/ncc')
    const { code, assets } = await ncc(emitted(entry), { ...nccOptions })
    const out = join(work, 'bundle')
    mkdirSync(out, { recursive: true })
    writeFileSync(join(out, 'index.js'), code)
    for (const [file, asset] of Object.entries(assets as Record<string, { source: string | Buffer }>)) {
      writeFileSync(join(out, file), asset.source)
    }
    // The bundle is ES modules, imports no package at run time and ships the licenses of what it bundled.
    expect(code).not.toMatch(/require\(["']@actions\//)
    expect(readFileSync(join(out, 'licenses.txt'), 'utf8')).toMatch(/^@actions\/core\nMIT$/m)
    const outputFile = join(work, 'output')
    writeFileSync(outputFile, '')
    execFileSync(process.execPath, [join(out, 'index.js')], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: outputFile },
      stdio: 'pipe'
    })
    const loaded = JSON.parse(/loaded<<(\S+)\n([\s\S]*?)\n\1/.exec(readFileSync(outputFile, 'utf8'))?.[2] ?? '{}')
    expect(loaded).toEqual({
      core: 'function',
      exec: 'function',
      github: 'function',
      glob: 'function',
      httpClient: 'function',
      toolCache: 'function'
    })
    rmSync(work, { recursive: true, force: true })
  }, 120000)
})
