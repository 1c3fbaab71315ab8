#!/usr/bin/env node
// The entry of the `ci-actions` bundle: runs the command line (main.ts) and exits once stdout is flushed.
import type { CommandIo } from './arguments.js'
import { runCli } from './main.js'

/** Exits once everything written to stdout has been handed on: pipes are asynchronous on macOS, and a generated
 * pipeline cut short by an early exit would be a broken child pipeline. */
function exitWhenFlushed(code: number): void {
  process.stdout.write('', () => process.exit(code))
}

const io: CommandIo = {
  out: text => void process.stdout.write(text),
  err: text => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd()
}

runCli(process.argv.slice(2), io).then(exitWhenFlushed, error => {
  process.stderr.write(`ci-actions: ${(error as Error).message}\n`)
  exitWhenFlushed(2)
})
