import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isPostPhase, markMainStarted, state } from '../src/state.js'

let saved: NodeJS.ProcessEnv
let stateFile: string
beforeEach(() => {
  saved = { ...process.env }
  stateFile = join(mkdtempSync(join(tmpdir(), 'state-')), 'state')
  writeFileSync(stateFile, '')
  process.env.GITHUB_STATE = stateFile
})
afterEach(() => {
  process.env = saved
})

describe('typed state registry', () => {
  test('every key is named once', () => {
    const keys = Object.values(state).map(entry => entry.key)
    expect(new Set(keys).size).toBe(keys.length)
  })

  test('writers append to GITHUB_STATE; readers read what the runner hands back as STATE_<key>', () => {
    state.cleanup.write(['/tmp/secret-a'])
    expect(readFileSync(stateFile, 'utf8')).toMatch(/^toolkit-cleanup<<ghadelimiter_[\w-]+\n\["\/tmp\/secret-a"\]\n/)
    expect(state.cleanup.read()).toEqual([])
    process.env['STATE_toolkit-cleanup'] = JSON.stringify(['/tmp/secret-a'])
    expect(state.cleanup.read()).toEqual(['/tmp/secret-a'])
  })

  test.each([
    ['not JSON', '[oops', []],
    ['not an array', '{"a":1}', []],
    ['wrong items dropped', '["/tmp/a", 3, null, "/tmp/b"]', ['/tmp/a', '/tmp/b']],
    ['empty', '', []]
  ])('a malformed list reads as what is usable: %s', (_label, raw, expected) => {
    process.env['STATE_toolkit-cleanup'] = raw
    expect(state.cleanup.read()).toEqual(expected)
  })

  test('scheduled cache saves need key, tool, version and arch', () => {
    process.env['STATE_toolkit-cache-save'] = JSON.stringify([
      { key: 'v1-cmake', tool: 'cmake', version: '3.31.6', arch: 'x64' },
      { key: 'v1-broken' }
    ])
    expect(state.cacheSaves.read().map(save => save.key)).toEqual(['v1-cmake'])
  })

  test('the phase marker tells main from post', () => {
    expect(isPostPhase()).toBe(false)
    markMainStarted()
    expect(readFileSync(stateFile, 'utf8')).toMatch(/^isPost<</)
    process.env.STATE_isPost = 'true'
    expect(isPostPhase()).toBe(true)
  })
})
