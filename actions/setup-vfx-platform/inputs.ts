/**
 * The only file of setup-vfx-platform that reads inputs. Every input is validated here, once, with one error that
 * names the input, the value and what is accepted; the rest of the action works on the typed `Inputs`.
 *
 * One action, three kinds of step in a job (ADR 0060): the setup step (detect, install, configure), optionally
 * with `fuzz` (plant decoys before the build), and the audit step after the build (`audit-build-dir`).
 */
import { statSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { InputError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readChoice, readList, readSecret, readString } from '../../packages/toolkit/src/inputs.js'
import { parseComponents, type Component } from '../../packages/platform-bundles/src/plan.js'
import { resolveYear, type PlatformYear } from '../../packages/vfx-platform/src/index.js'

export interface Inputs {
  platform: PlatformYear
  mode: 'auto' | 'container' | 'host'
  /** How findings are reported: conformance problems of the setup step and the audit's verdict alike. */
  check: 'warn' | 'strict' | 'off'
  cxxStandard: number
  exportEnv: boolean
  install: {
    components: Component[]
    manifest: string
    cache: boolean
    token: string
  }
  /** The fuzz seed (a whole number), or undefined for 'off'. */
  fuzzSeed?: number
  /** Where decoys may be planted: only under RUNNER_TEMP, or also in the system prefixes (throwaway runners). */
  fuzzScope: 'runner-temp' | 'system'
  /** An absolute path to a configured (and built) CMake build directory: this step is the audit. */
  auditBuildDir?: string
}

const MAX_SEED = 0xffffffff

/** 'off' (or empty) → undefined; a whole number 0..4294967295 → the seed. */
export function parseFuzz(value: string): number | undefined {
  if (value === '' || value.toLowerCase() === 'off') return undefined
  if (!/^\d{1,10}$/.test(value) || Number(value) > MAX_SEED)
    throw new InputError('fuzz', value, `'off' or a seed: a whole number from 0 to ${MAX_SEED}`)
  return Number(value)
}

/** The build directory of the audit, resolved against the workspace; it must hold a CMakeCache.txt. */
export function resolveAuditBuildDir(value: string, workspace: string): string | undefined {
  if (value === '') return undefined
  if (value.includes('\0')) throw new InputError('audit-build-dir', value, 'a path to a CMake build directory')
  const dir = isAbsolute(value) ? resolve(value) : resolve(workspace, value)
  let isCache = false
  try {
    isCache = statSync(join(dir, 'CMakeCache.txt')).isFile()
  } catch {
    // missing, not a folder, not readable: all the same to the user
  }
  if (!isCache) {
    throw new InputError(
      'audit-build-dir',
      value,
      `a configured CMake build directory (no CMakeCache.txt in ${dir}; run the audit step after the build)`
    )
  }
  return dir
}

export function readInputs(): Inputs {
  const platform = resolveYear(
    readString('vfx-platform', {
      required: true,
      pattern: { regex: /./, description: "a year such as 2025, CY2025, 'latest' or 'draft'" }
    })
  )
  const override = readString('cxx-standard', {
    pattern: {
      regex: /^(11|14|17|20|23|26)$/,
      description: 'one of 11, 14, 17, 20, 23, 26, or empty for the year’s own'
    }
  })
  const install = {
    components: parseComponents(readList('install')),
    manifest: readString('manifest'),
    cache: readBoolean('cache', true),
    token: readSecret('token')
  }
  const fuzzText = readString('fuzz')
  const fuzzSeed = parseFuzz(fuzzText)
  const fuzzScope = readChoice('fuzz-scope', ['runner-temp', 'system'] as const, 'runner-temp')
  const auditText = readString('audit-build-dir')
  const auditBuildDir = resolveAuditBuildDir(auditText, process.env.GITHUB_WORKSPACE || process.cwd())
  if (auditBuildDir !== undefined && fuzzSeed !== undefined) {
    throw new InputError(
      'fuzz',
      fuzzText,
      "'off' in the audit step (audit-build-dir is set): decoys are planted by the setup step before the build"
    )
  }
  if (auditBuildDir !== undefined && install.components.length > 0) {
    throw new InputError(
      'install',
      install.components.join(', '),
      'an empty list in the audit step (audit-build-dir is set): install in the setup step before the build'
    )
  }
  return {
    platform,
    mode: readChoice('mode', ['auto', 'container', 'host'] as const, 'auto'),
    check: readChoice('check', ['warn', 'strict', 'off'] as const, 'warn'),
    cxxStandard: override ? Number(override) : platform.cxxStandard,
    exportEnv: readBoolean('export-env', true),
    install,
    fuzzSeed,
    fuzzScope,
    auditBuildDir
  }
}
