// The command line itself: one syntax (util.parseArgs) for every command, help for the tool and each command.
import { describe, expect, test } from '@jest/globals'
import { commandHelp, pairs, parseCommandLine, type CommandIo } from './arguments.js'
import { COMMANDS, runCli, toolHelp } from './main.js'

function io(): CommandIo & { stdout: string; stderr: string } {
  const captured = {
    stdout: '',
    stderr: '',
    env: {},
    cwd: process.cwd(),
    out: (text: string) => void (captured.stdout += text),
    err: (text: string) => void (captured.stderr += text)
  }
  return captured
}
const command = (name: string) => COMMANDS.find(c => c.name === name)!

describe('ci-actions --help', () => {
  test.each([['--help'], ['-h'], ['help']])('%s lists every command on stdout and exits 0', async flag => {
    const out = io()
    expect(await runCli([flag], out)).toBe(0)
    for (const name of ['run', 'matrix', 'probe-gpu', 'check-workflow'])
      expect(out.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'))
    expect(out.stderr).toBe('')
  })

  test('no command: the usage on stderr, exit 2; an unknown command is named', async () => {
    const none = io()
    expect(await runCli([], none)).toBe(2)
    expect(none.stderr).toBe(toolHelp())
    const unknown = io()
    expect(await runCli(['bogus'], unknown)).toBe(2)
    expect(unknown.stderr).toContain("unknown command 'bogus'")
  })

  test.each(COMMANDS.map(c => [c.name]))('%s --help shows every option of the command and exits 0', async name => {
    const out = io()
    expect(await runCli([name, '--help'], out)).toBe(0)
    expect(out.stdout).toBe(commandHelp(command(name)))
    for (const option of Object.keys(command(name).options)) expect(out.stdout).toContain(`--${option}`)
  })
})

describe('one syntax for every command', () => {
  test('run: --with=k=v, --with k=v and -w k=v are the same; values may hold =', () => {
    const forms = [
      ['x', '--with=spec=a=b', '--env=X=1'],
      ['x', '--with', 'spec=a=b', '--env', 'X=1'],
      ['x', '-w', 'spec=a=b', '-e', 'X=1']
    ]
    for (const argv of forms) {
      const parsed = parseCommandLine(command('run'), argv)
      if (parsed === 'help') throw new Error('unexpected help')
      expect(parsed.positionals).toEqual(['x'])
      expect(pairs('with', parsed.values.with as string[], 'run')).toEqual({ spec: 'a=b' })
      expect(pairs('env', parsed.values.env as string[], 'run')).toEqual({ X: '1' })
    }
  })

  test('matrix: --spec-file=x and --spec-file x are the same', () => {
    for (const argv of [
      ['--spec-file=s.yml', '--format=gitlab'],
      ['--spec-file', 's.yml', '--format', 'gitlab']
    ]) {
      const parsed = parseCommandLine(command('matrix'), argv)
      expect(parsed !== 'help' && parsed.values).toMatchObject({ 'spec-file': 's.yml', format: 'gitlab' })
    }
  })

  test.each([
    ['run', [], 'expected <action>, got 0 argument(s)'],
    ['run', ['a', 'b'], 'expected <action>, got 2 argument(s)'],
    ['run', ['x', '--bogus'], 'unknown option --bogus'],
    ['run', ['x', '--with'], '--with needs a value'],
    ['run', ['x', '--with', 'novalue'], "--with has the value 'novalue': expected name=value."],
    ['matrix', ['--format', 'yaml'], "--format has the value 'yaml': expected github or gitlab."],
    ['matrix', ['--format', 'github', '--format', 'gitlab'], "--format has the value 'gitlab': expected it once."],
    ['matrix', ['--max-jobs', '0'], "--max-jobs has the value '0': expected a whole number from 1 to 256."],
    ['matrix', ['stray'], 'unexpected argument stray'],
    ['probe-gpu', ['--format', 'json'], "--format has the value 'json': expected dotenv."],
    ['probe-gpu', ['--require=yes'], '--require takes no value'],
    [
      'probe-gpu',
      ['--gpu-test-regex', '('],
      "--gpu-test-regex has the value '(': expected a regular expression for ctest -E."
    ],
    ['check-workflow', [], 'expected <workflow.yml | folder>..., got 0 argument(s)']
  ])('%s %j: exit 2, one message naming the option, with a pointer to --help', async (name, argv, message) => {
    const out = io()
    expect(await runCli([name, ...argv], out)).toBe(2)
    expect(out.stderr).toBe(`ci-actions ${name}: ${message}\n(see 'ci-actions ${name} --help')\n`)
    expect(out.stdout).toBe('')
  })
})
