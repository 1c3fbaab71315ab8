/** The command line of the local runner: argument parsing, finding the action, the printed report. */
import { existsSync, realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { LocalRunResult } from './run-action.js'

export const USAGE = `usage: ci-actions run <action> [--with name=value]... [--event payload.json] [--event-name name]
                      [--env NAME=VALUE]... [--workspace dir] [--quiet]
  <action>   an action of this repository (e.g. build-matrix) or a folder holding an action.yml
       ci-actions check-workflow <workflow.yml | folder>...`

export interface CliArguments {
  action: string
  inputs: Record<string, string>
  env: Record<string, string>
  eventFile?: string
  eventName?: string
  workspace?: string
  quiet: boolean
}

export function parseArguments(argv: string[]): CliArguments {
  const [command, action, ...rest] = argv
  if (command !== 'run' || !action || action.startsWith('-')) throw new Error(USAGE)
  const parsed: CliArguments = { action, inputs: {}, env: {}, quiet: false }
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i] as string
    const value = () => {
      const next = rest[++i]
      if (next === undefined) throw new Error(`${flag} needs a value\n${USAGE}`)
      return next
    }
    const pair = (text: string) => {
      const eq = text.indexOf('=')
      if (eq <= 0) throw new Error(`${flag} expects name=value, got '${text}'`)
      return [text.slice(0, eq), text.slice(eq + 1)] as const
    }
    if (flag === '--with' || flag === '-w') {
      const [k, v] = pair(value())
      parsed.inputs[k] = v
    } else if (flag === '--env' || flag === '-e') {
      const [k, v] = pair(value())
      parsed.env[k] = v
    } else if (flag === '--event') parsed.eventFile = value()
    else if (flag === '--event-name') parsed.eventName = value()
    else if (flag === '--workspace') parsed.workspace = value()
    else if (flag === '--quiet' || flag === '-q') parsed.quiet = true
    else throw new Error(`Unknown option ${flag}\n${USAGE}`)
  }
  return parsed
}

/** Finds the action folder: a path, or `<name>` in this repository (from the cwd up, then beside the CLI). */
export function locateAction(action: string, from = process.cwd()): string {
  if (existsSync(join(action, 'action.yml'))) return resolve(action)
  const roots = [from]
  if (process.argv[1]) roots.push(join(dirname(realpathSync(process.argv[1])), '..', '..'))
  for (const start of roots) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, action, 'action.yml'))) return join(dir, action)
      if (dirname(dir) === dir) break
    }
  }
  throw new Error(`No action '${action}' here: expected ${action}/action.yml in this repository or a path to one.`)
}

export function formatReport(result: LocalRunResult): string {
  const section = (title: string, body: string) => `\n== ${title}\n${body.trimEnd() || '(none)'}\n`
  const pairs = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([k, v]) => (v.includes('\n') ? `${k}<<EOF\n${v}\nEOF` : `${k}=${v}`))
      .join('\n')
  const mask = (text: string) => result.masks.reduce((t, m) => t.split(m).join('***'), text)
  return (
    mask(section('outputs', pairs(result.outputs))) +
    mask(section('exported environment', pairs(result.exportedEnv))) +
    mask(section('PATH additions', result.paths.join('\n'))) +
    mask(section('job summary', result.summary)) +
    `\n== result: ${result.success ? 'success' : `failure (exit code ${result.exitCode})`}\n`
  )
}
