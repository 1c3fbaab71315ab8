// The CLI as a newcomer runs it (`npm run action -- …` / `npx ci-actions run …`): the committed bundle.
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { repoRoot } from '../support/run-bundle.js'

const cli = join(repoRoot, 'dist/cli/index.js')
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8' })

describe('ci-actions run', () => {
  test('prints outputs, exported env, PATH additions and the summary, masking secrets; exits 0', () => {
    const result = run('run', 'test/fixtures/actions/contract', '--with', 'greeting=hi', '--with', 'secret=topsecret1')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('== outputs\ngreeting=hi world\n')
    expect(result.stdout).toContain('FIXTURE_MULTI<<EOF\na\nb\nEOF')
    expect(result.stdout).toMatch(/== PATH additions\n.*fixture-bin/)
    expect(result.stdout).toContain('== job summary\n### main ran\n### post ran')
    expect(result.stdout).toContain('secret input: ***')
    expect(result.stdout + result.stderr).not.toContain('topsecret1')
  })

  test('exits with the action’s failure code and still runs post', () => {
    const result = run('run', 'test/fixtures/actions/contract', '--with', 'fail=true', '--quiet')
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('### post ran')
    expect(result.stdout).toContain('== result: failure (exit code 1)')
  })

  test('usage errors exit 2; an unknown action names what it looked for', () => {
    expect(run().status).toBe(2)
    const unknown = run('run', 'no-such-action')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("No action 'no-such-action' here")
  })
})
