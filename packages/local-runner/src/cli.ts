#!/usr/bin/env node
/**
 * ci-actions run <action> [--with name=value]… [--event payload.json] [--event-name name] [--env NAME=VALUE]…
 *
 * Runs one action of this repository (or any folder with an action.yml) on this machine under the runner's
 * contract, in a temporary workspace unless --workspace names one, then prints its outputs, exported environment,
 * PATH additions and job summary, and exits with the action's status. `npm run action -- <action> …` is the same.
 *
 * ci-actions check-workflow <file or folder>...
 *
 * Checks a workflow's uses of our actions and reusable workflows (inputs, secrets, types, required ones, outputs
 * read); prints file:line:col for each problem and exits 1 when there is any.
 *
 * ci-actions matrix --spec-file <file> --format gitlab|github
 *
 * build-matrix's expansion: a GitLab child pipeline, or the action's matrix JSON (gitlab/matrix-command.ts).
 *
 * ci-actions probe-gpu --format dotenv
 *
 * gpu-runner-fallback's probe as dotenv lines for artifacts:reports:dotenv (gitlab/probe-command.ts).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { formatReport, locateAction, parseArguments, type CliArguments } from './command-line.js'

async function main(argv: string[]): Promise<number> {
  const io = {
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
  }
  // Each command is loaded only when asked for: no command loads another's modules (probe-gpu never loads yaml).
  if (argv[0] === 'matrix') return (await import('./gitlab/matrix-command.js')).runMatrixCommand(argv.slice(1), io)
  if (argv[0] === 'probe-gpu') return (await import('./gitlab/probe-command.js')).runProbeCommand(argv.slice(1), io)
  if (argv[0] === 'check-workflow') {
    const { runCheckWorkflow } = await import('./check-workflow-command.js')
    return runCheckWorkflow(argv.slice(1), {
      out: text => process.stdout.write(text),
      err: text => process.stderr.write(text)
    })
  }
  let args: CliArguments
  try {
    args = parseArguments(argv)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 2
  }
  const actionDir = locateAction(args.action)
  const event = args.eventFile ? JSON.parse(readFileSync(args.eventFile, 'utf8')) : {}
  const { runLocalAction } = await import('./run-action.js')
  const result = await runLocalAction({
    actionDir,
    inputs: args.inputs,
    env: args.env,
    event,
    eventName: args.eventName ?? (event.pull_request ? 'pull_request' : 'push'),
    workspace: args.workspace ? resolve(args.workspace) : undefined,
    echo: !args.quiet
  })
  process.stdout.write(formatReport(result))
  return result.exitCode
}

/** Exits once everything written to stdout has been handed on: pipes are asynchronous on macOS, and a generated
 * pipeline cut short by an early exit would be a broken child pipeline. */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.exit(code))
}

main(process.argv.slice(2)).then(exitWhenFlushed, error => {
  process.stderr.write(`ci-actions: ${(error as Error).message}\n`)
  exitWhenFlushed(2)
})
