/**
 * Checks the spec's shape against build-matrix/spec.schema.json, with the validator Ajv generated from it at
 * build time (spec-validator.generated.ts, `npm run generate`), and turns the schema errors into one readable
 * problem per place in the spec.
 */
import type { ErrorObject } from 'ajv'
import { validate } from './spec-validator.generated.js'
import { problem, type SpecPath, type SpecProblem } from './problems.js'
import type { MatrixSpec } from './spec-types.js'

type SchemaError = ErrorObject & { parentSchema: { description?: string } }
const checkAgainstSchema = validate as ((value: unknown) => boolean) & { errors?: SchemaError[] | null }

export function checkSpecShape(value: unknown): { spec?: MatrixSpec; problems: SpecProblem[] } {
  if (checkAgainstSchema(value)) return { spec: value as MatrixSpec, problems: [] }
  return { problems: describeErrors(checkAgainstSchema.errors ?? [], value) }
}

/** A JSON pointer as a spec path: list indexes become numbers, map keys stay text (`image-tags: { 2023: … }`). */
function toPath(instancePath: string, root: unknown): (string | number)[] {
  if (instancePath === '') return []
  let node = root
  return instancePath
    .slice(1)
    .split('/')
    .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map(part => {
      const segment = Array.isArray(node) ? Number(part) : part
      node = (node as Record<string | number, unknown> | undefined)?.[segment]
      return segment
    })
}

/**
 * The checker reports every failed branch of an `anyOf`; a person wants the deepest place that is wrong and, where
 * the value fits none of the accepted shapes, the description of those shapes. A `propertyNames` error is left
 * out: the errors about the name itself say why it is refused.
 */
function describeErrors(errors: SchemaError[], root: unknown): SpecProblem[] {
  const located = errors
    .filter(error => error.keyword !== 'propertyNames')
    .map(error => ({ error, path: errorPath(error, root) }))
  const deepest = located.filter(
    ({ path }) => !located.some(other => other.path.length > path.length && startsWith(other.path, path))
  )
  const byPlace = new Map<string, { path: SpecPath; messages: string[] }>()
  for (const { error, path } of deepest) {
    const key = JSON.stringify(path)
    const entry = byPlace.get(key) ?? { path, messages: [] }
    byPlace.set(key, entry)
    entry.messages.push(describe(error))
  }
  return [...byPlace.values()].map(({ path, messages }) => {
    const anyOf = messages.find(m => m.startsWith('expected '))
    return problem(path, anyOf ?? [...new Set(messages)].join('; '))
  })
}

/** Unknown keys and refused key names are about the key itself, one level below where the checker reports them. */
function errorPath(error: SchemaError, root: unknown): SpecPath {
  const path = toPath(error.instancePath, root)
  const key = (error.params as { additionalProperty?: string }).additionalProperty ?? error.propertyName
  return key === undefined ? path : [...path, String(key)]
}

function startsWith(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.every((part, index) => path[index] === part)
}

function describe(error: SchemaError): string {
  const name = error.propertyName
  if (name !== undefined) {
    return error.keyword === 'pattern'
      ? `the key '${String(name)}' is not accepted (must match ${String(error.params.pattern)})`
      : `the key '${String(name)}' is not allowed here`
  }
  switch (error.keyword) {
    case 'additionalProperties': {
      const accepted = Object.keys((error.parentSchema as { properties?: object }).properties ?? {})
      return `unknown key '${String(error.params.additionalProperty)}'${accepted.length ? ` (accepted: ${accepted.join(', ')})` : ''}`
    }
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map(v => `'${String(v)}'`).join(', ')}`
    case 'anyOf':
      return `expected ${error.parentSchema.description ?? 'another shape'}`
    case 'not':
      return `is not allowed here: ${error.parentSchema.description ?? 'remove it'}`
    case 'type':
      return `${error.message ?? 'has the wrong type'}${error.parentSchema.description ? ` (${error.parentSchema.description})` : ''}`
    case 'required':
      return `the key '${String(error.params.missingProperty)}' is required`
    case 'pattern':
      return `has a value that is not accepted (must match ${String(error.params.pattern)})`
    default:
      return error.message ?? error.keyword
  }
}
