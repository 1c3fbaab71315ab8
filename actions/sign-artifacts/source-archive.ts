/**
 * The release source archive the foundation's projects build by hand: `git archive` of a tag, named and prefixed
 * after the project and version (`openexr-3.2.4.tar.gz` with `openexr-3.2.4/`, OSL's `OSL-1.14.3.tar.gz`), the
 * tag's leading `v` stripped from the version. The tag is the `tag` input (re-signing an existing release on
 * workflow_dispatch) or, without it, the pushed tag in GITHUB_REF.
 */
import { join } from 'node:path'
import { InputError, UserError, errorMessage } from '../../packages/toolkit/src/errors.js'
import { runProcess } from '../../packages/toolkit/src/process.js'

export interface SourceArchivePlan {
  tag: string
  version: string
  /** The folder every file sits in inside the archive, ending in `/`. */
  prefix: string
  fileName: string
  format: 'tar.gz' | 'tar' | 'zip'
}

export const DEFAULT_ARCHIVE_NAME = '{repo}-{version}.tar.gz'

/** A git tag name as `git check-ref-format` accepts it, minus the odd corners no release uses. */
const TAG = /^(?![-./])(?!.*(?:\.\.|\/\/|@\{|\/\.|\.lock$|[./]$))[A-Za-z0-9._+\-/]{1,200}$/
export const TAG_DESCRIPTION = "a tag name such as 'v3.2.4' (letters, digits, '.', '_', '+', '-', '/'; no '..')"

export function isTagName(tag: string): boolean {
  return TAG.test(tag)
}

const EXTENSIONS: [string, SourceArchivePlan['format']][] = [
  ['.tar.gz', 'tar.gz'],
  ['.tgz', 'tar.gz'],
  ['.tar', 'tar'],
  ['.zip', 'zip']
]

function render(template: string, values: Record<string, string>, input: string): string {
  return template.replace(/\{([^{}]*)\}/g, (_, key: string) => {
    const value = values[key]
    if (value === undefined)
      throw new InputError(input, template, `a template using only {repo}, {version} and {tag}, not {${key}}`)
    return value
  })
}

export interface SourceArchiveOptions {
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string
  /** GITHUB_REF, used when `tag` is empty. */
  ref: string
  tag: string
  name: string
  prefix: string
}

export function planSourceArchive(options: SourceArchiveOptions): SourceArchivePlan {
  let tag = options.tag.replace(/^refs\/tags\//, '')
  if (!tag) {
    if (!options.ref.startsWith('refs/tags/')) {
      throw new UserError(
        `Input 'source-archive' is true but 'tag' is empty and ${options.ref || 'GITHUB_REF'} is not a tag: run it on a tag push or release, or name the tag in 'tag'.`
      )
    }
    tag = options.ref.slice('refs/tags/'.length)
    if (!isTagName(tag)) throw new UserError(`GITHUB_REF names the tag '${tag}', which is not ${TAG_DESCRIPTION}.`)
  } else if (!isTagName(tag)) {
    throw new InputError('tag', options.tag, TAG_DESCRIPTION)
  }
  const repo = options.repository.split('/').pop() ?? ''
  if (!repo) throw new UserError('GITHUB_REPOSITORY is not set, so the source archive has no name.')
  const version = /^v\d/i.test(tag) ? tag.slice(1) : tag
  // A tag may hold '/', a file name may not.
  const values = { repo, version: version.replace(/\//g, '-'), tag: tag.replace(/\//g, '-') }
  const nameTemplate = options.name || DEFAULT_ARCHIVE_NAME
  const fileName = render(nameTemplate, values, 'source-archive-name')
  const extension = EXTENSIONS.find(([ext]) => fileName.endsWith(ext) && fileName.length > ext.length)
  if (!extension || !/^[^/\\\p{Cc}]+$/u.test(fileName) || fileName.startsWith('.')) {
    throw new InputError(
      'source-archive-name',
      options.name,
      'a plain file name ending in .tar.gz, .tgz, .tar or .zip, e.g. {repo}-{version}.tar.gz'
    )
  }
  let prefix = options.prefix
    ? render(options.prefix, values, 'source-archive-prefix')
    : `${fileName.slice(0, -extension[0].length)}/`
  if (!prefix.endsWith('/')) prefix += '/'
  if (/^[/\\]|^[A-Za-z]:|[\p{Cc}\\]/u.test(prefix) || prefix.split('/').some(s => s === '..' || s === '.')) {
    throw new InputError(
      'source-archive-prefix',
      options.prefix,
      "a relative folder without '..', e.g. {repo}-{version}/"
    )
  }
  return { tag, version, prefix, fileName, format: extension[1] }
}

export async function createSourceArchive(
  plan: SourceArchivePlan,
  workspace: string,
  outputDir: string
): Promise<string> {
  const output = join(outputDir, plan.fileName)
  await runProcess(
    'git',
    ['archive', `--format=${plan.format}`, `--prefix=${plan.prefix}`, '--output', output, `refs/tags/${plan.tag}`],
    { cwd: workspace }
  ).catch(error => {
    throw new UserError(
      `git archive of tag ${plan.tag} failed (is the tag fetched? use actions/checkout with fetch-depth: 0 or fetch-tags): ${errorMessage(error)}`
    )
  })
  return output
}
