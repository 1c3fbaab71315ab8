/**
 * Every workflow of this repository that tests check: this repository's CI and reusable workflows, and the example
 * and consumer workflows under test/. The recorded copies of other projects' workflows
 * (test/fixtures/real-projects/) are evidence, not workflows of ours, so they are left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoRoot } from './run-bundle.js'

const RECORDED = 'test/fixtures/real-projects/'

export function workflowFiles(root = repoRoot): string[] {
  const found: string[] = []
  const scan = (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
      const path = join(entry.parentPath, entry.name)
      if (relative(root, path).split('\\').join('/').startsWith(RECORDED)) continue
      // A workflow has top-level `on:` and `jobs:`; action.yml fixtures and specs are not workflows.
      const text = readFileSync(path, 'utf8')
      if (/^on:/m.test(text) && /^jobs:/m.test(text)) found.push(path)
    }
  }
  scan(join(root, '.github/workflows'))
  scan(join(root, 'test'))
  return found.sort()
}
