/**
 * The one directory walker of the toolkit: every entry under a folder, depth first, without following symbolic
 * links (a link is reported as a link, never entered), so a hostile tree cannot lead the walk outside itself or
 * into a loop.
 */
import { lstat, readdir } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { join } from 'node:path'

export interface WalkEntry {
  path: string
  /** Relative to the root, with `/` separators. */
  relative: string
  stats: Stats
}

export async function* walkTree(root: string, relative = ''): AsyncGenerator<WalkEntry> {
  const dir = relative ? join(root, relative) : root
  for (const name of (await readdir(dir)).sort()) {
    const rel = relative ? `${relative}/${name}` : name
    const path = join(root, rel)
    const stats = await lstat(path)
    yield { path, relative: rel, stats }
    if (stats.isDirectory()) yield* walkTree(root, rel)
  }
}
