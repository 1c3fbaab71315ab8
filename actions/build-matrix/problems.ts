/**
 * Problems found in a spec, each tied to the place in the spec it is about, so main.ts can annotate the spec
 * file at that line. Collected rather than thrown one by one: a user fixing a spec wants every problem at once.
 */
/** Where in the spec a value sits: keys and list indexes from the root, e.g. ['include', 0, 'compiler']. */
export type SpecPath = readonly (string | number)[]

export interface SpecProblem {
  path: SpecPath
  message: string
  /** Warnings are reported but do not fail the step (e.g. an exclude that matches nothing). */
  severity: 'error' | 'warning' | 'notice'
}

export const problem = (path: SpecPath, message: string): SpecProblem => ({ path, message, severity: 'error' })
export const warningAt = (path: SpecPath, message: string): SpecProblem => ({ path, message, severity: 'warning' })
/** A risk worth naming that is no mistake (e.g. an image tag newer than the data). */
export const notice = (path: SpecPath, message: string): SpecProblem => ({ path, message, severity: 'notice' })

/** `include[0].compiler`: how a path reads in a message. */
export function formatPath(path: SpecPath): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    ''
  )
}

/** `include[0].compiler: message`: a problem as it reads in an annotation or a CLI line (its place comes apart). */
export function problemText(p: SpecProblem): string {
  const where = formatPath(p.path)
  return where ? `${where}: ${p.message}` : p.message
}
