/**
 * The only file of setup-vfx-platform that reads inputs. Every input is validated here, once, with one error that
 * names the input, the value and what is accepted; the rest of the action works on the typed `Inputs`.
 *
 * One action, three kinds of step in a job (ADR 0060): the setup step (detect, install, configure), optionally
 * with `fuzz` (plant decoys before the build), and the audit step after the build (`audit-build-dir`).
 */
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
  return {
    platform,
    mode: readChoice('mode', ['auto', 'container', 'host'] as const, 'auto'),
    check: readChoice('check', ['warn', 'strict', 'off'] as const, 'warn'),
    cxxStandard: override ? Number(override) : platform.cxxStandard,
    exportEnv: readBoolean('export-env', true),
    install
  }
}
