/**
 * The runner's command protocol, written directly: file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH,
 * GITHUB_STATE, GITHUB_STEP_SUMMARY) and workflow commands on stdout (`::add-mask::`, `::error …::`, groups).
 *
 * Why not @actions/core: importing it loads @actions/http-client and undici (~1 MB of bundle, ~150 ms of start-up
 * on a 2-core runner), which alone breaks our cold-start goal of 1.5x `node -e 0`. The protocol is small and
 * stable; commands.test.ts checks that these functions write byte-for-byte what @actions/core writes.
 */
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { delimiter } from 'node:path'

export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const PROPERTY_NAMES: Record<keyof AnnotationProperties, string> = {
  title: 'title',
  file: 'file',
  startLine: 'line',
  endLine: 'endLine',
  startColumn: 'col',
  endColumn: 'endColumn'
}

export function formatCommand(command: string, properties: AnnotationProperties, message: string): string {
  // The runner's own order (title first), whatever order the caller wrote them in.
  const props = (Object.keys(PROPERTY_NAMES) as (keyof AnnotationProperties)[])
    .filter(key => properties[key] !== undefined && properties[key] !== '')
    .map(key => `${PROPERTY_NAMES[key]}=${escapeProperty(String(properties[key]))}`)
    .join(',')
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`
}

function issue(command: string, message: string, properties: AnnotationProperties = {}): void {
  process.stdout.write(formatCommand(command, properties, message) + EOL)
}

/**
 * A heredoc delimiter, random like @actions/core's but without loading node:crypto (~7 ms of every action's
 * start-up): what keeps a value from ending the heredoc early is the check that it does not contain the delimiter,
 * not the delimiter being unpredictable; a clash just draws another one.
 */
function delimiterFor(name: string, value: string): string {
  for (;;) {
    const token = Array.from({ length: 4 }, () =>
      Math.floor(Math.random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0')
    )
    const candidate = `ghadelimiter_${token.join('-')}`
    if (!name.includes(candidate) && !value.includes(candidate)) return candidate
  }
}

/** `name<<delimiter` heredoc, the form the runner accepts for any value. */
export function formatFileCommand(name: string, value: string, delimiterValue = delimiterFor(name, value)): string {
  if (name.includes(delimiterValue) || value.includes(delimiterValue)) {
    throw new Error(`Unexpected input: name or value contains the delimiter ${delimiterValue}`)
  }
  return `${name}<<${delimiterValue}${EOL}${value}${EOL}${delimiterValue}${EOL}`
}

function appendFileCommand(envName: string, text: string): boolean {
  const path = process.env[envName]
  if (!path) return false
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path} (${envName})`)
  appendFileSync(path, text, 'utf8')
  return true
}

export function setOutput(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_OUTPUT', formatFileCommand(name, value))) {
    process.stdout.write(
      EOL + formatCommand('set-output', {}, value).replace('::set-output::', `::set-output name=${name}::`) + EOL
    )
  }
}

export function exportVariable(name: string, value: string): void {
  process.env[name] = value
  if (!appendFileCommand('GITHUB_ENV', formatFileCommand(name, value))) issue(`set-env name=${name}`, value)
}

export function addPath(path: string): void {
  if (!appendFileCommand('GITHUB_PATH', path + EOL)) issue('add-path', path)
  process.env.PATH = `${path}${delimiter}${process.env.PATH ?? ''}`
}

export function saveState(name: string, value: string): void {
  if (!appendFileCommand('GITHUB_STATE', formatFileCommand(name, value))) issue(`save-state name=${name}`, value)
}

export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? ''
}

export function setSecret(value: string): void {
  issue('add-mask', value)
}

/**
 * Text from outside (API answers, tool output, file names) must never start a workflow command: the runner reads a
 * line as a command when, after leading white space, it starts with `::`, and as a legacy command when it holds
 * `##[`. A zero-width space (not white space to the runner) breaks both; line ends of every kind (CR alone too)
 * are made plain newlines so that a bare CR cannot hide a second line.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
    .join(EOL)
}

export const info = (message: string): void => void process.stdout.write(neutralizeCommands(message) + EOL)
export const debug = (message: string): void => issue('debug', message)
export const notice = (message: string, properties?: AnnotationProperties): void => issue('notice', message, properties)
export const warning = (message: string, properties?: AnnotationProperties): void =>
  issue('warning', message, properties)
export const error = (message: string, properties?: AnnotationProperties): void => issue('error', message, properties)

export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  process.stdout.write(`::group::${escapeData(name)}${EOL}`)
  try {
    return await fn()
  } finally {
    process.stdout.write(`::endgroup::${EOL}`)
  }
}

export function appendSummary(markdown: string): void {
  appendFileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith(EOL) ? markdown : markdown + EOL)
}
