import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import schema from '../../build-matrix/spec.schema.json' with { type: 'json' }
import { realSpecTexts } from '../../test/support/matrix-specs.js'
import { type Schema, type SchemaError, schemaChecker } from './json-schema.js'

const validSpecs: unknown[] = realSpecTexts().map(text => parse(text) as unknown)

/** Values that break some rule somewhere: wrong types, out-of-range numbers, odd strings, empty collections. */
const ODD_VALUES: unknown[] = [
  null,
  true,
  0,
  1.5,
  -1,
  3000,
  2025,
  17,
  Number.POSITIVE_INFINITY,
  '',
  ' ',
  'x y',
  'CY2025',
  'latest',
  'full',
  'Release',
  'linux',
  [],
  [2025, 'next'],
  ['gcc'],
  [{}],
  {},
  { linux: 'gcc' },
  { beos: ['gcc'] },
  { 'bad key': 1 },
  { os: [] }
]

/** Every spec reached by replacing one value (at any depth) with an odd value, deleting it, or adding a key. */
function mutations(spec: unknown): unknown[] {
  const results: unknown[] = []
  const visit = (node: unknown, rebuild: (replacement: unknown) => unknown): void => {
    for (const odd of ODD_VALUES) results.push(rebuild(odd))
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, r => rebuild(node.map((other, i) => (i === index ? r : other)))))
      results.push(rebuild(node.slice(1)))
    } else if (node && typeof node === 'object') {
      const entries = Object.entries(node)
      for (const [key, item] of entries) {
        visit(item, r => rebuild({ ...node, [key]: r }))
        results.push(rebuild(Object.fromEntries(entries.filter(([k]) => k !== key))))
      }
      results.push(rebuild({ ...node, 'not-a-key': 1, full: {}, id: 'x', CY20x5: 'y' }))
    }
  }
  visit(spec, r => r)
  return results
}

interface Comparable {
  instancePath: string
  keyword: string
  params: unknown
  propertyName?: string
}

const comparable = (errors: readonly Comparable[] | SchemaError[]): string[] =>
  (errors as Comparable[])
    .map(e =>
      JSON.stringify([
        e.instancePath,
        e.keyword,
        e.params,
        e.propertyName,
        ['anyOf', 'not'].includes(e.keyword) ? (e as { parentSchema?: Schema }).parentSchema?.description : undefined
      ])
    )
    .sort()

describe('schemaChecker', () => {
  const check = schemaChecker(schema as Schema)
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  const ajvValidate = ajv.compile(schema)
  const ajvErrors = (value: unknown): string[] =>
    ajvValidate(value) ? [] : comparable(ajvValidate.errors as Comparable[])

  it('has a corpus of valid specs to start from', () => {
    expect(validSpecs.length).toBeGreaterThanOrEqual(6)
    for (const spec of validSpecs) expect(check(spec)).toEqual([])
  })

  it('reports exactly what Ajv reports (path, keyword, parameters, described shape) for thousands of broken specs', () => {
    const corpus = validSpecs.flatMap(mutations)
    expect(corpus.length).toBeGreaterThan(2000)
    let invalid = 0
    for (const value of corpus) {
      const ours = comparable(check(value))
      expect({ value, errors: ours }).toEqual({ value, errors: ajvErrors(value) })
      if (ours.length > 0) invalid++
    }
    // The corpus really exercises the failure paths, not only valid documents.
    expect(invalid).toBeGreaterThan(corpus.length / 2)
  })

  it('checks every keyword it knows, on a schema of its own', () => {
    const own: Schema = {
      type: 'object',
      required: ['a'],
      minProperties: 2,
      properties: {
        a: { type: 'integer', minimum: 1, maximum: 3 },
        b: { anyOf: [{ enum: ['x'] }, { type: 'array', minItems: 1, items: { $ref: '#/definitions/word' } }] },
        c: { not: {}, description: 'derived' }
      },
      propertyNames: { pattern: '^[a-z]$' },
      additionalProperties: false,
      definitions: { word: { type: 'string', pattern: '^\\w+$' } }
    }
    const keywords = (value: unknown): string[] => schemaChecker(own)(value).map(e => `${e.instancePath} ${e.keyword}`)
    expect(keywords({ a: 2, b: 'x' })).toEqual([])
    expect(keywords({ a: 2, b: ['ok', 'snake_case'] })).toEqual([])
    expect(keywords({ b: [] })).toEqual([' minProperties', ' required', '/b enum', '/b minItems', '/b anyOf'])
    expect(keywords({ a: 1.5, b: ['a b'] })).toEqual(['/a type', '/b enum', '/b/0 pattern', '/b anyOf'])
    expect(keywords({ a: 0, c: 1, D: 1 })).toEqual([
      ' pattern',
      ' propertyNames',
      '/a minimum',
      '/c not',
      ' additionalProperties'
    ])
    expect(keywords({ a: 4, b: 'x' })).toEqual(['/a maximum'])
    expect(keywords('text')).toEqual([' type'])
  })

  it('refuses a schema with a keyword it does not implement, rather than skipping the rule', () => {
    expect(() => schemaChecker({ type: 'object', properties: { a: { format: 'uri' } as Schema } })).toThrow(
      /keyword 'format' at #\/properties\/a is not supported/
    )
    expect(() => schemaChecker({ oneOf: [] } as Schema)).toThrow(/'oneOf'/)
    expect(() => schemaChecker({ enum: [{ a: 1 }] })).toThrow(/only plain values/)
    expect(() => schemaChecker({ $ref: '#/definitions/missing' })({})).toThrow(/unknown \$ref/)
  })
})
