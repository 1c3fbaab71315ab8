/**
 * Tests that need a system tool or library (installed by `.ci/run` from `.ci/apt-packages.txt`) declare it:
 *
 *   const describeWithTools = requireTools(['gpg', 'tar'])
 *   describeWithTools('signs with gpg', () => { … })
 *
 * When everything is there it is Jest's `describe`. When something is missing, the block is skipped (its body is
 * not even run, so fixtures built at collection time are safe; one skipped entry stands for the block) and its
 * title says what is missing and which Debian package provides it (`[needs gpg (apt: gnupg)]`); the summary reporter
 * (scripts/summary-reporter.cjs) lists those skips on the run's last line. Under `CI=true` a missing tool is a
 * failure instead (one failing test per block, naming the tool), so `.ci/run` never passes with parts not run.
 * Names are executables on PATH (see system-tools.json) or Debian library packages (found by a header file).
 */
import { describe, test } from '@jest/globals'
import { accessSync, constants, existsSync, readFileSync } from 'node:fs'
import { delimiter, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

interface SystemTools {
  tools: Record<string, string>
  libraries: Record<string, string[]>
}

export const systemTools = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'system-tools.json'), 'utf8')
) as SystemTools

/** The marker the summary reporter looks for in skipped block titles. Keep in sync with summary-reporter.cjs. */
export const SKIP_MARKER = '[needs '

function onPath(tool: string, path = process.env.PATH ?? ''): boolean {
  return path
    .split(delimiter)
    .filter(Boolean)
    .some(dir => {
      try {
        accessSync(join(dir, tool), constants.X_OK)
        return true
      } catch {
        return false
      }
    })
}

/** The names of `needs` that this machine lacks, each with its Debian package: `gpg (apt: gnupg)`. */
export function missingTools(needs: readonly string[]): string[] {
  return needs
    .filter(name => {
      const headers = systemTools.libraries[name]
      if (headers) return !headers.some(file => existsSync(file))
      if (!(name in systemTools.tools)) {
        throw new Error(
          `requireTools: '${name}' is not in test/support/system-tools.json; add it with its Debian package`
        )
      }
      return !onPath(name)
    })
    .map(name => (systemTools.libraries[name] ? `${name} (apt: ${name})` : `${name} (apt: ${systemTools.tools[name]})`))
}

/** Whether every one of `needs` is here; for module-level code that must not run without them. */
export function haveTools(needs: readonly string[]): boolean {
  return missingTools(needs).length === 0
}

/** Jest's `describe` when every tool is here; otherwise a skip naming what is missing (a failure under CI=true). */
export function requireTools(needs: readonly string[]): typeof describe {
  const missing = missingTools(needs)
  if (missing.length === 0) return describe
  const marker = `${SKIP_MARKER}${missing.join(', ')}]`
  if (process.env.CI === 'true') {
    const failing = (name: unknown) =>
      describe(`${String(name)} ${marker}`, () => {
        test('has the system tools it needs', () => {
          throw new Error(
            `Missing on this CI machine: ${missing.join(', ')}. CI must run every test: install the packages of ` +
              '.ci/apt-packages.txt (bash .ci/run does).'
          )
        })
      })
    return Object.assign((name: unknown) => failing(name), {
      each: () => (name: unknown) => failing(name),
      skip: describe.skip,
      only: describe.only
    }) as unknown as typeof describe
  }
  // The block's body is never run: describe bodies run at collection time, even under describe.skip, and some
  // build their fixtures there with the very tool that is missing. One skipped entry stands for the block.
  const skip = (name: unknown) =>
    describe(`${String(name)} ${marker}`, () => {
      test.skip(`skipped: needs ${missing.join(', ')}`, () => undefined)
    })
  return Object.assign((name: unknown) => skip(name), {
    each: () => (name: unknown) => skip(name),
    skip: describe.skip,
    only: describe.only
  }) as unknown as typeof describe
}

/** The same for one test: Jest's `test` when every tool is here; otherwise a skip (a failure under CI=true). */
export function requireToolsForTest(needs: readonly string[]): typeof test {
  const missing = missingTools(needs)
  if (missing.length === 0) return test
  const marker = `${SKIP_MARKER}${missing.join(', ')}]`
  if (process.env.CI === 'true') {
    return ((name: unknown) =>
      test(`${String(name)} ${marker}`, () => {
        throw new Error(
          `Missing on this CI machine: ${missing.join(', ')}. Install the packages of .ci/apt-packages.txt.`
        )
      })) as unknown as typeof test
  }
  return ((name: unknown, fn: () => void) => test.skip(`${String(name)} ${marker}`, fn)) as unknown as typeof test
}
