/**
 * ci-actions run <action>: runs one action under the runner's contract through the local runner
 * (packages/local-runner) and prints what it produced; exits with the action's status.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { LocalRunResult } from '../../../packages/local-runner/src/run-action.js'
import { pairs, UsageError, type CommandIo, type ParsedArgs } from '../arguments.js'

export async function run(args: ParsedArgs, io: CommandIo): Promise<number> {
  const { values } = args
  const inputs = pairs('with', values.with as string[] | undefined, 'run')
  const env = pairs('env', values.env as string[] | undefined, 'run')
  const actionDir = locateAction(args.positionals[0]!, io.cwd)
  const eventFile = values.event as string | undefined
  const event: unknown = eventFile ? JSON.parse(readFileSync(resolve(io.cwd, eventFile), 'utf8')) : {}
  const { runLocalAction } = await import('../../../packages/local-runner/src/run-action.js')
  const result = await runLocalAction({
    actionDir,
    inputs,
    env,
    event,
    eventName:
      (values['event-name'] as string | undefined) ??
      (event && typeof event === 'object' && 'pull_request' in event ? 'pull_request' : 'push'),
    workspace: values.workspace ? resolve(io.cwd, values.workspace as string) : undefined,
    keep: values.keep === true,
    echo: values.quiet !== true
  })
  io.out(formatReport(result))
  return result.exitCode
}

/** Finds the action folder: a path, or `<name>` in this repository (from the cwd up, then beside the CLI). */
export function locateAction(action: string, from: string): string {
  if (existsSync(join(from, action, 'action.yml'))) return resolve(from, action)
  const roots = [from]
  if (process.argv[1]) roots.push(join(dirname(realpathSync(process.argv[1])), '..', '..'))
  for (const start of roots) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      if (existsSync(join(dir, action, 'action.yml'))) return join(dir, action)
      if (dirname(dir) === dir) break
    }
  }
  throw new UsageError(
    `No action '${action}' here: expected ${action}/action.yml in this repository or a path to one.`,
    'run'
  )
}

export function formatReport(result: LocalRunResult): string {
  const section = (title: string, body: string) => `\n== ${title}\n${body.trimEnd() || '(none)'}\n`
  const pairsText = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([k, v]) => (v.includes('\n') ? `${k}<<EOF\n${v}\nEOF` : `${k}=${v}`))
      .join('\n')
  const mask = (text: string) => result.masks.reduce((t, m) => t.split(m).join('***'), text)
  const kept = result.kept ? `\n== kept\n${result.root}\n` : ''
  return (
    mask(section('outputs', pairsText(result.outputs))) +
    mask(section('exported environment', pairsText(result.exportedEnv))) +
    mask(section('PATH additions', result.paths.join('\n'))) +
    mask(section('job summary', result.summary)) +
    kept +
    `\n== result: ${result.success ? 'success' : `failure (exit code ${result.exitCode})`}\n`
  )
}
