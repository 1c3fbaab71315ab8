/**
 * Typed input readers over @actions/core's getInput, getBooleanInput and getMultilineInput. Every action reads its
 * inputs only through these (in its inputs.ts), so each input is validated once and a bad value fails with an
 * InputError naming the input, the value and what is accepted, instead of @actions/core's generic TypeError. The
 * input name is always the first argument as a string literal: test/repository/action-metadata.test.ts finds the
 * inputs an action reads that way and checks them against its action.yml.
 */
import * as core from '@actions/core'
import { InputError } from './errors.js'
import { debugDecision } from './runner.js'
import { maskSecret } from './secrets.js'

/** The runner's environment variable for an input: upper-cased, spaces to `_`, hyphens kept (as getInput reads it). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * The runner hands inputs (the token among them) to the action as INPUT_* environment variables, and every child
 * process inherits the environment: not only ours (runProcess withholds them) but also tar, zstd and unzip that
 * @actions/cache and @actions/tool-cache start with the whole of process.env. runAction therefore seals the inputs
 * first: they move out of process.env into this private copy, and a reader puts its one variable back only for the
 * synchronous getInput call that reads it.
 */
let sealed: Map<string, string> | undefined

export function sealInputs(env: NodeJS.ProcessEnv = process.env): void {
  sealed ??= new Map()
  for (const [key, value] of Object.entries(env)) {
    if (!/^INPUT_/i.test(key) || value === undefined) continue
    sealed.set(key, value)
    delete env[key]
  }
}

function withInput<T>(name: string, read: () => T): T {
  const key = inputEnvName(name)
  const value = sealed?.get(key)
  if (value === undefined) return read()
  process.env[key] = value
  try {
    return read()
  } finally {
    delete process.env[key]
  }
}

/** The value, trimmed (getInput's default). */
function raw(name: string): string {
  return withInput(name, () => core.getInput(name))
}

/** An empty input replaced by the reader's default: logged in debug mode, as it is a decision the user did not see. */
function defaulted<T>(name: string, value: T): T {
  debugDecision(`input '${name}' is empty, using`, value)
  return value
}

export interface StringOptions {
  required?: boolean
  /** Value used when the input is empty. */
  fallback?: string
  /** A pattern the value must match, with the human description used in the error. */
  pattern?: { regex: RegExp; description: string }
}

export function readString(name: string, options: StringOptions = {}): string {
  const value = raw(name)
  if (value === '') {
    if (options.required) throw new InputError(name, value, options.pattern?.description ?? 'a non-empty value')
    return defaulted(name, options.fallback ?? '')
  }
  if (options.pattern && !options.pattern.regex.test(value)) {
    throw new InputError(name, value, options.pattern.description)
  }
  return value
}

/** getBooleanInput's spellings exactly (YAML 1.2 core schema): true, True, TRUE, false, False, FALSE. */
export function readBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name)
  if (value === '') return defaulted(name, fallback)
  try {
    return withInput(name, () => core.getBooleanInput(name))
  } catch {
    throw new InputError(name, value, "'true' or 'false' (also True, TRUE, False, FALSE)")
  }
}

export function readChoice<T extends string>(name: string, choices: readonly T[], fallback?: T): T {
  const value = raw(name)
  if (value === '' && fallback !== undefined) return defaulted(name, fallback)
  const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase())
  if (match === undefined) throw new InputError(name, value, `one of ${choices.map(c => `'${c}'`).join(', ')}`)
  return match
}

export interface IntOptions {
  fallback?: number
  min?: number
  max?: number
}

export function readInt(name: string, options: IntOptions = {}): number {
  const value = raw(name)
  const min = options.min ?? Number.MIN_SAFE_INTEGER
  const max = options.max ?? Number.MAX_SAFE_INTEGER
  const accepted =
    options.min !== undefined && options.max !== undefined
      ? `a whole number from ${min} to ${max}`
      : options.min !== undefined
        ? `a whole number of at least ${min}`
        : 'a whole number'
  if (value === '') {
    if (options.fallback !== undefined) return defaulted(name, options.fallback)
    throw new InputError(name, value, accepted)
  }
  if (!/^-?\d+$/.test(value)) throw new InputError(name, value, accepted)
  const n = Number(value)
  if (n < min || n > max) throw new InputError(name, value, accepted)
  return n
}

/** A list given one item per line or separated by commas; blank items and `#` comment lines are dropped. */
export function readList(name: string): string[] {
  return splitList(raw(name))
}

export function splitList(value: string): string[] {
  return value
    .split(/\r?\n/)
    .filter(line => !line.trim().startsWith('#'))
    .flatMap(line => line.split(','))
    .map(item => item.trim())
    .filter(item => item !== '')
}

/** Multi-line input kept line by line (no comma splitting), e.g. scanner arguments or globs with commas. */
export function readLines(name: string): string[] {
  return withInput(name, () => core.getMultilineInput(name))
    .map(line => line.trim())
    .filter(line => line !== '' && !line.startsWith('#'))
}

/**
 * A secret input: masked before anything else can print it. An empty secret returns ''.
 * Multi-line secrets are masked line by line as well, because the runner masks per line.
 */
export function readSecret(name: string): string {
  const value = raw(name)
  maskSecret(value)
  return value
}
