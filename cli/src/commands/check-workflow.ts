/**
 * ci-actions check-workflow <file or folder>...: checks each workflow's uses of our actions and reusable workflows
 * (see check-workflow.ts) against the interfaces of the aswf/ci-actions version this CLI belongs to, prints
 * `file:line:col: message` for each problem, and returns 1 when there is any (2 for a file it cannot read).
 */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import type { CommandIo, ParsedArgs } from '../arguments.js'
import { checkWorkflow } from '../check-workflow/check.js'
import { findInterfacesRoot, loadInterfaces } from '../check-workflow/interfaces.js'

const MAX_BYTES = 1024 * 1024

/**
 * The workflows to check: the file named (read later, once its size is known), or the YAML files under a folder
 * that have a top-level `jobs:`, with the text already read to find that out (each file is read once).
 */
function* workflowFiles(path: string): Generator<{ file: string; text?: string }> {
  if (!statSync(path).isDirectory()) {
    yield { file: path }
    return
  }
  const files = readdirSync(path, { withFileTypes: true, recursive: true })
    .filter(e => e.isFile() && /\.ya?ml$/.test(e.name))
    .map(e => join(e.parentPath, e.name))
    .sort()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    if (/^jobs:/m.test(text)) yield { file, text }
  }
}

export function run(parsed: ParsedArgs, write: CommandIo, cliPath = process.argv[1]): number {
  const args = parsed.positionals
  // The metadata shipped beside the bundle in the npm package, else the repository the bundle was built in.
  const bundleDir = cliPath ? dirname(realpathSync(cliPath)) : ''
  const starts = [bundleDir && join(bundleDir, 'metadata'), bundleDir, write.cwd].filter(Boolean)
  const root = findInterfacesRoot(starts)
  if (!root) {
    write.err('ci-actions: cannot find the aswf/ci-actions metadata (build-matrix/action.yml, .github/workflows)\n')
    return 2
  }
  const interfaces = loadInterfaces(root)
  let problems = 0
  let checked = 0
  for (const arg of args) {
    if (!existsSync(arg)) {
      write.err(`${arg}: no such file or folder\n`)
      return 2
    }
    for (const { file, text } of workflowFiles(arg)) {
      if (statSync(file).size > MAX_BYTES) {
        write.err(`${file}: larger than ${MAX_BYTES} bytes; not a workflow\n`)
        return 2
      }
      const inOurRepository = !relative(root, resolve(file)).startsWith('..')
      for (const p of checkWorkflow(text ?? readFileSync(file, 'utf8'), interfaces, { inOurRepository })) {
        write.out(`${file}:${p.line}:${p.column}: ${p.message}\n`)
        problems++
      }
      checked++
    }
  }
  write.err(`${checked} workflow file(s) checked, ${problems} problem(s)\n`)
  return problems > 0 ? 1 : 0
}
