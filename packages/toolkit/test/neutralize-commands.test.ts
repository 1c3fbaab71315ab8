// The runner protocol is @actions/core's; what the toolkit adds is that untrusted text never starts a workflow
// command (neutralizeCommands on every logged line and group title), the facade's conversions, and debugDecision.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { join } from 'node:path'
import { neutralizeCommands } from '../src/runner.js'
import { debugDecision, log, runnerContext, setOutput } from '../src/runner.js'

let saved: NodeJS.ProcessEnv
let stdout: string[]
let realWrite: typeof process.stdout.write

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
})

/** Lines the runner would read as workflow commands (`::` after white space, or a legacy `##[`). */
const commandLines = (text: string) =>
  text.split(/\r\n|\r|\n/).filter(line => line.trimStart().startsWith('::') || line.includes('##['))

describe('neutralizeCommands: untrusted text never starts a workflow command', () => {
  test.each([
    ['runner-1\n::set-output name=gpu::true', 'runner-1\n\u200b::set-output name=gpu::true'],
    ['Tesla T4\r::add-mask::x', 'Tesla T4\n\u200b::add-mask::x'],
    ['  ::error::fake', '  \u200b::error::fake'],
    ['text ##[set-env name=A;]b', 'text ##\u200b[set-env name=A;]b'],
    ['plain line', 'plain line']
  ])('%j', (input, expected) => {
    expect(neutralizeCommands(input)).toBe(expected.replaceAll('\n', EOL))
    expect(commandLines(neutralizeCommands(input))).toEqual([])
  })
})

describe('log (over @actions/core)', () => {
  const hostile = 'gpu-runner\n::set-output name=gpu::true\r::add-mask::x\r\n  ::stop-commands::t ##[error]y'

  test('log.info neutralizes every line of untrusted text', () => {
    log.info(hostile)
    expect(commandLines(stdout.join(''))).toEqual([])
    expect(stdout.join('')).toContain('gpu-runner')
  })

  test('a group title cannot start a command, and the group is closed after the callback', async () => {
    await log.group(hostile, async () => log.info('inside'))
    const lines = stdout.join('').split(EOL)
    expect(lines[0]!.startsWith('::group::gpu-runner')).toBe(true)
    expect(lines.filter(line => line.trimStart().startsWith('::')).map(line => line.split('::')[1])).toEqual([
      'group',
      'endgroup'
    ])
  })

  test('annotations and debug lines are one escaped command each', () => {
    log.warning(hostile, { file: 'a,b:c.yml', startLine: 3 })
    log.error(hostile)
    log.debug(hostile)
    const lines = stdout.join('').split(EOL).filter(Boolean)
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(`::warning file=a%2Cb%3Ac.yml,line=3::${hostile.replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`)
  })
})

describe('facade', () => {
  test('setOutput writes a heredoc to GITHUB_OUTPUT; objects as JSON', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'out-')), 'output')
    writeFileSync(file, '')
    process.env.GITHUB_OUTPUT = file
    setOutput('matrix', { include: [{ a: 1 }] })
    setOutput('count', 3)
    expect(readFileSync(file, 'utf8')).toMatch(
      /^matrix<<(ghadelimiter_[\w-]+)\n\{"include":\[\{"a":1\}\]\}\n\1\ncount<<(ghadelimiter_[\w-]+)\n3\n\2\n$/
    )
  })

  test('runnerContext: RUNNER_TEMP, or the system temp folder (the one fallback)', () => {
    expect(runnerContext({ RUNNER_TEMP: '/runner/tmp' }).temp).toBe('/runner/tmp')
    expect(runnerContext({}).temp).toBe(tmpdir())
  })

  test('debugDecision logs only in debug mode (RUNNER_DEBUG=1)', () => {
    delete process.env.RUNNER_DEBUG
    debugDecision('runner', { label: 'gpu' })
    expect(stdout).toEqual([])
    process.env.RUNNER_DEBUG = '1'
    debugDecision('runner', { label: 'gpu' })
    debugDecision('reason', 'line 1\n::error::x')
    expect(stdout.join('')).toBe(`::debug::runner: {"label":"gpu"}${EOL}::debug::reason: line 1%0A::error::x${EOL}`)
  })
})
