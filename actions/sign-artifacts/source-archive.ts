/**
 * The release source tarball the foundation's projects build by hand: `git archive` of the tag as
 * `<repo>-<version>.tar.gz` with a `<repo>-<version>/` prefix, the tag's leading `v` stripped.
 */
import { join } from 'node:path'
import { UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { runTool } from './tool-env.js'

export interface SourceArchivePlan {
  tag: string
  version: string
  /** `<repo>-<version>`: the folder inside the archive and the file name without `.tar.gz`. */
  stem: string
  fileName: string
}

export function planSourceArchive(repository: string, ref: string): SourceArchivePlan {
  if (!ref.startsWith('refs/tags/')) {
    throw new UserError(
      `Input 'source-archive' is true but ${ref || 'GITHUB_REF'} is not a tag: run it on a tag push or release.`
    )
  }
  const tag = ref.slice('refs/tags/'.length)
  const repo = repository.split('/').pop() ?? ''
  if (!repo) throw new UserError('GITHUB_REPOSITORY is not set, so the source archive has no name.')
  const version = /^v\d/i.test(tag) ? tag.slice(1) : tag
  const stem = `${repo}-${version}`.replace(/[/\\]/g, '-')
  return { tag, version, stem, fileName: `${stem}.tar.gz` }
}

export async function createSourceArchive(
  plan: SourceArchivePlan,
  workspace: string,
  outputDir: string
): Promise<string> {
  const output = join(outputDir, plan.fileName)
  await runTool(
    'git',
    ['archive', '--format=tar.gz', `--prefix=${plan.stem}/`, '--output', output, `refs/tags/${plan.tag}`],
    { cwd: workspace }
  ).catch(error => {
    throw new UserError(
      `git archive of tag ${plan.tag} failed (is the tag fetched? use actions/checkout with fetch-depth: 0 or fetch-tags): ${errorMessage(error)}`
    )
  })
  return output
}
