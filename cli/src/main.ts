/**
 * The `ci-actions` command: the actions' decisions outside a GitHub job (a GitLab pipeline, a terminal, a test).
 * It sits above the actions and imports them; nothing imports it. Each command is declared here with its options
 * (one syntax for all, util.parseArgs) and loaded only when it runs.
 */
import { commandHelp, parseCommandLine, UsageError, type CommandDef, type CommandIo } from './arguments.js'

const GITHUB_MATRIX_LIMIT = 256

export const COMMANDS: CommandDef[] = [
  {
    name: 'run',
    summary:
      "Runs an action (of this repository, or any folder with an action.yml) under the runner's contract in a " +
      'temporary workspace, then prints its outputs, exported environment, PATH additions and job summary; exits ' +
      "with the action's status.",
    operands: { synopsis: '<action>', min: 1, max: 1 },
    options: {
      with: { type: 'string', short: 'w', multiple: true, value: '<name=value>', description: 'an input' },
      env: {
        type: 'string',
        short: 'e',
        multiple: true,
        value: '<NAME=VALUE>',
        description: 'an environment variable'
      },
      event: { type: 'string', value: '<payload.json>', description: 'the event payload (default: {})' },
      'event-name': {
        type: 'string',
        value: '<name>',
        description: 'the event name (default: pull_request when the payload has one, else push)'
      },
      workspace: { type: 'string', value: '<dir>', description: 'the workspace (default: a temporary folder)' },
      keep: { type: 'boolean', description: 'keep the temporary workspace, temp and tool cache (removed by default)' },
      quiet: { type: 'boolean', short: 'q', description: "do not echo the action's log" }
    },
    load: () => import('./commands/run.js')
  },
  {
    name: 'matrix',
    summary:
      "build-matrix's expansion: the action's matrix JSON (github), or a GitLab child pipeline (gitlab). Spec " +
      'problems are printed as file:line:col, the places the action annotates; exit status 1 on an error.',
    options: {
      'spec-file': { type: 'string', value: '<file>', description: 'the spec (default: .github/ci-matrix.yml)' },
      format: { type: 'string', value: '<format>', description: "'github' (default) or 'gitlab'" },
      profile: {
        type: 'string',
        value: '<name>',
        description: "'auto' (default), 'full' or a profile of the spec (github)"
      },
      'max-jobs': {
        type: 'string',
        value: '<n>',
        description: `at most this many cells, 1 to ${GITHUB_MATRIX_LIMIT} (github; default ${GITHUB_MATRIX_LIMIT})`
      }
    },
    load: () => import('./commands/matrix.js')
  },
  {
    name: 'probe-gpu',
    summary:
      "gpu-runner-fallback's probe on this machine, printed as dotenv lines for GitLab's artifacts:reports:dotenv; " +
      'the reason goes to stderr. Exit status 1 with --require when no usable GPU is found.',
    options: {
      format: { type: 'string', value: '<format>', description: "'dotenv' (the default and only format)" },
      'gpu-test-regex': {
        type: 'string',
        value: '<regex>',
        description: 'the tests to exclude without a GPU (default: gpu|cuda|optix)'
      },
      'min-compute-capability': { type: 'string', value: '<x.y>', description: 'the lowest usable compute capability' },
      'min-memory-mb': { type: 'string', value: '<n>', description: 'the least usable GPU memory in MiB' },
      'timeout-seconds': { type: 'string', value: '<n>', description: 'bound on each probe, 1 to 600 (default 10)' },
      require: { type: 'boolean', description: 'fail when no usable GPU is found' }
    },
    load: () => import('./commands/probe-gpu.js')
  },
  {
    name: 'check-workflow',
    summary:
      'Checks every use of aswf/ci-actions actions and reusable workflows in workflow files: inputs and secrets ' +
      'exist, have the declared type, the required ones are given, outputs read exist. Prints file:line:col.',
    operands: { synopsis: '<workflow.yml | folder>...', min: 1 },
    options: {},
    load: () => import('./commands/check-workflow.js')
  }
]

export function toolHelp(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length))
  const firstSentence = (text: string) => /^.*?\.(?=\s|$)/.exec(text)?.[0] ?? text
  return [
    'usage: ci-actions <command> [options]',
    '',
    'commands:',
    ...COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${firstSentence(c.summary)}`),
    '',
    "'ci-actions <command> --help' shows a command's options.",
    ''
  ].join('\n')
}

export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.err : io.out)(toolHelp())
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS.find(c => c.name === name)
  if (!command) {
    io.err(`ci-actions: unknown command '${name}'\n${toolHelp()}`)
    return 2
  }
  try {
    const args = parseCommandLine(command, rest)
    if (args === 'help') {
      io.out(commandHelp(command))
      return 0
    }
    return await (await command.load()).run(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(`ci-actions ${command.name}: ${error.message}\n(see 'ci-actions ${command.name} --help')\n`)
    return 2
  }
}
