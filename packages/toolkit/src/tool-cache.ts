/**
 * The runner's tool cache (level one of the two-level cache): `RUNNER_TOOL_CACHE/<tool>/<version>/<arch>` with an
 * `<arch>.complete` marker, the layout @actions/tool-cache uses, so tools we store are found by other actions and
 * vice versa. Installs are atomic: a tree is built in a staging folder and renamed into place, so a failed or
 * concurrent install never leaves a half-installed tree that a later job would trust.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, rmdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { UserError } from './errors.js'

export interface ToolId {
  tool: string
  version: string
  /** Architecture plus whatever else decides compatibility, e.g. `x64-linux-glibc2.36`. */
  arch: string
}

export function toolCacheRoot(): string {
  const root = process.env.RUNNER_TOOL_CACHE
  if (!root) throw new UserError('RUNNER_TOOL_CACHE is not set: this must run under a GitHub Actions runner.')
  return root
}

export function toolDir(id: ToolId): string {
  for (const part of [id.tool, id.version, id.arch]) {
    if (!/^[A-Za-z0-9._+-]+$/.test(part)) throw new UserError(`Invalid tool-cache path component '${part}'`)
  }
  return join(toolCacheRoot(), id.tool, id.version, id.arch)
}

export function findTool(id: ToolId): string | undefined {
  const dir = toolDir(id)
  return existsSync(dir) && existsSync(`${dir}.complete`) ? dir : undefined
}

/** Populates a staging folder, then moves it into the tool cache; returns the final folder. */
export async function installTool(id: ToolId, populate: (stagingDir: string) => Promise<void>): Promise<string> {
  const dir = toolDir(id)
  await mkdir(dirname(dir), { recursive: true })
  const staging = await mkdtemp(`${dir}.staging-`)
  let installed = false
  try {
    await populate(staging)
    if (findTool(id)) {
      installed = true
      return dir // another job on this runner finished first; keep its tree
    }
    await rm(dir, { recursive: true, force: true }) // an incomplete tree from a crashed install
    try {
      await rename(staging, dir)
    } catch (error) {
      // Another install of the same id moved its tree in between our rm and our rename. A tree only ever appears
      // at `dir` by renaming a fully populated staging folder, so it is complete even if its marker is not yet.
      if (!existsSync(dir)) throw error
    }
    await writeFile(`${dir}.complete`, '')
    installed = true
    return dir
  } finally {
    await rm(staging, { recursive: true, force: true })
    // A failed install leaves no trace: the version and tool folders go too when nothing else is in them.
    if (!installed && !findTool(id)) {
      for (const folder of [dirname(dir), dirname(dirname(dir))]) await rmdir(folder).catch(() => undefined)
    }
  }
}

/** Marks a folder restored in place (by @actions/cache) as complete. */
export async function markToolComplete(id: ToolId): Promise<void> {
  await writeFile(`${toolDir(id)}.complete`, '')
}
