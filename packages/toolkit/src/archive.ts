/**
 * Archive extraction through @actions/tool-cache (`extractTar`: GNU tar's `--force-local` on Windows, the System32
 * tar; `extractZip`: unzip or PowerShell), loaded on first use, then a check of what came out (ADR 0021):
 * - a symbolic link that points outside the extracted tree (absolute, or climbing out with `..`) is refused: the
 *   install fails naming the entry and nothing is installed (silently removing it would leave a tool that breaks
 *   later, and an archive that carries one is not what its publisher meant to ship);
 * - setuid and setgid bits are stripped: nothing installed for a build may run with another user's rights.
 * Entries that climb out of the destination (`../x`, `/x`) are refused by tar and unzip themselves.
 */
import { chmod, mkdir, readlink } from 'node:fs/promises'
import { dirname, isAbsolute, resolve } from 'node:path'
import { UserError, errorMessage } from './errors.js'
import { isInside } from './paths.js'
import { walkTree } from './walk.js'

export type ArchiveKind = 'tar' | 'zip'

export function archiveKind(fileName: string): ArchiveKind {
  if (/\.zip$/i.test(fileName)) return 'zip'
  if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName)) return 'tar'
  throw new UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`)
}

export async function extractArchive(archive: string, destination: string, nameForType = archive): Promise<void> {
  await mkdir(destination, { recursive: true })
  const tc = await import('@actions/tool-cache')
  try {
    if (archiveKind(nameForType) === 'zip') await tc.extractZip(archive, destination)
    // 'x' alone: tar detects gzip, xz, zstd and bzip2 itself.
    else await tc.extractTar(archive, destination, 'x')
  } catch (error) {
    throw new UserError(`Could not extract ${nameForType}: ${errorMessage(error)}`)
  }
  await secureTree(destination, nameForType)
}

/** True when `target` (a link's text) resolves inside `root` from the link at `linkPath`. */
export function linkStaysInside(root: string, linkPath: string, target: string): boolean {
  if (isAbsolute(target) || /^[A-Za-z]:|^[\\/]/.test(target)) return false
  return isInside(resolve(root), resolve(dirname(linkPath), target))
}

/** Refuses links leaving `root`, strips setuid/setgid; see the file comment. */
export async function secureTree(root: string, origin: string): Promise<void> {
  for await (const entry of walkTree(root)) {
    if (entry.stats.isSymbolicLink()) {
      const target = await readlink(entry.path)
      if (!linkStaysInside(root, entry.path, target)) {
        throw new UserError(
          `${origin} holds a symbolic link that points outside its own tree (${entry.relative} -> ${target}); refused, nothing was installed.`
        )
      }
    } else if (entry.stats.mode & 0o6000) {
      await chmod(entry.path, entry.stats.mode & 0o1777)
    }
  }
}
