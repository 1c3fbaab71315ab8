/** Archive extraction with the platform's own tools, by argv (tar auto-detects gzip, xz and zstd). */
import { mkdir } from 'node:fs/promises'
import { runProcess } from './process.js'
import { UserError } from './errors.js'

export type ArchiveKind = 'tar' | 'zip'

export function archiveKind(fileName: string): ArchiveKind {
  if (/\.zip$/i.test(fileName)) return 'zip'
  if (/\.(tar|tar\.gz|tgz|tar\.xz|txz|tar\.zst|tzst|tar\.bz2)$/i.test(fileName)) return 'tar'
  throw new UserError(`Unsupported archive type: ${fileName} (expected .tar.gz, .tar.xz, .tar.zst or .zip)`)
}

export async function extractArchive(archive: string, destination: string, nameForType = archive): Promise<void> {
  await mkdir(destination, { recursive: true })
  if (archiveKind(nameForType) === 'zip' && process.platform !== 'win32') {
    await runProcess('unzip', ['-q', '-o', archive, '-d', destination])
  } else {
    // Windows' bsdtar reads zip as well.
    await runProcess('tar', ['-xf', archive, '-C', destination])
  }
}
