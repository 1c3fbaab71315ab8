/**
 * Expands the `files` patterns with @actions/glob (the runner toolkit's own glob: the semantics users know from
 * actions/upload-artifact and hashFiles). Symbolic links are followed, but every file must resolve to a path
 * inside the workspace: a link to `/etc/shadow` is refused, not hashed and signed. `.git` content is never
 * selected. An including pattern that matches no file, or a selection that ends empty, is an error: signing fewer
 * files than asked is a false green.
 */
import { realpath } from 'node:fs/promises'
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import { debugDecision } from '../../packages/toolkit/src/runner.js'
import { isInside } from '../../packages/toolkit/src/paths.js'
import { absolutePattern, patternBody, patternLines } from './patterns.js'
import { relativeName } from './paths.js'

const OPTIONS = {
  followSymbolicLinks: true,
  implicitDescendants: true,
  matchDirectories: false,
  omitBrokenSymbolicLinks: true,
  excludeHiddenFiles: false
}

async function glob(patterns: readonly string[]): Promise<string[]> {
  // ESM-only and ~85 ms of start-up with @actions/core: loaded only on the path that selects files.
  const { create } = await import('@actions/glob')
  const globber = await create(patterns.join('\n'), OPTIONS)
  return (await globber.glob()).filter(path => !path.split(/[\\/]/).includes('.git'))
}

/** Absolute paths of the selected files, sorted; each checked to resolve inside the workspace. */
export async function findArtifacts(patterns: readonly string[], workspace: string): Promise<string[]> {
  const lines = patternLines(patterns)
  const absolute = lines.map(line => absolutePattern(line, workspace))
  // Each including pattern on its own first, so the error can name the one that matches nothing.
  const union = new Set<string>()
  for (const [i, line] of lines.entries()) {
    if (patternBody(line).negated) continue
    const matched = await glob([absolute[i] as string])
    debugDecision('files', `'${line}' matches ${matched.length} file(s)`)
    if (matched.length === 0) {
      throw new UserError(`Input 'files': the pattern '${line}' matches no file under ${workspace}.`)
    }
    for (const file of matched) union.add(file)
  }
  // Without exclusions the union is the selection; with them, one more walk applies them in order.
  const hasExclusions = lines.some(line => patternBody(line).negated)
  const selected = [...(hasExclusions ? new Set(await glob(absolute)) : union)].sort()
  if (selected.length === 0) {
    throw new InputError(
      'files',
      lines.join('\n'),
      'patterns that leave at least one file selected after the exclusions'
    )
  }
  const root = await realpath(workspace)
  for (const file of selected) {
    const target = await realpath(file)
    if (!isInside(root, target)) {
      throw new UserError(
        `Input 'files': ${relativeName(workspace, file)} resolves to ${target}, outside the workspace; only files inside ${workspace} are signed.`
      )
    }
    const name = relativeName(workspace, file)
    const resolved = relativeName(root, target)
    debugDecision('files', `selected ${name}${resolved !== name ? ` (a link to ${resolved})` : ''}`)
  }
  return selected
}
