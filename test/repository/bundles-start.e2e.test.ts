// Every committed bundle starts: run with no inputs, as a user's first mistake would, it must end in a clean
// input error (one ::error:: naming an input) and never a crash, a stack trace or "require is not defined".
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { fullLog, repoRoot, runBundle } from '../support/run-bundle.js'

const actions = readdirSync(repoRoot, { withFileTypes: true })
  .filter(
    e =>
      e.isDirectory() && existsSync(join(repoRoot, e.name, 'action.yml')) && existsSync(join(repoRoot, 'dist', e.name))
  )
  .map(e => e.name)

describe.each(actions)('%s bundle', name => {
  test('starts, and without inputs fails with a clean input error', async () => {
    const result = await runBundle(name, { inputs: {} })
    const log = fullLog(result)
    expect(log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m) // no stack frames
    expect(log).not.toMatch(/ReferenceError|TypeError|SyntaxError|require is not defined|Cannot find module/)
    expect(result.exitCode).toBe(1)
    const errors = result.annotations.filter(a => a.level === 'error')
    expect(errors).toHaveLength(1)
    // The one error names an input of this action, in quotes, so the user knows what to set.
    const inputs = Object.keys(parse(readFileSync(join(repoRoot, name, 'action.yml'), 'utf8')).inputs ?? {})
    const named = inputs.filter(input => errors[0]?.message.includes(`'${input}'`))
    expect(named.length).toBeGreaterThan(0)
  })
})
