/**
 * The inputs of build-matrix, read and checked here only: the spec (inline, or a file in the workspace read with
 * bounds: a regular file of at most 1 MiB, never a directory, device or FIFO), the profile and max-jobs.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs'
import { constants } from 'node:fs'
import { isAbsolute, join, relative } from 'node:path'
import { InputError } from '../../packages/toolkit/src/errors.js'
import { readInt, readString } from '../../packages/toolkit/src/inputs.js'
import { runnerContext } from '../../packages/toolkit/src/runner.js'

export const DEFAULT_SPEC_FILE = '.github/ci-matrix.yml'
/** GitHub refuses a matrix of more than 256 jobs. */
export const GITHUB_MATRIX_LIMIT = 256
/** Same bound as the YAML reader's: a spec is a few kilobytes. */
const MAX_SPEC_BYTES = 1024 * 1024

export interface SpecSource {
  text: string
  /** How messages name the spec: the file relative to the workspace, or "the 'spec' input". */
  label: string
  /** The spec file relative to the workspace, for annotations; absent for an inline spec. */
  file?: string
}

export interface Inputs {
  source: SpecSource
  /** 'auto', 'full' or a profile name (checked against the spec's profiles once it is read). */
  profile: string
  maxJobs: number
  eventName: string
}

export function readInputs(): Inputs {
  const inline = readString('spec')
  const specFile = readString('spec-file', { fallback: DEFAULT_SPEC_FILE })
  const profile = readString('profile', { fallback: 'auto' })
  const maxJobs = readInt('max-jobs', { fallback: GITHUB_MATRIX_LIMIT, min: 1, max: GITHUB_MATRIX_LIMIT })
  const context = runnerContext()
  if (Buffer.byteLength(inline, 'utf8') > MAX_SPEC_BYTES)
    throw new InputError('spec', `${inline.slice(0, 40)}…`, 'a YAML spec of at most 1 MiB')
  const source = inline ? { text: inline, label: "the 'spec' input" } : readSpecFile(specFile, context.workspace)
  return { source, profile, maxJobs, eventName: context.eventName }
}

/** The spec file, bounded (also used by `ci-actions matrix --spec-file`, where 'spec-file' names that option). */
export function readSpecFile(specFile: string, workspace: string): SpecSource {
  const path = isAbsolute(specFile) ? specFile : join(workspace, specFile)
  let kind: string
  try {
    const stat = statSync(path)
    kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'a directory' : 'not a regular file (a device, FIFO or socket)'
  } catch {
    throw new InputError(
      'spec-file',
      specFile,
      `a spec file in the workspace (${workspace}): check out the repository first, or give the spec inline with the 'spec' input`
    )
  }
  if (kind !== 'file') throw new InputError('spec-file', specFile, `a regular YAML file, and this is ${kind}`)
  // Opened without blocking (a FIFO swapped in after the check cannot hang the step) and read up to the bound.
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    if (!fstatSync(fd).isFile()) throw new InputError('spec-file', specFile, 'a regular YAML file')
    const buffer = Buffer.alloc(MAX_SPEC_BYTES + 1)
    let length = 0
    for (let n = 1; n > 0 && length <= MAX_SPEC_BYTES; length += n) {
      n = readSync(fd, buffer, length, buffer.length - length, null)
    }
    if (length > MAX_SPEC_BYTES) throw new InputError('spec-file', specFile, 'a YAML spec of at most 1 MiB')
    const file = relative(workspace, path).split('\\').join('/')
    return { text: buffer.subarray(0, length).toString('utf8'), label: file, file }
  } finally {
    closeSync(fd)
  }
}
