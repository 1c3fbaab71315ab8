import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registerCleanup, runCleanup, writeSecretFile } from '../src/secrets.js'
import { ProcessError, runProcess, which } from '../src/process.js'
import { escapeCell, markdownTable, mermaid } from '../src/summary.js'

let saved: NodeJS.ProcessEnv
beforeEach(() => {
  saved = { ...process.env }
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'))
  const state = join(process.env.RUNNER_TEMP, '..', `state-${process.pid}-${Date.now()}`)
  writeFileSync(state, '')
  process.env.GITHUB_STATE = state
})
afterEach(() => {
  process.env = saved
})

describe('secret files and cleanup', () => {
  test('secret files are 0600 under RUNNER_TEMP, registered in state, removed by cleanup', () => {
    const path = writeSecretFile('gpg', 'key.asc', 'PRIVATE')
    expect(path.startsWith(process.env.RUNNER_TEMP as string)).toBe(true)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readFileSync(process.env.GITHUB_STATE as string, 'utf8')).toContain(path.replace(/\/key\.asc$/, ''))
    runCleanup()
    expect(existsSync(path)).toBe(false)
  })

  test('the post phase removes what main registered, from the saved state alone', () => {
    const dir = mkdtempSync(join(process.env.RUNNER_TEMP as string, 'keychain-'))
    process.env['STATE_toolkit-cleanup'] = JSON.stringify([dir])
    expect(runCleanup()).toContain(dir)
    expect(existsSync(dir)).toBe(false)
  })

  test('registering twice keeps one entry', () => {
    registerCleanup('/nonexistent/a')
    registerCleanup('/nonexistent/a')
    const lines = readFileSync(process.env.GITHUB_STATE as string, 'utf8')
    expect(lines).not.toContain('"/nonexistent/a","/nonexistent/a"')
  })
})

describe('runProcess (argv only, never a shell)', () => {
  test('arguments reach the child literally', async () => {
    const tricky = ['a b', '"q"', '$(echo pwned)', '; rm -rf /', '`id`', 'line\nbreak']
    const result = await runProcess(process.execPath, [
      '-e',
      'console.log(JSON.stringify(process.argv.slice(1)))',
      ...tricky
    ])
    expect(JSON.parse(result.stdout)).toEqual(tricky)
  })

  test('stdin and extra file descriptors carry secrets off the command line', async () => {
    const script =
      "const fs=require('fs');process.stdout.write(fs.readFileSync(0,'utf8')+'|'+fs.readFileSync(3,'utf8'))"
    const result = await runProcess(process.execPath, ['-e', script], {
      input: 'from-stdin',
      extraInputs: ['from-fd3']
    })
    expect(result.stdout).toBe('from-stdin|from-fd3')
  })

  test('a non-zero exit is a ProcessError with the tail of stderr; check: false returns it', async () => {
    const error = await runProcess(process.execPath, ['-e', 'console.error("boom");process.exit(3)']).catch(e => e)
    expect(error).toBeInstanceOf(ProcessError)
    expect(error.message).toContain('exit code 3')
    expect(error.message).toContain('boom')
    const result = await runProcess(process.execPath, ['-e', 'process.exit(4)'], { check: false })
    expect(result.exitCode).toBe(4)
  })

  test('a hanging process is killed at the timeout', async () => {
    const started = Date.now()
    const error = await runProcess(process.execPath, ['-e', 'setInterval(()=>{},1000)'], { timeoutMs: 300 }).catch(
      e => e
    )
    expect(error.result.timedOut).toBe(true)
    expect(Date.now() - started).toBeLessThan(5000)
  })

  test('a missing program is a clear error', async () => {
    await expect(runProcess('definitely-not-a-program-xyz', [])).rejects.toThrow(/was not found on PATH/)
    expect(await which('definitely-not-a-program-xyz')).toBeUndefined()
    expect(await which('node')).toMatch(/node$/)
  })
})

describe('summary helpers', () => {
  test('cells are escaped so user values cannot inject markup', () => {
    expect(escapeCell('a|b<script>\nc')).toBe('a\\|b&lt;script&gt;<br>c')
    expect(markdownTable(['name', 'value'], [['x', 1]])).toBe('| name | value |\n| --- | --- |\n| x | 1 |\n')
    expect(mermaid('graph TD; a-->b')).toBe('```mermaid\ngraph TD; a-->b\n```\n')
  })
})
