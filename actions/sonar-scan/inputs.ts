/**
 * Every input of sonar-scan, read and validated here and nowhere else, before anything is downloaded or run: one
 * error naming the input. Secrets are masked as they are read (the token, and credentials inside scanner-mirror),
 * and no error ever repeats a credential.
 */
import { existsSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import {
  readBoolean,
  readChoice,
  readInt,
  readLines,
  readSecret,
  readString
} from '../../packages/toolkit/src/inputs.js'
import { mayCarryCredential } from '../../packages/toolkit/src/credential-policy.js'
import { maskUrlCredentials, redactUrl } from '../../packages/toolkit/src/redact-url.js'
import { runnerContext } from '../../packages/toolkit/src/runner.js'
import { maskSecret } from '../../packages/toolkit/src/secrets.js'
import type { CoverageMode } from './coverage-plan.js'
import { credentialInArgs } from './scanner-args.js'
import { scannerCatalog } from './scanner-catalog.js'

export interface Inputs {
  token: string
  hostUrl: string
  /** As given; empty means the default (organizationFor). */
  organization: string
  projectKey: string
  scannerVersion: string
  /** May carry credentials (masked); print it only through redactUrl. */
  scannerMirror: string
  scannerSha256: string
  args: string[]
  /** The project base directory, absolute and existing. */
  baseDir: string
  /** '' (not set), 'auto', or the absolute path of an existing compile_commands.json. */
  compileCommands: string
  coverage: CoverageMode
  /** Absolute; the base directory when not given. */
  coverageDir: string
  qualityGate: 'off' | 'wait'
  qualityGateTimeout: number
  skipWithoutToken: boolean
  cache: boolean
}

const HTTP_URL = /^https?:\/\/[^\s]+$/

export function readInputs(): Inputs {
  let token = readSecret('token')
  if (!token && process.env.SONAR_TOKEN) {
    token = process.env.SONAR_TOKEN.trim()
    maskSecret(token)
  }
  const workspace = runnerContext().workspace
  const baseDir = resolve(workspace, readString('project-base-dir', { fallback: '.' }))
  if (!existsSync(baseDir)) throw new InputError('project-base-dir', baseDir, 'a folder that exists in the workspace')
  const coverageDir = readString('coverage-dir')
  const args = readLines('args')
  const credentialProblem = credentialInArgs(args)
  if (credentialProblem) throw new UserError(credentialProblem)
  return {
    token,
    hostUrl: readUrl('host-url', 'https://sonarcloud.io').replace(/\/+$/, ''),
    organization: readString('organization', {
      pattern: { regex: /^[\w.-]+$/, description: 'an organization key (letters, digits, -, _, .)' }
    }),
    projectKey: readString('project-key', {
      pattern: { regex: /^[\w.:-]+$/, description: 'a project key (letters, digits, -, _, ., :)' }
    }),
    scannerVersion: readString('scanner-version', {
      fallback: scannerCatalog.defaultVersion,
      pattern: { regex: /^\d+(\.\d+){1,3}$/, description: 'a sonar-scanner-cli version such as 8.1.0.6389' }
    }),
    scannerMirror: readUrl('scanner-mirror', ''),
    scannerSha256: readString('scanner-sha256', {
      pattern: { regex: /^[0-9a-fA-F]{64}$/, description: 'a sha256 of 64 hexadecimal characters' }
    }),
    args,
    baseDir,
    // Without a token nothing is analysed (a skip or the missing-token error comes first): no file to check.
    compileCommands: resolveCompileCommandsInput(readString('compile-commands'), baseDir, token !== ''),
    coverage: readChoice<CoverageMode>('coverage', ['auto', 'gcov', 'llvm-cov', 'coverage-xml', 'none'], 'auto'),
    coverageDir: coverageDir ? resolve(workspace, coverageDir) : baseDir,
    qualityGate: readChoice('quality-gate', ['off', 'wait'], 'off'),
    qualityGateTimeout: readInt('quality-gate-timeout', { fallback: 300, min: 1, max: 3600 }),
    skipWithoutToken: readBoolean('skip-without-token', true),
    cache: readBoolean('cache', true)
  }
}

/** A URL input: credentials in it are masked before anything can print them, and an error shows it redacted. */
function readUrl(name: 'host-url' | 'scanner-mirror', fallback: string): string {
  const url = name === 'host-url' ? readString('host-url', { fallback }) : readString('scanner-mirror', { fallback })
  maskUrlCredentials(url)
  if (url !== '' && !HTTP_URL.test(url)) throw new InputError(name, redactUrl(url), 'an http(s) URL')
  // The token goes to the server (from the scanner and from the quality-gate poll): only over https, as every
  // credential of these actions; plain http only for a server on this machine.
  if (name === 'host-url' && !mayCarryCredential(url, url)) {
    throw new InputError(
      name,
      redactUrl(url),
      'an https URL without user:password in it (the token would cross the network in clear text); http only for a server on this machine (localhost, 127.0.0.1)'
    )
  }
  return url
}

/**
 * compile-commands: a named file must exist now, before the scanner is downloaded (a missing file is a broken
 * build configuration, found in seconds rather than after a download). `auto` is looked for later, after the build.
 */
export function resolveCompileCommandsInput(setting: string, baseDir: string, check = true): string {
  if (setting === '' || setting === 'auto') return setting
  if (!check) return setting
  const path = isAbsolute(setting) ? setting : join(baseDir, setting)
  if (!existsSync(path))
    throw new InputError(
      'compile-commands',
      setting,
      `'auto' or the path of an existing compile_commands.json (${path} does not exist; configure with CMAKE_EXPORT_COMPILE_COMMANDS=ON first)`
    )
  return path
}
