/**
 * An error the user can act on. The action entry point prints its message as a single `::error::` annotation,
 * without a stack trace; anything else is a bug in this repository and is reported with its stack.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** A bad input: names the input, the value given and what is accepted. */
export class InputError extends UserError {
  override name = 'InputError'
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string
  ) {
    super(`Input '${input}' ${value === '' ? 'is empty' : `has the value '${value}'`}: expected ${accepted}.`)
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
