/**
 * One command-line syntax for every command, on Node's own `util.parseArgs`: `--name value` and `--name=value`,
 * repeatable options, short aliases, `--help` everywhere. Each command declares its options once (with what a
 * value must be, for messages and help); a bad command line is one message naming the option, the value and what
 * is accepted, and exit status 2.
 */
import { parseArgs } from 'node:util'

export interface OptionDef {
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
  /** The value's placeholder in help (`<file>`). */
  value?: string
  description: string
}

export interface CommandIo {
  out(text: string): void
  err(text: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export interface CommandModule {
  run(args: ParsedArgs, io: CommandIo): Promise<number> | number
}

export interface CommandDef {
  name: string
  summary: string
  /** What follows the command name in the synopsis, e.g. `<action>` or `<workflow.yml | folder>...`. */
  operands?: { synopsis: string; min: number; max?: number }
  options: Record<string, OptionDef>
  /** Loaded only when the command runs: no command loads another's modules. */
  load(): Promise<CommandModule>
}

/** A bad command line: printed with the command's usage hint, exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string
  ) {
    super(message)
  }
}

/** "--format has the value 'x': expected gitlab or github." */
export function badValue(option: string, value: string | undefined, accepted: string, command?: string): UsageError {
  const given = value === undefined ? 'is missing' : value === '' ? 'is empty' : `has the value '${value}'`
  return new UsageError(`--${option} ${given}: expected ${accepted}.`, command)
}

const HELP: OptionDef = { type: 'boolean', short: 'h', description: 'show this help' }

/** Parses a command's arguments; throws UsageError (never parseArgs' own error codes) for anything it refuses. */
export function parseCommandLine(command: CommandDef, argv: string[]): ParsedArgs | 'help' {
  const options = { ...command.options, help: HELP }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(options).map(([name, o]) => [
          name,
          { type: o.type, multiple: o.multiple === true, ...(o.short ? { short: o.short } : {}) }
        ])
      ),
      allowPositionals: command.operands !== undefined,
      strict: true,
      tokens: true
    })
  } catch (error) {
    throw new UsageError(explain(error as Error & { code?: string }), command.name)
  }
  if (parsed.values.help) return 'help'
  // parseArgs lets a later value of a single option replace an earlier one silently: say so instead.
  const seen = new Set<string>()
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || command.options[token.name]?.multiple) continue
    if (seen.has(token.name)) throw badValue(token.name, token.value ?? '', 'it once', command.name)
    seen.add(token.name)
  }
  const operands = command.operands
  if (operands) {
    const n = parsed.positionals.length
    if (n < operands.min || (operands.max !== undefined && n > operands.max))
      throw new UsageError(`expected ${operands.synopsis}, got ${n} argument(s)`, command.name)
  }
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals }
}

/** parseArgs' messages, in ours: which option, and what it takes. */
function explain(error: Error & { code?: string }): string {
  // "Option '-w, --with <value>' argument missing": the long name is the one users know from --help.
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1]
  const option = quoted && (/--[\w-]+/.exec(quoted)?.[0] ?? quoted)
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? error.message}`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `${option ?? 'an option'} needs a value`
        : `${option ?? 'an option'} takes no value`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(error.message)?.[1] ?? ''}`.trim()
    default:
      return error.message
  }
}

export function commandHelp(command: CommandDef): string {
  const lines = [
    `usage: ci-actions ${command.name}${command.operands ? ` ${command.operands.synopsis}` : ''} [options]`
  ]
  lines.push('', command.summary, '', 'options:')
  const rows = Object.entries({ ...command.options, help: HELP }).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? '<value>'}` : ''}`
    return [flag, o.description + (o.multiple ? ' (repeatable)' : '')] as const
  })
  const width = Math.max(...rows.map(([flag]) => flag.length))
  for (const [flag, text] of rows) lines.push(`  ${flag.padEnd(width)}  ${text}`)
  return `${lines.join('\n')}\n`
}

/** `--with name=value` pairs into a record; `name` must be non-empty. */
export function pairs(option: string, given: string[] | undefined, command: string): Record<string, string> {
  const record: Record<string, string> = {}
  for (const text of given ?? []) {
    const eq = text.indexOf('=')
    if (eq <= 0) throw badValue(option, text, 'name=value', command)
    record[text.slice(0, eq)] = text.slice(eq + 1)
  }
  return record
}

/** A whole number within bounds, or UsageError naming the option. */
export function wholeNumber(
  option: string,
  text: string | undefined,
  range: { min: number; max: number; fallback: number },
  command: string
): number {
  if (text === undefined) return range.fallback
  if (!/^\d+$/.test(text) || Number(text) < range.min || Number(text) > range.max)
    throw badValue(option, text, `a whole number from ${range.min} to ${range.max}`, command)
  return Number(text)
}
