/**
 * What the action will write, known before it writes anything, and the check that none of it lands on a selected
 * artifact or goes through a symbolic link (a `SHA256SUMS -> app.tar.gz` or `app.tar.gz.asc -> ~/.bashrc` left in
 * the workspace would otherwise be written through). Never overwrite an artifact.
 */
import { lstatSync, realpathSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import type { Method } from './plan.js'
import { overwrittenArtifact, relativeName, signaturePath, type PlannedOutput } from './paths.js'

export interface OutputPlan {
  methods: readonly Method[]
  /** The files `files` selected (they exist now). */
  selected: readonly string[]
  /** The selected files and the source archive: what gets checksums and detached signatures. */
  artifacts: readonly string[]
  sourceArchive: string
  checksumsPath: string
  outputDir: string
  workspace: string
}

/** Pure: every file the plan writes, in the order it writes them. */
export function plannedOutputs(plan: OutputPlan): PlannedOutput[] {
  const name = (path: string) => relativeName(plan.workspace, path)
  const outputs: PlannedOutput[] = []
  if (plan.sourceArchive)
    outputs.push({ path: plan.sourceArchive, what: 'the source archive', input: 'source-archive-name' })
  const checksums = plan.methods.includes('checksums')
  if (checksums) outputs.push({ path: plan.checksumsPath, what: 'the checksums file', input: 'checksums-file' })
  const detached = [...plan.artifacts, ...(checksums ? [plan.checksumsPath] : [])]
  for (const [method, extension, title] of [
    ['gpg', '.asc', 'GPG signature'],
    ['sigstore', '.sigstore.json', 'Sigstore bundle']
  ] as const) {
    if (!plan.methods.includes(method)) continue
    for (const file of detached)
      outputs.push({
        path: signaturePath(file, extension, plan.outputDir),
        what: `the ${title} of ${name(file)}`,
        input: 'files'
      })
  }
  return outputs
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path))
    } catch {
      return path
    }
  }
}

export function assertOutputsSafe(plan: OutputPlan, outputs: readonly PlannedOutput[]): void {
  const artifacts = new Map(plan.selected.map(file => [file, realOrSelf(file)]))
  const clash = overwrittenArtifact(artifacts, outputs, realOrSelf)
  if (clash) {
    const artifact = relativeName(plan.workspace, clash.artifact)
    throw new UserError(
      `Input '${clash.output.input}': ${clash.output.what} would be written to ${relativeName(plan.workspace, clash.output.path)}, which ${clash.output.path === clash.artifact ? 'is' : 'resolves to'} the artifact ${artifact}; an artifact is never overwritten. Choose another name or exclude it from 'files'.`
    )
  }
  for (const output of outputs) {
    let link = false
    try {
      link = lstatSync(output.path).isSymbolicLink()
    } catch {
      continue
    }
    if (link)
      throw new UserError(
        `Input '${output.input}': ${output.what} would be written through the symbolic link ${relativeName(plan.workspace, output.path)}; remove the link first.`
      )
  }
}
