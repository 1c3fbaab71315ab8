/**
 * Where produced files go and how files are named for people and in the checksums file. Pure.
 * Detached signatures sit beside their file, or all in `output-dir` when one is given; two files with the
 * same name cannot share an output folder, so that is caught before anything is signed.
 */
import { basename, join, relative, sep } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'

export function signaturePath(file: string, extension: string, outputDir: string): string {
  return outputDir ? join(outputDir, basename(file) + extension) : file + extension
}

export function assertDistinctNames(files: readonly string[], outputDir: string): void {
  if (!outputDir) return
  const seen = new Map<string, string>()
  for (const file of files) {
    const name = basename(file)
    const other = seen.get(name)
    if (other !== undefined && other !== file) {
      throw new UserError(`Input 'output-dir': ${other} and ${file} would both write signatures named ${name}.* there.`)
    }
    seen.set(name, file)
  }
}

/** A path relative to `from`, `/`-separated (the checksums file and the summary use it). */
export function relativeName(from: string, path: string): string {
  const rel = relative(from, path)
  return (rel === '' ? basename(path) : rel).split(sep).join('/')
}

export interface PlannedOutput {
  /** Where the action will write. */
  path: string
  /** What it is, for the message: "the checksums file", "the GPG signature of dist/a.tar.gz". */
  what: string
  /** The input a user changes to resolve a clash. */
  input: string
}

/**
 * The first planned output that would overwrite a selected artifact, compared by resolved path (`resolve` maps a
 * path to its real path; a file that does not exist yet maps to itself), or undefined. Pure apart from `resolve`.
 */
export function overwrittenArtifact(
  artifacts: ReadonlyMap<string, string>,
  outputs: readonly PlannedOutput[],
  resolve: (path: string) => string
): { output: PlannedOutput; artifact: string } | undefined {
  const byReal = new Map<string, string>()
  for (const [file, real] of artifacts) byReal.set(real, file)
  for (const output of outputs) {
    const artifact = artifacts.has(output.path) ? output.path : byReal.get(resolve(output.path))
    if (artifact !== undefined) return { output, artifact }
  }
  return undefined
}
