// The end-to-end tests run the source, not an old dist/: a bundle is rebuilt before them when anything it is built
// from changed (scripts/bundle-stamps.mjs). These cases fail if a reachable change went unnoticed or an unrelated
// one forced a rebuild.
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: a plain ES module script, no type declarations
import { bundleInputs, stampOf } from '../../scripts/bundle-stamps.mjs'
import { repoRoot } from '../support/run-bundle.js'

type Stamp = (target: { name: string; entry: string }) => string
const stamp = stampOf as Stamp
const inputs = bundleInputs as (entry: string) => string[]

describe('bundle stamps', () => {
  test('an action bundle is made of what its entry reaches: its modules, the toolkit, JSON data', () => {
    const files = inputs(join(repoRoot, 'actions/build-matrix/index.ts')).map(f => f.slice(repoRoot.length + 1))
    expect(files).toEqual(
      expect.arrayContaining([
        'actions/build-matrix/main.ts',
        'actions/build-matrix/pipeline.ts',
        'packages/toolkit/src/action.ts',
        'packages/vfx-platform/data/years/CY2025.json'
      ])
    )
    expect(files.some(f => f.endsWith('.test.ts'))).toBe(false)
    expect(files.some(f => f.startsWith('actions/sign-artifacts/'))).toBe(false)
  })

  test('a change to any reachable file changes the stamp; a change elsewhere does not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stamps-'))
    const write = (name: string, text: string) => writeFileSync(join(dir, name), text)
    write('index.ts', "import { a } from './a.js'\nvoid import('./lazy.js')\nconsole.log(a)\n")
    write('a.ts', "import data from './data.json' with { type: 'json' }\nexport const a = data\n")
    write('lazy.ts', 'export {}\n')
    write('data.json', '{"x": 1}\n')
    write('unrelated.ts', 'export {}\n')
    const target = { name: 'fixture', entry: join(dir, 'index.ts') }
    const first = stamp(target)
    write('unrelated.ts', 'export const changed = 1\n')
    expect(stamp(target)).toBe(first)
    for (const [file, text] of [
      ['a.ts', "import data from './data.json' with { type: 'json' }\nexport const a = [data]\n"],
      ['lazy.ts', "throw new Error('deliberately broken')\n"],
      ['data.json', '{"x": 2}\n']
    ] as const) {
      const before = stamp(target)
      write(file, text)
      expect([file, stamp(target)]).not.toEqual([file, before])
    }
  })
})

describe('every test file that runs a bundle is named *.e2e.test.ts (and so rebuilds stale bundles first)', () => {
  test('no bundle-running test outside the e2e project', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const runsBundle =
      /\brunBundle\(|\brunLocalAction\(|\bcliBundle\b|\bspawn(Sync)?\(process\.execPath, \[(cli|bundle)/
    // test/gitlab/support.ts's runCli runs the CLI bundle (cli/src/main.ts's runCli, in process, does not).
    const runsCliBundle = /from '\.\.\/gitlab\/support\.js'|from '\.\/support\.js'/
    const misnamed = ['actions', 'packages', 'cli', 'test']
      .flatMap(dir => readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' }).map(f => `${dir}/${f}`))
      .filter(f => f.endsWith('.test.ts') && !f.endsWith('.e2e.test.ts') && !f.includes('node_modules'))
      .filter(f => {
        const text = readFileSync(join(repoRoot, f), 'utf8')
        return runsBundle.test(text) || (/\brunCli\(/.test(text) && runsCliBundle.test(text))
      })
    expect(misnamed).toEqual([])
  })
})
