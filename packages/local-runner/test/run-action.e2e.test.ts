import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { actionNode, runLocalAction } from '../src/run-action.js'
import { runBundle, fullLog, repoRoot } from '../../../test/support/run-bundle.js'

const fixture = join(repoRoot, 'test/fixtures/actions/contract')

describe('local runner: the runner contract', () => {
  test('inputs with defaults, outputs (multi-line too), state, env, path, summary, then post', async () => {
    const result = await runBundle(fixture, {
      inputs: { lines: 'one\ntwo\nthree' },
      env: { GITHUB_TOKEN: 'ghs_faketoken' }
    })
    expect(result.success).toBe(true)
    expect(result.steps.map(s => s.phase)).toEqual(['main', 'post'])
    expect(result.outputs).toEqual({ greeting: 'hello world', lines: 'one\ntwo\nthree' })
    expect(result.state).toEqual({ started: 'yes', multi: 'first\nsecond' })
    expect(result.exportedEnv).toEqual({ FIXTURE_ENV: 'exported', FIXTURE_MULTI: 'a\nb' })
    expect(result.paths).toEqual([join(result.temp, 'fixture-bin')])
    expect(result.summary).toBe('### main ran\n### post ran\n')
    const log = fullLog(result)
    expect(log).toContain('token input: ghs_faketoken') // ${{ github.token }} default evaluated
    expect(log).toContain('post state started=yes multi="first\\nsecond"')
    expect(log).toContain('post sees FIXTURE_ENV=exported FIXTURE_MULTI="a\\nb"')
    expect(log).toContain(`post PATH starts with ${join(result.temp, 'fixture-bin')}`)
    expect(log).toContain(`workspace: ${result.workspace}`)
    expect(log).toContain(`cwd: ${result.workspace}`)
  })

  test('masks registered with ::add-mask:: are hidden in the log of every later step', async () => {
    const result = await runBundle(fixture, { inputs: { secret: 's3cr3t-value' } })
    expect(result.masks).toEqual(['s3cr3t-value'])
    expect(fullLog(result)).not.toContain('s3cr3t-value')
    expect(fullLog(result)).toContain('secret input: ***')
    expect(fullLog(result)).toContain('post secret again: ***')
    expect(result.steps[0]?.rawStdout).toContain('s3cr3t-value') // the raw stream still had it: masking did the work
  })

  test('post runs after a failed main (post-if default semantics) and the run fails with main’s code', async () => {
    const result = await runBundle(fixture, { inputs: { fail: 'true' } })
    expect(result.success).toBe(false)
    expect(result.exitCode).toBe(1)
    expect(result.steps.map(s => [s.phase, s.exitCode])).toEqual([
      ['main', 1],
      ['post', 0]
    ])
    expect(result.annotations).toContainEqual({ level: 'error', message: 'main failed on purpose' })
    expect(result.state.started).toBe('yes')
    expect(existsSync(join(result.temp, 'post-ran'))).toBe(true)
  })

  test('post-if is honoured: a false condition skips post', async () => {
    const result = await runBundle(fixture, { env: { FIXTURE_SKIP_POST: 'true' } })
    expect(result.steps.map(s => s.phase)).toEqual(['main'])
    expect(existsSync(join(result.temp, 'post-ran'))).toBe(false)
  })

  test('event payload and name reach the action', async () => {
    const result = await runBundle(fixture, { eventName: 'pull_request', event: { number: 7 } })
    expect(result.success).toBe(true)
    expect(fullLog(result)).toContain('event: pull_request {"number":7}')
  })
})

describe('local runner: the Node.js binary that runs actions', () => {
  function versionAction() {
    const dir = mkdtempSync(join(tmpdir(), 'node-switch-'))
    writeFileSync(
      join(dir, 'action.yml'),
      'name: node-version\ndescription: Reports the node that runs it.\nruns:\n  using: node24\n  main: main.mjs\n'
    )
    writeFileSync(
      join(dir, 'main.mjs'),
      "import { appendFileSync } from 'node:fs'\n" +
        "appendFileSync(process.env.GITHUB_OUTPUT, `node=${process.version}\\nvia=${process.env.VIA_WRAPPER ?? 'no'}\\n`)\n"
    )
    // A stand-in "other node": a wrapper that marks the environment, then runs this node.
    const wrapper = join(dir, 'other-node')
    writeFileSync(wrapper, `#!/bin/sh\nVIA_WRAPPER=yes exec '${process.execPath}' "$@"\n`, { mode: 0o755 })
    return { dir, wrapper }
  }

  test('the node option, else LOCAL_RUNNER_NODE, else this process’s node', () => {
    expect(actionNode('/opt/node24/bin/node', { LOCAL_RUNNER_NODE: '/x/node' }, '/usr/bin/node')).toBe(
      '/opt/node24/bin/node'
    )
    expect(actionNode(undefined, { LOCAL_RUNNER_NODE: '/x/node' }, '/usr/bin/node')).toBe('/x/node')
    expect(actionNode(undefined, { LOCAL_RUNNER_NODE: ' ' }, '/usr/bin/node')).toBe('/usr/bin/node')
    expect(actionNode(undefined, {}, '/usr/bin/node')).toBe('/usr/bin/node')
  })

  test('the action runs under the binary the node option names', async () => {
    const { dir, wrapper } = versionAction()
    const result = await runBundle(dir, { node: wrapper })
    expect(result.outputs.via).toBe('yes')
  })

  test('a node binary that does not exist is a clear error', async () => {
    const { dir } = versionAction()
    await expect(runBundle(dir, { node: join(dir, 'no-such-node') })).rejects.toThrow(
      /no-such-node \(option node or LOCAL_RUNNER_NODE\) does not exist/
    )
  })

  test('with LOCAL_RUNNER_NODE set (the Node 24 pass of .ci/run), actions run on that binary', async () => {
    const { dir } = versionAction()
    const result = await runBundle(dir)
    const expected = process.env.LOCAL_RUNNER_NODE
      ? execFileSync(process.env.LOCAL_RUNNER_NODE, ['--version'], { encoding: 'utf8' }).trim()
      : process.version
    expect(result.outputs.node).toBe(expected)
  })
})

describe('local runner: what @actions/core writes', () => {
  const tricky = 'line 1\nEOF\nname<<EOF\n=x\n::not-a-command::'

  test('file commands with random heredoc delimiters, masks, debug lines, annotations and the summary', async () => {
    const result = await runBundle(join(repoRoot, 'test/fixtures/actions/core-protocol'), {
      inputs: { secret: 'core-s3cret' },
      env: { RUNNER_DEBUG: '1' }
    })
    expect(result.success).toBe(true)
    expect(result.outputs).toEqual({ multi: tricky })
    expect(result.exportedEnv).toEqual({ CORE_FIXTURE_ENV: tricky })
    expect(result.state).toEqual({ kept: tricky })
    expect(result.paths).toEqual(['/opt/core-fixture/bin'])
    expect(result.summary).toBe('<h3>core summary</h3>\nbody')
    expect(result.masks).toEqual(['core-s3cret', 'multi\nline secret'])
    expect(result.annotations).toEqual([
      { level: 'warning', message: 'a warning' },
      { level: 'notice', message: '50% done\r\nnext' }
    ])
    const log = fullLog(result)
    expect(log).toContain('secret in the log: ***')
    expect(log).toContain('::debug::a debug line%0Awith two lines')
    expect(log).toContain(`post sees state: ${JSON.stringify(tricky)}`)
    expect(log).toContain(`post sees env: ${JSON.stringify(tricky)}`)
  })

  test('debug lines are in the shown log only with RUNNER_DEBUG=1, as on a runner; the raw output keeps them', async () => {
    const result = await runBundle(join(repoRoot, 'test/fixtures/actions/core-protocol'), {
      inputs: { secret: 'core-s3cret' }
    })
    expect(result.success).toBe(true)
    expect(fullLog(result)).not.toContain('::debug::')
    expect(fullLog(result)).toContain('secret in the log: ***')
    expect(result.steps[0]!.rawStdout).toContain('::debug::a debug line%0Awith two lines')
  })

  test('a run removes its temporary root unless kept; a root the caller gives is left alone', async () => {
    const action = join(repoRoot, 'test/fixtures/actions/core-protocol')
    const removed = await runLocalAction({ actionDir: action, inputs: { secret: 's3cret-x' } })
    expect(removed.kept).toBe(false)
    expect(existsSync(removed.root)).toBe(false)
    const kept = await runLocalAction({ actionDir: action, inputs: { secret: 's3cret-x' }, keep: true })
    expect(kept.kept).toBe(true)
    expect(existsSync(join(kept.workspace))).toBe(true)
    rmSync(kept.root, { recursive: true, force: true })
    const root = mkdtempSync(join(tmpdir(), 'given-root-'))
    const given = await runLocalAction({ actionDir: action, inputs: { secret: 's3cret-x' }, root })
    expect(given.kept).toBe(true)
    expect(existsSync(join(root, 'workspace'))).toBe(true)
    rmSync(root, { recursive: true, force: true })
  })
})
