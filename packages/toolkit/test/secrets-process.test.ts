import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registerCleanup, runCleanup, writeSecretFile } from '../src/secrets.js'
import { ProcessError, childEnv, quoteToolPath, runProcess, which } from '../src/process.js'
import { argStringToArray } from '../../../node_modules/@actions/exec/lib/toolrunner.js'
import { codeBlock, escapeCell, fenceFor, markdownTable, mermaid } from '../src/summary.js'

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

  test('a child that exits without reading its stdin does not crash the caller (EPIPE is handled)', async () => {
    for (let i = 0; i < 5; i++) {
      const result = await runProcess('true', [], { input: 'x'.repeat(1 << 20), extraInputs: ['y'.repeat(1 << 20)] })
      expect(result.exitCode).toBe(0)
    }
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
    const error = await runProcess(process.execPath, ['-e', 'setInterval(()=>{},1000)'], { timeoutMs: 300 }).catch(
      e => e
    )
    expect(error.result.timedOut).toBe(true)
  })

  test.each([
    '/opt/Program Files (x86)/Windows Kits/10/bin/signtool.exe',
    'C:\\Program Files (x86)\\Windows Kits\\10\\bin\\signtool.exe',
    '\\\\server\\share\\tool.exe',
    '/odd/back\\slash/ tool'
  ])('a program path survives @actions/exec as one argument: %s', path => {
    expect(argStringToArray(quoteToolPath(path))).toEqual([path])
  })

  test('a program under a folder with spaces runs', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'spaces-')), 'Program Files (x86)')
    mkdirSync(dir)
    const tool = join(dir, 'tool')
    writeFileSync(tool, '#!/bin/sh\necho "ran $1"\n', { mode: 0o755 })
    expect((await runProcess(tool, ['a b'])).stdout).toBe('ran a b\n')
    const quoted = join(dir, 'say "hi"')
    writeFileSync(quoted, '#!/bin/sh\necho "quoted $1"\n', { mode: 0o755 })
    expect((await runProcess(quoted, ['x'])).stdout).toBe('quoted x\n')
  })

  test('a missing program is a clear error', async () => {
    await expect(runProcess('definitely-not-a-program-xyz', [])).rejects.toThrow(/was not found on PATH/)
    expect(await which('definitely-not-a-program-xyz')).toBeUndefined()
    expect(await which('node')).toMatch(/node$/)
  })
})

describe('childEnv: what every child process gets', () => {
  test.each([
    ['INPUT_TOKEN', false],
    ['INPUT_WINDOWS-CERTIFICATE-PASSWORD', false],
    ['input_lower', false],
    ['ACTIONS_RUNTIME_TOKEN', false],
    ['ACTIONS_ID_TOKEN_REQUEST_TOKEN', false],
    ['ACTIONS_ID_TOKEN_REQUEST_URL', true],
    ['ACTIONS_RESULTS_URL', true],
    ['GITHUB_TOKEN', true],
    ['PATH', true],
    ['MY_INPUT_X', true]
  ])('%s passed on: %s', (name, kept) => {
    expect(name in childEnv({ [name]: 'v' })).toBe(kept)
  })

  test('a withheld variable reaches a child only when the call names it', () => {
    expect(childEnv({ ACTIONS_RUNTIME_TOKEN: 't', INPUT_X: 'x' }, ['ACTIONS_RUNTIME_TOKEN'])).toEqual({
      ACTIONS_RUNTIME_TOKEN: 't'
    })
  })

  test('a real child sees no INPUT_* and no runner token, even when the caller passes process.env', async () => {
    process.env.INPUT_TOKEN = 'ghp_secret'
    process.env.ACTIONS_RUNTIME_TOKEN = 'runtime'
    process.env.SOMETHING_ELSE = 'kept'
    for (const env of [undefined, { ...process.env }]) {
      const result = await runProcess('env', [], { env })
      expect(result.stdout).not.toMatch(/^(INPUT_|ACTIONS_RUNTIME_TOKEN)/m)
      expect(result.stdout).toMatch(/^SOMETHING_ELSE=kept$/m)
    }
    const timed = await runProcess('env', [], { timeoutMs: 5000 })
    expect(timed.stdout).not.toContain('ghp_secret')
  })
})

describe('debug logging (RUNNER_DEBUG=1)', () => {
  test('a process start is logged with argv, cwd and withheld names, never stdin or fd contents', async () => {
    const writes: string[] = []
    const real = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => writes.push(String(chunk)) > 0) as typeof process.stdout.write
    process.env.INPUT_PASSPHRASE = 'pass-in-env'
    try {
      process.env.RUNNER_DEBUG = '1'
      await runProcess('true', ['--flag', 'file.txt'], { input: 'stdin-secret', extraInputs: ['fd3-secret'] })
      delete process.env.RUNNER_DEBUG
      await runProcess('true', ['--quiet-run'])
    } finally {
      process.stdout.write = real
    }
    const text = writes.join('')
    expect(text).toMatch(/^::debug::process start: \{"file":"[^"]*\/true","args":\["--flag","file.txt"\],"cwd":/m)
    expect(text).toContain('"withheld":["INPUT_PASSPHRASE"]')
    expect(text).toContain('::debug::process end: {"file":"true","exitCode":0,"timedOut":false}')
    expect(text).not.toMatch(/stdin-secret|fd3-secret|pass-in-env|--quiet-run/)
  })
})

describe('runProcess echo', () => {
  test("a child's output is logged line by line, never as a workflow command", async () => {
    const writes: string[] = []
    const real = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => writes.push(String(chunk)) > 0) as typeof process.stdout.write
    try {
      await runProcess(
        process.execPath,
        ['-e', 'process.stdout.write("ok\\n::set-output name=x::1\\rTesla::add-mask::y\\n::error::z")'],
        { echo: true }
      )
    } finally {
      process.stdout.write = real
    }
    const text = writes.join('')
    expect(text).toContain('ok')
    expect(text.split(/\r\n|\r|\n/).filter(line => line.trimStart().startsWith('::'))).toEqual([])
  })
})

describe('summary helpers', () => {
  test('cells are escaped so user values cannot inject markup', () => {
    expect(escapeCell('a|b<script>\nc')).toBe('a\\|b&lt;script&gt;<br>c')
    expect(escapeCell('x\rrow2 `code` a\\|b')).toBe('x<br>row2 &#96;code&#96; a\\\\\\|b')
    expect(markdownTable(['name', 'value'], [['x', 1]])).toBe('| name | value |\n| --- | --- |\n| x | 1 |\n')
    expect(mermaid('graph TD; a-->b')).toBe('```mermaid\ngraph TD; a-->b\n```\n')
  })

  test.each([
    ['no backticks', 'plain', '```'],
    ['a run of three', 'a ``` b', '````'],
    ['a run of five', 'x ````` y ``', '``````']
  ])('code blocks use a fence longer than any backtick run inside: %s', (_label, source, fence) => {
    expect(fenceFor(source)).toBe(fence)
    expect(codeBlock(source)).toBe(`${fence}\n${source}\n${fence}\n`)
  })

  test('a bare CR cannot end a code block line on its own', () => {
    expect(codeBlock('name.tar.gz\r```\r# Injected')).toBe('````\nname.tar.gz\n```\n# Injected\n````\n')
  })
})
