/**
 * Path containment, one rule for the whole toolkit: archive links that must stay inside their tree (archive.ts) and
 * files that must resolve inside the workspace (sign-artifacts) use the same test. Pure.
 */
import { posix, win32 } from 'node:path'

/** True when `path` is `root` or below it (both absolute, already resolved). */
export function isInside(root: string, path: string, windows = process.platform === 'win32'): boolean {
  const path_ = windows ? win32 : posix
  const rel = path_.relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + path_.sep) && !path_.isAbsolute(rel))
}
