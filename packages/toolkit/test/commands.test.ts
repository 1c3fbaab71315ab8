// The toolkit writes the runner's protocol itself (see commands.ts for why). These tests hold it to what
// @actions/core writes for the same calls, byte for byte, so the two can never drift apart unnoticed.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import * as ours from '../src/commands.js'

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'] as const
let saved: NodeJS.ProcessEnv
let stdout: string[]
let realWrite: typeof process.stdout.write

function freshFiles(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'commands-'))
  const files: Record<string, string> = {}
  for (const name of FILES) {
    files[name] = join(dir, name)
    writeFileSync(files[name], '')
    process.env[name] = files[name]
  }
  return files
}

const read = (files: Record<string, string>) =>
  Object.fromEntries(FILES.map(n => [n, readFileSync(files[n] as string, 'utf8')]))
// Heredoc delimiters are random per call in both implementations; compare with them normalised.
const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]+/g, 'ghadelimiter_X')

beforeEach(() => {
  saved = { ...process.env }
  stdout = []
  realWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string) => {
    stdout.push(String(chunk))
    return true
  }) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.env = saved
  process.exitCode = 0
})

function both(call: (api: typeof ours) => void): {
  ours: Record<string, string>
  core: Record<string, string>
  out: string[]
} {
  const oursFiles = freshFiles()
  call(ours)
  const oursOut = stdout.splice(0)
  const coreFiles = freshFiles()
  call(core as unknown as typeof ours)
  const coreOut = stdout.splice(0)
  expect(oursOut.join('')).toBe(coreOut.join(''))
  return {
    ours: Object.fromEntries(Object.entries(read(oursFiles)).map(([k, v]) => [k, normalise(v)])),
    core: Object.fromEntries(Object.entries(read(coreFiles)).map(([k, v]) => [k, normalise(v)])),
    out: oursOut
  }
}

describe('commands.ts writes what @actions/core writes', () => {
  test.each([
    ['single line', 'value'],
    ['multi-line', 'line 1\nline 2\n'],
    ['empty', ''],
    ['JSON', '{"include":[{"a":1}]}'],
    ['percent and colons', '100% a:b,c']
  ])('setOutput / saveState / exportVariable: %s', (_label, value) => {
    const result = both(api => {
      api.setOutput('name', value)
      api.saveState('state-name', value)
      api.exportVariable('ENV_NAME', value)
    })
    expect(result.ours).toEqual(result.core)
  })

  test('addPath', () => {
    const result = both(api => api.addPath('/opt/tool/bin'))
    expect(result.ours).toEqual(result.core)
    expect(result.ours.GITHUB_PATH).toBe('/opt/tool/bin\n')
  })

  test.each([
    ['plain', 'message', {}],
    ['escaped data', '50% done\r\nnext line', {}],
    ['properties', 'bad value', { file: 'a,b:c.yml', startLine: 3, title: 'Spec: error' }],
    ['all properties', 'x', { file: 'f', startLine: 1, endLine: 2, startColumn: 3, endColumn: 4, title: 't' }]
  ])('annotations: %s', (_label, message, properties) => {
    for (const level of ['error', 'warning', 'notice'] as const) {
      both(api => api[level](message, properties))
    }
  })

  test('setSecret, debug, setFailed', () => {
    both(api => api.setSecret('p@ss%word\nline2'))
    both(api => api.debug('details'))
    both(api => api.setFailed('it broke'))
    expect(process.exitCode).toBe(1)
  })

  test('getState reads STATE_<name>', () => {
    process.env.STATE_thing = 'kept'
    expect(ours.getState('thing')).toBe(core.getState('thing'))
  })

  test('a value containing the delimiter is refused', () => {
    expect(() => ours.formatFileCommand('n', 'x ghadelimiter_1 y', 'ghadelimiter_1')).toThrow(/delimiter/)
  })

  test('each heredoc gets a fresh delimiter that the value does not contain', () => {
    const value = 'line ghadelimiter_\nghadelimiter_0-1-2-3\nend'
    const texts = Array.from({ length: 50 }, () => ours.formatFileCommand('n', value))
    for (const text of texts) {
      const delimiter = /^n<<(ghadelimiter_[0-9a-f]{8}(?:-[0-9a-f]{8}){3})\n/.exec(text)![1]!
      expect(value.includes(delimiter)).toBe(false)
      expect(text).toBe(`n<<${delimiter}\n${value}\n${delimiter}\n`)
    }
    expect(new Set(texts).size).toBe(texts.length)
  })
})

describe('neutralizeCommands: untrusted text never starts a workflow command', () => {
  test.each([
    ['runner-1\n::set-output name=gpu::true', 'runner-1\n\u200b::set-output name=gpu::true'],
    ['Tesla T4\r::add-mask::x', 'Tesla T4\n\u200b::add-mask::x'],
    ['  ::error::fake', '  \u200b::error::fake'],
    ['text ##[set-env name=A;]b', 'text ##\u200b[set-env name=A;]b'],
    ['plain line', 'plain line']
  ])('%j', (input, expected) => {
    const { neutralizeCommands } = ours
    expect(neutralizeCommands(input)).toBe(expected.replaceAll('\n', EOL))
    for (const line of neutralizeCommands(input).split(EOL)) expect(line.trimStart().startsWith('::')).toBe(false)
  })
})
