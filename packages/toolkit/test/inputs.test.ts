import { afterEach, describe, expect, test } from '@jest/globals'
import { InputError } from '../src/errors.js'
import {
  inputEnvName,
  readBoolean,
  readChoice,
  readInt,
  readList,
  readLines,
  readSecret,
  readString,
  splitList
} from '../src/inputs.js'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})
const set = (name: string, value: string) => void (process.env[inputEnvName(name)] = value)

function errorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error('expected an InputError')
}

describe('input readers', () => {
  test('env names follow the runner: upper case, spaces to _, hyphens kept', () => {
    expect(inputEnvName('vfx-platform')).toBe('INPUT_VFX-PLATFORM')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })

  test('readString: trims, required, fallback, pattern', () => {
    set('s', '  value  ')
    expect(readString('s')).toBe('value')
    expect(readString('missing', { fallback: 'dflt' })).toBe('dflt')
    const error = errorOf(() => readString('missing', { required: true }))
    expect(error.message).toBe("Input 'missing' is empty: expected a non-empty value.")
    set('year', 'CY20X5')
    const bad = errorOf(() => readString('year', { pattern: { regex: /^\d{4}$/, description: 'a year like 2025' } }))
    expect(bad.message).toBe("Input 'year' has the value 'CY20X5': expected a year like 2025.")
  })

  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['  false  ', false],
    ['', true]
  ])('readBoolean(%j): getBooleanInput spellings', (value, expected) => {
    set('b', value)
    expect(readBoolean('b', true)).toBe(expected)
  })

  test.each(['yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'maybe'])(
    'readBoolean(%j) is refused, as getBooleanInput refuses it',
    value => {
      set('verify', value)
      const error = errorOf(() => readBoolean('verify', true))
      expect(error.message).toBe(
        `Input 'verify' has the value '${value}': expected 'true' or 'false' (also True, TRUE, False, FALSE).`
      )
      expect([error.input, error.value]).toEqual(['verify', value])
    }
  )

  test('readChoice is case-insensitive and lists the choices', () => {
    set('mode', 'HOST')
    expect(readChoice('mode', ['auto', 'container', 'host'] as const, 'auto')).toBe('host')
    set('mode', 'vm')
    expect(errorOf(() => readChoice('mode', ['auto', 'host'] as const)).message).toBe(
      "Input 'mode' has the value 'vm': expected one of 'auto', 'host'."
    )
  })

  test.each([
    ['256', 256],
    ['', 10],
    ['0', 0]
  ])('readInt(%j)', (value, expected) => {
    set('n', value)
    expect(readInt('n', { fallback: 10, min: 0 })).toBe(expected)
  })
  test.each(['1.5', 'ten', '-1', '1e3'])('readInt rejects %j', value => {
    set('n', value)
    expect(errorOf(() => readInt('n', { min: 0 })).message).toContain('a whole number of at least 0')
  })

  test('lists: commas and newlines, comments and blanks dropped', () => {
    set('install', 'cmake, ninja\n# a comment\n\nlibraries')
    expect(readList('install')).toEqual(['cmake', 'ninja', 'libraries'])
    expect(splitList('')).toEqual([])
    set('args', '-Dsonar.a=1,2\n  -Dsonar.b=x y  \n')
    expect(readLines('args')).toEqual(['-Dsonar.a=1,2', '-Dsonar.b=x y'])
  })

  test('readSecret masks the value (and each line of a multi-line one) before returning it', () => {
    const writes: string[] = []
    const real = process.stdout.write.bind(process.stdout)
    process.stdout.write = ((chunk: string) => writes.push(String(chunk)) > 0) as typeof process.stdout.write
    try {
      set('key', '-----BEGIN KEY-----\nabcdef123456\n-----END KEY-----')
      expect(readSecret('key')).toContain('abcdef123456')
    } finally {
      process.stdout.write = real
    }
    expect(writes.join('')).toContain('::add-mask::-----BEGIN KEY-----%0Aabcdef123456%0A-----END KEY-----')
    expect(writes.join('')).toContain('::add-mask::abcdef123456\n')
  })
})

describe('sealInputs: inputs leave process.env, the readers still read them', () => {
  test('moves INPUT_* out of the environment and puts one back only while it is read', async () => {
    const { sealInputs, readString, readBoolean, readLines } = await import('../src/inputs.js')
    const env: NodeJS.ProcessEnv = process.env
    env['INPUT_SEALED-TOKEN'] = 'ghs_secret'
    env['INPUT_SEALED-FLAG'] = 'TRUE'
    env['INPUT_SEALED-LINES'] = 'a\nb'
    sealInputs()
    expect(Object.keys(process.env).filter(k => k.startsWith('INPUT_SEALED'))).toEqual([])
    expect(readString('sealed-token')).toBe('ghs_secret')
    expect(readBoolean('sealed-flag', false)).toBe(true)
    expect(readLines('sealed-lines')).toEqual(['a', 'b'])
    expect(Object.keys(process.env).filter(k => k.startsWith('INPUT_SEALED'))).toEqual([])
  })
})
