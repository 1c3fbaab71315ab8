/**
 * Secret handling: mask at once, key material only in files under RUNNER_TEMP with mode 0600, and a cleanup
 * registry. Paths registered here are saved to the runner's state, so the `post` phase removes them even when
 * `main` failed half way (see runCleanup, called by runAction before an action's own post).
 */
import { log, setSecret } from './runner.js'
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { debugDecision, runnerTemp } from './runner.js'
import { state } from './state.js'

export { runnerTemp }

const registered: string[] = []

/** Masks a secret in all later log output; multi-line values line by line, as the runner masks per line. */
export function maskSecret(value: string): void {
  if (value === '') return
  setSecret(value)
  for (const line of value.split(/\r?\n/)) {
    if (line.trim().length >= 4 && line !== value) setSecret(line.trim())
  }
}

/** Registers a path for removal in the post phase (and at the end of main if the caller asks for it). */
export function registerCleanup(path: string): void {
  if (registered.includes(path)) return
  registered.push(path)
  state.cleanup.write(registered)
}

/** A private directory (mode 0700) under RUNNER_TEMP, registered for cleanup. */
export function privateTempDir(prefix: string): string {
  const dir = mkdtempSync(join(runnerTemp(), `${prefix}-`))
  registerCleanup(dir)
  return dir
}

/** Writes secret material to a new file of mode 0600 inside a private temp dir; returns its path. */
export function writeSecretFile(prefix: string, fileName: string, content: string | Buffer): string {
  const dir = privateTempDir(prefix)
  const path = join(dir, fileName)
  writeFileSync(path, content, { mode: 0o600, flag: 'wx' })
  return path
}

/** Removes everything registered in this process and in the saved state. Never throws. */
export function runCleanup(): string[] {
  const saved = state.cleanup.read()
  const removed: string[] = []
  for (const path of new Set([...saved, ...registered])) {
    try {
      if (existsSync(path)) {
        rmSync(path, { recursive: true, force: true })
        removed.push(path)
      }
    } catch (error) {
      log.warning(`Could not remove ${path}: ${String(error)}`)
    }
  }
  debugDecision('cleanup removed', removed)
  return removed
}
