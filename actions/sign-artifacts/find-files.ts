/**
 * Expands the `files` globs on disk. Each including pattern walks only from its fixed leading folder; `.git`
 * is never entered. A pattern that selects nothing is an error: signing fewer files than asked is a false green.
 */
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { normalisePath, parseGlob, selectFiles, type GlobPattern } from './glob.js'

async function walk(dir: string, depth: number, found: Set<string>): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return
    throw error
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && depth > 0) await walk(path, depth - 1, found)
    } else if (entry.isFile()) {
      found.add(normalisePath(path))
    }
  }
}

/** Absolute, `/`-separated, sorted paths of the files the patterns select. */
export async function findFiles(sources: readonly string[], root: string): Promise<string[]> {
  const patterns: GlobPattern[] = sources.map(source => parseGlob(source, root))
  const candidates = new Set<string>()
  const depths = new Map<string, number>()
  for (const { base, depth } of patterns.filter(p => !p.negated))
    depths.set(base, Math.max(depth, depths.get(base) ?? 0))
  for (const [base, depth] of depths) await walk(base, depth, candidates)
  const all = [...candidates].sort()
  for (const pattern of patterns.filter(p => !p.negated)) {
    if (!all.some(file => pattern.regex.test(file))) {
      throw new UserError(`Input 'files': the pattern '${pattern.source}' matches no file under ${root}.`)
    }
  }
  return selectFiles(all, patterns)
}
