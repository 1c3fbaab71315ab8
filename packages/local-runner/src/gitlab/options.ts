/**
 * Command-line options of the matrix and probe-gpu subcommands: `--name value`, `--name=value` and bare flags.
 * A bad option is one message naming the option, the value and what is accepted (exit status 2).
 */
export class OptionError extends Error {
  constructor(option: string, value: string | undefined, accepted: string) {
    super(
      `${option} ${value === undefined ? 'is missing' : value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`
    )
  }
}

export interface OptionSpec {
  /** Options that take a value, with what they accept (for messages). */
  values: Record<string, string>
  /** Options that take none. */
  flags?: string[]
}

export function parseOptions(argv: string[], spec: OptionSpec): Map<string, string> {
  const found = new Map<string, string>()
  const known = [...Object.keys(spec.values), ...(spec.flags ?? [])]
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const eq = arg.indexOf('=')
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg
    if (spec.flags?.includes(name)) {
      if (eq > 0) throw new OptionError(name, arg.slice(eq + 1), 'no value (it is a flag)')
      found.set(name, 'true')
    } else if (name in spec.values) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined || (eq < 0 && value.startsWith('--')))
        throw new OptionError(name, undefined, spec.values[name]!)
      if (found.has(name)) throw new OptionError(name, value, 'it once')
      found.set(name, value)
    } else {
      throw new OptionError('the argument', arg, `one of ${known.join(', ')}`)
    }
  }
  return found
}
