/**
 * The one directory walker of the toolkit: every entry under a folder, depth first, in name order, without
 * following symbolic links (a link is reported as a link, never entered), so a hostile tree cannot lead the walk
 * outside itself or into a loop. `prune` skips a folder's contents; `tolerant` skips folders that cannot be read.
 */
import { lstat, readdir } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { join } from 'node:path'

export interface WalkEntry {
  path: string
  name: string
  /** Relative to the root, with `/` separators. */
  relative: string
  stats: Stats
}

export interface WalkOptions {
  /** True for a folder whose contents are not to be visited (the folder itself is still reported). */
  prune?: (entry: WalkEntry) => boolean
  /** Skip folders that cannot be read (a missing root included) instead of failing. */
  tolerant?: boolean
}

export async function* walkTree(root: string, options: WalkOptions = {}, relative = ''): AsyncGenerator<WalkEntry> {
  let names: string[]
  try {
    names = await readdir(relative ? join(root, relative) : root)
  } catch (error) {
    if (options.tolerant) return
    throw error
  }
  for (const name of names.sort()) {
    const rel = relative ? `${relative}/${name}` : name
    const path = join(root, rel)
    let stats: Stats
    try {
      stats = await lstat(path)
    } catch (error) {
      if (options.tolerant) continue
      throw error
    }
    const entry = { path, name, relative: rel, stats }
    yield entry
    if (entry.stats.isDirectory() && !options.prune?.(entry)) yield* walkTree(root, options, rel)
  }
}
