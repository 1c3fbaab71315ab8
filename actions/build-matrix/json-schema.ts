/**
 * Checks a value against a JSON Schema (draft-07), interpreting the schema directly. It knows exactly the keywords
 * build-matrix/spec.schema.json uses and refuses a schema with any other, so the schema cannot grow a rule that
 * is silently skipped.
 *
 * Why not Ajv at run time: loading and compiling Ajv costs ~80 ms, and even its generated standalone code
 * (185 KB) cost ~12 ms of the action's start-up, which the 1.5x `node -e 0` goal cannot afford. Interpreting a
 * 10 KB schema costs well under a millisecond. json-schema.test.ts checks this against Ajv, error for error.
 *
 * Errors follow Ajv's `allErrors` reporting: every failed keyword, the failed branches of an `anyOf` included, as
 * { instancePath, keyword, params, message, parentSchema, propertyName }.
 */

export interface Schema {
  $ref?: string
  type?: JsonType | JsonType[]
  enum?: unknown[]
  pattern?: string
  minimum?: number
  maximum?: number
  minItems?: number
  minProperties?: number
  required?: string[]
  properties?: Record<string, Schema>
  additionalProperties?: boolean | Schema
  propertyNames?: Schema
  items?: Schema
  anyOf?: Schema[]
  not?: Schema
  description?: string
  definitions?: Record<string, Schema>
}

type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null'

export interface SchemaError {
  /** A JSON pointer to the value, e.g. `/include/0/compiler`. */
  instancePath: string
  keyword: string
  params: Record<string, unknown>
  message: string
  /** The schema object the failed keyword belongs to (for its description). */
  parentSchema: Schema
  /** Set on the errors of a `propertyNames` check: the key whose name failed. */
  propertyName?: string
}

/** Keywords that only annotate or organise: they never fail. */
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', 'definitions'])
const KNOWN = new Set([
  ...ANNOTATIONS,
  '$ref',
  'type',
  'enum',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'minProperties',
  'required',
  'properties',
  'additionalProperties',
  'propertyNames',
  'items',
  'anyOf',
  'not'
])

/** Compiles nothing: returns a checker that walks `root` for each value. Throws at once on an unknown keyword. */
export function schemaChecker(root: Schema): (value: unknown) => SchemaError[] {
  assertKnownKeywords(root, '#')
  const patterns = new Map<string, RegExp>()
  const regex = (source: string): RegExp => {
    let compiled = patterns.get(source)
    if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')))
    return compiled
  }
  const resolve = (ref: string): Schema => {
    const name = /^#\/definitions\/([^/]+)$/.exec(ref)?.[1]
    const target = name === undefined ? undefined : root.definitions?.[name]
    if (!target) throw new Error(`json-schema: unsupported or unknown $ref '${ref}'`)
    return target
  }

  function check(schema: Schema, value: unknown, path: string, errors: SchemaError[]): void {
    if (schema.$ref !== undefined) check(resolve(schema.$ref), value, path, errors)
    const fail = (keyword: string, message: string, params: Record<string, unknown> = {}): void => {
      errors.push({ instancePath: path, keyword, params, message, parentSchema: schema })
    }

    if (schema.type !== undefined) {
      const types = Array.isArray(schema.type) ? schema.type : [schema.type]
      if (!types.some(type => hasType(value, type))) fail('type', `must be ${types.join(',')}`, { type: schema.type })
    }
    if (schema.enum && !schema.enum.some(allowed => allowed === value)) {
      fail('enum', 'must be equal to one of the allowed values', { allowedValues: schema.enum })
    }
    if (typeof value === 'string' && schema.pattern !== undefined && !regex(schema.pattern).test(value)) {
      fail('pattern', `must match pattern "${schema.pattern}"`, { pattern: schema.pattern })
    }
    // Like Ajv's strict numbers: Infinity and NaN fail `type`, and the number keywords do not apply to them.
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (schema.minimum !== undefined && !(value >= schema.minimum)) {
        fail('minimum', `must be >= ${schema.minimum}`, { comparison: '>=', limit: schema.minimum })
      }
      if (schema.maximum !== undefined && !(value <= schema.maximum)) {
        fail('maximum', `must be <= ${schema.maximum}`, { comparison: '<=', limit: schema.maximum })
      }
    }
    if (Array.isArray(value)) {
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        fail('minItems', `must NOT have fewer than ${schema.minItems} items`, { limit: schema.minItems })
      }
      if (schema.items) value.forEach((item, index) => check(schema.items!, item, `${path}/${index}`, errors))
    }
    if (isObject(value)) checkObject(schema, value, path, errors, fail)
    if (schema.anyOf) {
      const branchErrors: SchemaError[] = []
      let matched = false
      for (const branch of schema.anyOf) {
        const before = branchErrors.length
        check(branch, value, path, branchErrors)
        if (branchErrors.length === before) matched = true
      }
      if (!matched) {
        errors.push(...branchErrors)
        fail('anyOf', 'must match a schema in anyOf')
      }
    }
    if (schema.not && passes(schema.not, value)) fail('not', 'must NOT be valid')
  }

  function checkObject(
    schema: Schema,
    value: Record<string, unknown>,
    path: string,
    errors: SchemaError[],
    fail: (keyword: string, message: string, params?: Record<string, unknown>) => void
  ): void {
    const keys = Object.keys(value)
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
      fail('minProperties', `must NOT have fewer than ${schema.minProperties} properties`, {
        limit: schema.minProperties
      })
    }
    for (const key of schema.required ?? []) {
      if (!(key in value)) fail('required', `must have required property '${key}'`, { missingProperty: key })
    }
    if (schema.propertyNames) {
      for (const key of keys) {
        const nameErrors: SchemaError[] = []
        check(schema.propertyNames, key, path, nameErrors)
        if (nameErrors.length === 0) continue
        errors.push(...nameErrors.map(error => ({ ...error, propertyName: key })))
        fail('propertyNames', 'property name must be valid', { propertyName: key })
      }
    }
    for (const key of keys) {
      const child = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`
      const declared = schema.properties?.[key]
      if (declared) check(declared, value[key], child, errors)
      else if (schema.additionalProperties === false) {
        fail('additionalProperties', 'must NOT have additional properties', { additionalProperty: key })
      } else if (typeof schema.additionalProperties === 'object') {
        check(schema.additionalProperties, value[key], child, errors)
      }
    }
  }

  function passes(schema: Schema, value: unknown): boolean {
    const errors: SchemaError[] = []
    check(schema, value, '', errors)
    return errors.length === 0
  }

  return value => {
    const errors: SchemaError[] = []
    check(root, value, '', errors)
    return errors
  }
}

function hasType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'object':
      return isObject(value)
    case 'array':
      return Array.isArray(value)
    case 'null':
      return value === null
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    default:
      return typeof value === type
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function assertKnownKeywords(schema: unknown, where: string): void {
  if (typeof schema !== 'object' || schema === null) return
  for (const [keyword, sub] of Object.entries(schema)) {
    if (!KNOWN.has(keyword)) throw new Error(`json-schema: keyword '${keyword}' at ${where} is not supported`)
    if (keyword === 'enum' && (sub as unknown[]).some(v => typeof v === 'object' && v !== null)) {
      throw new Error(`json-schema: enum at ${where} lists an object or array: only plain values are compared`)
    }
    if (keyword === 'properties' || keyword === 'definitions') {
      for (const [name, child] of Object.entries(sub as object))
        assertKnownKeywords(child, `${where}/${keyword}/${name}`)
    } else if (keyword === 'anyOf') {
      ;(sub as unknown[]).forEach((child, index) => assertKnownKeywords(child, `${where}/anyOf/${index}`))
    } else if (!ANNOTATIONS.has(keyword) && typeof sub === 'object' && !Array.isArray(sub)) {
      assertKnownKeywords(sub, `${where}/${keyword}`)
    }
  }
}
