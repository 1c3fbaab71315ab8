// Adversarial cases for the toolkit's shared defenses (issue 13 items 7, 8 and 10), run against the built bundles
// through the local runner where an action reaches the defense, and against the toolkit where the defense is the
// toolkit's alone. Each case fails when its defense is removed (see the report of the change that added it).
import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { EOL, tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { log } from '../../packages/toolkit/src/runner.js'
import { codeBlock, markdownTable } from '../../packages/toolkit/src/summary.js'
import { runBundle } from '../support/run-bundle.js'

const SECRET = 'ghp_adversarialSecret0123456789'
const HOSTILE_NAME =
  'Tesla T4\r::add-mask::INJECTED-MASK\r::error::INJECTED-ERROR\r# INJECTED-HEADING ``` | <img src=x onerror=alert(1)>'

/**
 * A fake nvidia-smi that records the environment it was given (with `env` and with python3) and then answers the
 * query with a GPU whose name carries bare CRs, workflow commands and Markdown.
 */
function hostileNvidiaSmi(): { bin: string; dumps: string } {
  const root = mkdtempSync(join(tmpdir(), 'adversarial-toolkit-'))
  const bin = join(root, 'bin')
  const dumps = join(root, 'dumps')
  mkdirSync(bin)
  mkdirSync(dumps)
  const row = `0, GPU-d1c2e3f4-0a1b-2c3d-4e5f-60718293a4b5, ${HOSTILE_NAME}, 535.104.05, 15360, 7.5`
  writeFileSync(join(root, 'query.csv'), row + '\n')
  writeFileSync(
    join(bin, 'nvidia-smi'),
    `#!/bin/sh
env > '${dumps}/env-'$$.txt
python3 -c 'import json, os; print(json.dumps(dict(os.environ)))' > '${dumps}/python-'$$.json
if [ "$#" -eq 0 ]; then echo "NVIDIA-SMI 535.104.05   Driver Version: 535.104.05   CUDA Version: 12.2"; exit 0; fi
cat '${root}/query.csv'
`
  )
  chmodSync(join(bin, 'nvidia-smi'), 0o755)
  return { bin, dumps }
}

const unescapedPipes = (row: string) => (row.replace(/\\\\/g, '').replace(/\\\|/g, '').match(/\|/g) ?? []).length

function probe(bin: string) {
  return runBundle('gpu-runner-fallback', {
    inputs: { mode: 'probe', 'timeout-seconds': '5', token: SECRET, 'gpu-runner': 'gpu-t4' },
    env: {
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-secret',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-secret',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://127.0.0.1/oidc'
    }
  })
}

let run: Awaited<ReturnType<typeof probe>>
let dumps: string

describe('through the gpu-runner-fallback bundle (a probe that runs a hostile nvidia-smi)', () => {
  beforeAll(async () => {
    const fake = hostileNvidiaSmi()
    dumps = fake.dumps
    run = await probe(fake.bin)
  })

  describe('no child process gets the INPUT_* variables or the runner tokens', () => {
    test('env and python3 in the child see no INPUT_*, no ACTIONS_RUNTIME_TOKEN, no ACTIONS_ID_TOKEN_REQUEST_TOKEN', () => {
      const files = readdirSync(dumps)
      expect(files.filter(f => f.startsWith('env-')).length).toBeGreaterThan(0)
      expect(files.filter(f => f.startsWith('python-')).length).toBeGreaterThan(0)
      for (const file of files) {
        const text = readFileSync(join(dumps, file), 'utf8')
        const names = file.endsWith('.json')
          ? Object.keys(JSON.parse(text) as Record<string, string>)
          : text.split('\n').map(line => line.split('=')[0] ?? '')
        expect(names.filter(name => /^INPUT_/i.test(name))).toEqual([])
        expect(names).not.toContain('ACTIONS_RUNTIME_TOKEN')
        expect(names).not.toContain('ACTIONS_ID_TOKEN_REQUEST_TOKEN')
        expect(text).not.toContain(SECRET)
        expect(names).toContain('PATH')
        expect(names).toContain('ACTIONS_ID_TOKEN_REQUEST_URL')
      }
    })
  })

  describe('workflow-command injection: untrusted text never starts a workflow command', () => {
    test('a GPU name with bare CRs and commands is logged, but no injected command reaches the runner', () => {
      const raw = run.steps.map(step => step.rawStdout + step.rawStderr).join('')
      expect(raw).toContain('Tesla T4')
      const lines = raw.split(/\r\n|\r|\n/).map(line => line.trimStart())
      expect(lines.filter(line => line.startsWith('::add-mask::INJECTED'))).toEqual([])
      expect(lines.filter(line => line.startsWith('::error::INJECTED'))).toEqual([])
      expect(run.masks).not.toContain('INJECTED-MASK')
      expect(run.annotations.filter(a => a.message.startsWith('INJECTED'))).toEqual([])
    })
  })

  describe('job summary injection: a hostile name stays inside its table cell', () => {
    test('no injected heading, raw HTML or broken row in the summary', () => {
      expect(run.summary).toContain('Tesla T4')
      const lines = run.summary.split(/\r\n|\r|\n/)
      expect(lines.filter(line => line.trimStart().startsWith('# INJECTED'))).toEqual([])
      expect(run.summary).not.toContain('<img')
      const hostileLines = lines.filter(line => line.includes('INJECTED'))
      expect(hostileLines.length).toBeGreaterThan(0)
      for (const line of hostileLines) {
        expect(line).not.toContain('```')
        // A table row keeps its columns: the GPU table has six, so seven unescaped pipes.
        if (line.startsWith('|')) expect(unescapedPipes(line)).toBe(7)
      }
    })
  })
})

describe('workflow-command injection (toolkit logging)', () => {
  let stdout: string[]
  let realWrite: typeof process.stdout.write
  beforeEach(() => {
    stdout = []
    realWrite = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => stdout.push(String(chunk)) > 0) as typeof process.stdout.write
  })
  afterEach(() => {
    process.stdout.write = realWrite
  })

  test.each([
    ['a runner name from the API', 'gpu-runner-7\n::set-output name=gpu::true'],
    ['a GPU name with a bare CR', 'Tesla T4\r::add-mask::hunter2'],
    ['a label input with leading blanks', 'gpu\n   ::stop-commands::token'],
    ['a legacy ##[ command', 'name ##[set-env name=NODE_OPTIONS;]--require=/tmp/x']
  ])('%s: log.info and a group title', async (_label, text) => {
    log.info(text)
    await log.group(text, async () => undefined)
    const lines = stdout.join('').split(/\r\n|\r|\n/)
    const commands = lines.filter(line => line.trimStart().startsWith('::') || line.includes('##['))
    expect(commands.map(line => line.split('::')[1]?.split(' ')[0])).toEqual(['group', 'endgroup'])
    expect(stdout.join('')).toContain(EOL)
  })
})

describe('job summary injection (toolkit summary helpers)', () => {
  test('a file name with backtick fences cannot close the code block around it', () => {
    const names = ['release.tar.gz', 'evil```\n# Injected heading\n```', '````x````']
    const block = codeBlock(names.join('\n'))
    const lines = block.trimEnd().split('\n')
    const fence = lines[0]!
    // The opening fence is closed only by the last line: nothing in between is a fence of that length or longer.
    expect(lines.at(-1)).toBe(fence)
    expect(lines.slice(1, -1).filter(line => /^`+$/.test(line.trim()) && line.trim().length >= fence.length)).toEqual(
      []
    )
  })

  test('table cells keep rows and columns whatever a value holds', () => {
    const hostile = ['a|b', 'line\rbreak', 'two\nlines', '`code`', '<script>x</script>', 'back\\|slash']
    const table = markdownTable(
      ['file', 'status'],
      hostile.map(value => [value, 'ok'])
    )
    const rows = table.trimEnd().split(/\r\n|\r|\n/)
    expect(rows).toHaveLength(hostile.length + 2)
    for (const row of rows) {
      expect(unescapedPipes(row)).toBe(3)
    }
    expect(table).not.toMatch(/<script|`/)
  })
})
