/**
 * The toolkit's facade over the runner protocol (@actions/core): outputs, exported variables, PATH, logging,
 * masks, the OIDC token, and the runner context read once from the environment. Actions and the toolkit call
 * these, never @actions/core directly, so that every logged line of untrusted text is neutralized. Outputs are
 * validated against nothing here: test/repository/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 *
 * What @actions/core does not do for us: `core.info` writes its text raw, so text from outside (API answers, tool
 * output, file names, runner and GPU names) could start a workflow command of its own. Every line logged here goes
 * through neutralizeCommands first. Annotations, debug lines, masks and group titles are single commands whose data
 * @actions/core escapes (`%`, CR and LF become `%25`, `%0D`, `%0A`), so their text cannot begin a second line;
 * group titles are neutralized as well.
 */
import * as core from '@actions/core'
import { EOL, tmpdir } from 'node:os'

export type AnnotationProperties = core.AnnotationProperties

/**
 * Text from outside must never start a workflow command: the runner reads a line as a command when, after leading
 * white space, it starts with `::`, and as a legacy command when it holds `##[`. A zero-width space (not white
 * space to the runner) breaks both; line ends of every kind (CR alone too) are made plain newlines so that a bare
 * CR cannot hide a second line.
 */
export function neutralizeCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(line => line.replace(/^(\s*):/, '$1\u200b:').replaceAll('##[', '##\u200b['))
    .join(EOL)
}

export function setOutput(name: string, value: string | number | boolean | object): void {
  core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value))
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value)
}

export function addPath(path: string): void {
  core.addPath(path)
}

/** The workflow's OIDC token for `audience` (Sigstore's keyless signing); needs `permissions: id-token: write`. */
export function getIDToken(audience?: string): Promise<string> {
  return core.getIDToken(audience)
}

/** Whether the runner offers an OIDC token to this job (the variables getIDToken reads are both set). */
export function hasIDToken(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}

export const log = {
  info: (message: string) => core.info(neutralizeCommands(message)),
  notice: (message: string, properties?: AnnotationProperties) => core.notice(message, properties),
  warning: (message: string, properties?: AnnotationProperties) => core.warning(message, properties),
  error: (message: string, properties?: AnnotationProperties) => core.error(message, properties),
  debug: (message: string) => core.debug(message),
  group: <T>(name: string, fn: () => Promise<T>) => core.group(neutralizeCommands(name), fn)
}

/** Fails the step with one `::error::` annotation. */
export function setFailed(message: string): void {
  core.setFailed(message)
}

/** Masks a value in every later log line (the runner replaces it with ***). */
export function setSecret(value: string): void {
  core.setSecret(value)
}

/**
 * Logs a decision with `::debug::` (shown only in a re-run with debug logging, RUNNER_DEBUG=1): what was decided
 * and the value it came to. Cheap when debug is off: the value is not even formatted.
 */
export function debugDecision(what: string, value: unknown): void {
  if (!core.isDebug()) return
  let text: string
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  core.debug(`${what}: ${text}`)
}

/** The runner context an action needs, read once from the environment. */
export interface RunnerContext {
  os: 'Linux' | 'Windows' | 'macOS'
  arch: 'X64' | 'ARM64' | 'X86' | 'ARM'
  /** RUNNER_TEMP, or the system temp folder outside a runner (the one place that fallback is made). */
  temp: string
  toolCache: string
  workspace: string
  eventName: string
  eventPath: string
  repository: string
  ref: string
  sha: string
  apiUrl: string
  serverUrl: string
}

function defaultOs(): RunnerContext['os'] {
  return process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux'
}

function defaultArch(): RunnerContext['arch'] {
  return process.arch === 'arm64' ? 'ARM64' : process.arch === 'ia32' ? 'X86' : process.arch === 'arm' ? 'ARM' : 'X64'
}

export function runnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  return {
    os: (env.RUNNER_OS as RunnerContext['os']) || defaultOs(),
    arch: (env.RUNNER_ARCH as RunnerContext['arch']) || defaultArch(),
    temp: runnerTemp(env),
    toolCache: env.RUNNER_TOOL_CACHE || '',
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    eventName: env.GITHUB_EVENT_NAME || '',
    eventPath: env.GITHUB_EVENT_PATH || '',
    repository: env.GITHUB_REPOSITORY || '',
    ref: env.GITHUB_REF || '',
    sha: env.GITHUB_SHA || '',
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  }
}

/** The runner's temporary folder (emptied after every job); the system temp folder when run outside a runner. */
export function runnerTemp(env: NodeJS.ProcessEnv = process.env): string {
  return env.RUNNER_TEMP || tmpdir()
}
