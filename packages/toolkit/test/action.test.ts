// runAction: the phase, one clean error, and the shared post work (cleanup, scheduled cache saves, an exit).
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../src/action.js'
import { InputError } from '../src/errors.js'

let saved: NodeJS.ProcessEnv
let stdout: string[]
let realWrite: typeof process.stdout.write
beforeEach(() => {
  saved = { ...process.env }
  const dir = mkdtempSync(join(tmpdir(), 'run-action-'))
  for (const name of ['GITHUB_STATE', 'GITHUB_OUTPUT']) {
    process.env[name] = join(dir, name)
    writeFileSync(process.env[name] as string, '')
  }
  delete process.env.STATE_isPost
  delete process.env.ACTIONS_RESULTS_URL
  delete process.env.ACTIONS_CACHE_URL
  stdout = []
  realWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string, callback?: () => void) => {
    stdout.push(String(chunk))
    if (typeof callback === 'function') callback()
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.env = saved
  process.exitCode = 0
})

describe('runAction', () => {
  test('main: an InputError is one ::error:: line and exit code 1, post is not run', async () => {
    let postRan = false
    await runAction({
      main: async () => {
        throw new InputError('spec', 'x', 'a YAML mapping')
      },
      post: async () => void (postRan = true)
    })
    expect(stdout.join('')).toBe("::error::Input 'spec' has the value 'x': expected a YAML mapping.\n")
    expect(process.exitCode).toBe(1)
    expect(postRan).toBe(false)
  })

  test('post: the action’s post, then the cleanup registry, then an exit even with a dangling timer', async () => {
    const secretDir = mkdtempSync(join(tmpdir(), 'secret-'))
    process.env.STATE_isPost = 'true'
    process.env['STATE_toolkit-cleanup'] = JSON.stringify([secretDir])
    const order: string[] = []
    const dangling = setInterval(() => undefined, 60_000) // what a hung cache upload leaves behind
    const exited = new Promise<number>(
      resolve =>
        void runAction(
          { main: async () => void order.push('main'), post: async () => void order.push('post') },
          { exit: code => resolve(code) }
        )
    )
    expect(await exited).toBe(0)
    clearInterval(dangling)
    expect(order).toEqual(['post'])
    expect(existsSync(secretDir)).toBe(false)
  })

  test('post: a failing post is a warning, and the exit code stays 0', async () => {
    process.env.STATE_isPost = 'true'
    const code = await new Promise<number>(
      resolve =>
        void runAction(
          {
            main: async () => undefined,
            post: async () => {
              throw new Error('keychain gone')
            }
          },
          { exit: resolve }
        )
    )
    expect(code).toBe(0)
    expect(stdout.join('')).toContain('::warning::Post step: keychain gone')
  })

  test('post: cache.js is loaded only when main scheduled a save', async () => {
    process.env.STATE_isPost = 'true'
    await new Promise<number>(resolve => void runAction({ main: async () => undefined }, { exit: resolve }))
    expect(stdout.join('')).not.toContain('cache service')
    process.env['STATE_toolkit-cache-save'] = JSON.stringify([
      { key: 'v1-cmake', tool: 'cmake', version: '3.31.6', arch: 'x64' }
    ])
    await new Promise<number>(resolve => void runAction({ main: async () => undefined }, { exit: resolve }))
    expect(stdout.join('')).toContain('The cache service is not available to this job; nothing saved.')
  })
})
