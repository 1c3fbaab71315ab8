/**
 * The runner files (outputs, env, path, state) through commands.ts, plus the phase of the shared bundle.
 * Outputs are validated against nothing here: test/action-metadata.test.ts checks every `setOutput('name', …)`
 * against the action's action.yml.
 */
import * as core from './commands.js'

const PHASE_STATE = 'isPost'

export function setOutput(name: string, value: string | number | boolean | object): void {
  core.setOutput(name, typeof value === 'object' ? JSON.stringify(value) : String(value))
}

export function exportVariable(name: string, value: string): void {
  core.exportVariable(name, value)
}

export function addPath(path: string): void {
  core.addPath(path)
}

export function saveState(name: string, value: string | object): void {
  core.saveState(name, typeof value === 'string' ? value : JSON.stringify(value))
}

export function getState(name: string): string {
  return core.getState(name)
}

/** True in the `post` phase: main saved the marker, and the runner hands state back only to post. */
export function isPostPhase(): boolean {
  return core.getState(PHASE_STATE) === 'true'
}

export function markMainStarted(): void {
  core.saveState(PHASE_STATE, 'true')
}

export const log = {
  info: (message: string) => core.info(message),
  notice: (message: string, properties?: core.AnnotationProperties) => core.notice(message, properties),
  warning: (message: string, properties?: core.AnnotationProperties) => core.warning(message, properties),
  error: (message: string, properties?: core.AnnotationProperties) => core.error(message, properties),
  debug: (message: string) => core.debug(message),
  group: <T>(name: string, fn: () => Promise<T>) => core.group(name, fn)
}

/** The runner context an action needs, read once from the environment. */
export interface RunnerContext {
  os: 'Linux' | 'Windows' | 'macOS'
  arch: 'X64' | 'ARM64' | 'X86' | 'ARM'
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
    temp: env.RUNNER_TEMP || '',
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
