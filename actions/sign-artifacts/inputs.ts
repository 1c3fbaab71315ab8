/**
 * Every input of sign-artifacts, read and validated in one place: a bad value is one error naming the input, the
 * value and what is accepted, before any file is read or written.
 */
import { statSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import { InputError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readChoice, readLines, readSecret, readString } from '../../packages/toolkit/src/inputs.js'
import { runnerContext } from '../../packages/toolkit/src/runner.js'
import { defaultChecksumsFileName } from './checksums.js'
import { patternBody, patternLines, patternProblem } from './patterns.js'
import { TAG_DESCRIPTION, isTagName, planSourceArchive, type SourceArchivePlan } from './source-archive.js'

export interface Inputs {
  /** The `files` patterns (comments and blank lines dropped), each checked to stay inside the workspace. */
  files: string[]
  /** The source archive to make, or undefined with `source-archive: false`. */
  sourceArchive?: SourceArchivePlan
  checksums: 'sha256' | 'sha512' | 'none'
  /** Absolute path of the checksums file; empty with `checksums: none`. */
  checksumsPath: string
  sigstore: 'auto' | 'true' | 'false'
  sigstoreFulcioUrl: string
  sigstoreRekorUrl: string
  /** Absolute path of a private instance's trusted_root.json, or empty. */
  sigstoreTrustedRoot: string
  gpgPrivateKey: string
  gpgPassphrase: string
  appleCertificate: string
  appleCertificatePassword: string
  appleIdentity: string
  appleNotarize: boolean
  appleApiKey: string
  appleApiKeyId: string
  appleApiIssuer: string
  windowsCertificate: string
  windowsCertificatePassword: string
  timestampUrl: string
  verify: boolean
  skipWithoutCredentials: boolean
  /** Absolute path of the output folder, or empty (signatures beside their files). */
  outputDir: string
}

const URL_PATTERN = { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' }

function kind(path: string): 'file' | 'directory' | 'other' | 'missing' {
  try {
    const stats = statSync(path)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'other'
  } catch {
    return 'missing'
  }
}

function readFiles(workspace: string, sourceArchive: boolean): string[] {
  const raw = readLines('files')
  const files = patternLines(raw)
  for (const pattern of files) {
    const problem = patternProblem(pattern, workspace)
    if (problem) throw new InputError('files', pattern, `globs inside the workspace; this pattern ${problem}`)
  }
  if (files.length > 0 && files.every(pattern => patternBody(pattern).negated)) {
    throw new InputError(
      'files',
      raw.join('\n'),
      "at least one including pattern: a line starting with '!' only excludes"
    )
  }
  if (files.length === 0 && !sourceArchive) {
    throw new InputError('files', raw.join('\n'), "one or more file globs (one per line), or 'source-archive: true'")
  }
  return files
}

function readOutputDir(workspace: string): string {
  const value = readString('output-dir', { pattern: { regex: /^[^\0\r\n]+$/, description: 'a folder path' } })
  if (!value) return ''
  const path = resolve(workspace, value)
  const found = kind(path)
  if (found !== 'directory' && found !== 'missing')
    throw new InputError('output-dir', value, `a folder, not a ${found}`)
  return path
}

function readChecksumsPath(checksums: Inputs['checksums'], base: string): string {
  const value = readString('checksums-file', {
    pattern: { regex: /^[^\0\r\n]+$/, description: 'a file name' }
  })
  if (checksums === 'none') return ''
  const name = value || defaultChecksumsFileName(checksums)
  if (isAbsolute(name) || /^[A-Za-z]:|^[\\/]/.test(name) || name.split(/[\\/]/).some(s => s === '..' || s === '')) {
    throw new InputError(
      'checksums-file',
      value,
      "a file name or relative path inside 'output-dir' or the workspace, without '..'"
    )
  }
  const path = resolve(base, name)
  const found = kind(path)
  if (found !== 'file' && found !== 'missing') throw new InputError('checksums-file', value, `a file, not a ${found}`)
  return path
}

export function readInputs(): Inputs {
  const context = runnerContext()
  const workspace = context.workspace
  // Secrets first: masked before any other input can fail.
  const secrets = {
    gpgPrivateKey: readSecret('gpg-private-key'),
    gpgPassphrase: readSecret('gpg-passphrase'),
    appleCertificate: readSecret('apple-certificate'),
    appleCertificatePassword: readSecret('apple-certificate-password'),
    appleApiKey: readSecret('apple-api-key'),
    windowsCertificate: readSecret('windows-certificate'),
    windowsCertificatePassword: readSecret('windows-certificate-password')
  }
  const checksums = readChoice('checksums', ['sha256', 'sha512', 'none'] as const, 'sha256')
  const wantsArchive = readBoolean('source-archive', false)
  const files = readFiles(workspace, wantsArchive)
  const tag = readString('tag')
  if (tag && !isTagName(tag.replace(/^refs\/tags\//, ''))) throw new InputError('tag', tag, TAG_DESCRIPTION)
  const archiveName = readString('source-archive-name')
  const archivePrefix = readString('source-archive-prefix')
  const sourceArchive = wantsArchive
    ? planSourceArchive({
        repository: context.repository,
        ref: context.ref,
        tag,
        name: archiveName,
        prefix: archivePrefix
      })
    : undefined
  const outputDir = readOutputDir(workspace)
  const trustedRoot = readString('sigstore-trusted-root')
  return {
    files,
    ...(sourceArchive ? { sourceArchive } : {}),
    checksums,
    checksumsPath: readChecksumsPath(checksums, outputDir || workspace),
    sigstore: readChoice('sigstore', ['auto', 'true', 'false'] as const, 'auto'),
    sigstoreFulcioUrl: readString('sigstore-fulcio-url', { pattern: URL_PATTERN }),
    sigstoreRekorUrl: readString('sigstore-rekor-url', { pattern: URL_PATTERN }),
    sigstoreTrustedRoot: trustedRoot ? resolve(workspace, trustedRoot) : '',
    ...secrets,
    appleIdentity: readString('apple-identity'),
    appleNotarize: readBoolean('apple-notarize', false),
    appleApiKeyId: readString('apple-api-key-id'),
    appleApiIssuer: readString('apple-api-issuer'),
    timestampUrl: readString('timestamp-url', {
      pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL or empty' }
    }),
    verify: readBoolean('verify', true),
    skipWithoutCredentials: readBoolean('skip-without-credentials', true),
    outputDir
  }
}
