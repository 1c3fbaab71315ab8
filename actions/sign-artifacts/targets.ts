/**
 * Which selected files get an embedded signature (Authenticode for Windows PE, codesign for macOS code), which
 * changes their bytes, so each real file is signed once: of a file and a link to it, the file itself.
 */
import { lstat, open, realpath } from 'node:fs/promises'
import { debugDecision } from '../../packages/toolkit/src/runner.js'
import { isAuthenticodeTarget, isMacTarget } from './plan.js'

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(4)
    const { bytesRead } = await handle.read(buffer, 0, 4, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** One path per real file, preferring the one that is not a link (signing through a link could replace it). */
async function distinctTargets(files: readonly string[]): Promise<string[]> {
  const chosen = new Map<string, string>()
  for (const file of files) {
    const real = await realpath(file)
    const other = chosen.get(real)
    if (other === undefined || ((await lstat(other)).isSymbolicLink() && !(await lstat(file)).isSymbolicLink()))
      chosen.set(real, file)
    if (other !== undefined)
      debugDecision(
        'plan',
        `${file} and ${other} are one file; its embedded signature is made once, on ${chosen.get(real)}`
      )
  }
  return files.filter(file => [...chosen.values()].includes(file))
}

export async function embeddedTargets(
  files: readonly string[],
  os: 'Linux' | 'Windows' | 'macOS'
): Promise<{ authenticodeTargets: string[]; macTargets: string[] }> {
  const distinct = await distinctTargets(files)
  const macTargets: string[] = []
  if (os === 'macOS') for (const file of distinct) if (isMacTarget(file, await firstBytes(file))) macTargets.push(file)
  return { authenticodeTargets: distinct.filter(isAuthenticodeTarget), macTargets }
}
