/**
 * The probe's outputs as `artifacts:reports:dotenv` lines, pure. GitLab's dotenv: one KEY=value per line, keys of
 * ASCII letters, digits and underscores only, no empty lines or comments, no multi-line values, quotes kept as
 * written, under 5 KB. So each output name becomes GPU_<NAME> (driver-version → GPU_DRIVER_VERSION) and each value
 * one line of at most MAX_VALUE characters (a GPU name comes from the driver: never trusted to be one line).
 */
import { PROBE_OUTPUT_NAMES, type ProbeOutputName } from '../../../actions/gpu-runner-fallback/probe-gpu.js'

export const DOTENV_PREFIX = 'GPU_'
export const MAX_VALUE = 400
/** Control characters (C0 with newlines, DEL, C1) and the Unicode line separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu

export function dotenvKey(output: string, prefix = DOTENV_PREFIX): string {
  return `${prefix}${output.toUpperCase().replace(/-/g, '_')}`
}

/** One line: control characters (newlines included) become spaces; trimmed; bounded. */
export function dotenvValue(value: string): string {
  return value.replace(CONTROL, ' ').trim().slice(0, MAX_VALUE)
}

export function formatDotenv(outputs: Record<ProbeOutputName, string>, prefix = DOTENV_PREFIX): string {
  return PROBE_OUTPUT_NAMES.map(name => `${dotenvKey(name, prefix)}=${dotenvValue(outputs[name])}\n`).join('')
}
