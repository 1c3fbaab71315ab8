// plain-yaml.ts against the `yaml` package: for every document it accepts, the same value and the same position
// for every path; for everything outside its subset, `undefined` (so the full parser decides).
import { describe, expect, it } from '@jest/globals'
import { locatePlain, parsePlainYaml, resolvePlain } from './plain-yaml.js'
import { parseWithYaml } from './yaml-document.js'
import { realSpecTexts } from '../../test/support/matrix-specs.js'

/** Every path into a value, plus a missing child of each collection. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const paths = [prefix]
  if (Array.isArray(value)) {
    value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])))
    paths.push([...prefix, value.length], [...prefix, 'key'])
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]))
    paths.push([...prefix, 'no-such-key'], [...prefix, 0])
  }
  return paths
}

/** Parses with both; when plain-yaml accepts the text, value and positions must be the `yaml` package's. */
function compare(text: string): 'plain' | 'full' {
  const plain = parsePlainYaml(text)
  if (!plain) return 'full'
  const full = parseWithYaml(text)
  expect({ text, errors: full.syntaxProblems }).toEqual({ text, errors: [] })
  expect({ text, value: plain.value }).toEqual({ text, value: full.value })
  for (const path of pathsOf(full.value)) {
    expect({ text, path, at: locatePlain(plain, path) }).toEqual({ text, path, at: full.locate(path) })
  }
  return 'plain'
}

const REAL_SPECS = realSpecTexts()

/** Inside the subset: read by plain-yaml, identical to the `yaml` package. */
const PLAIN = [
  'a: 1',
  'a: 1\r\nb: [x, y]\r\n',
  '  indented: root\n  second: 2',
  'key   : spaced before the colon',
  'list:\n- at the same indent\n- as the key',
  'list:\n  -   wide gap\n  -\n    item: on the next line',
  '- - nested\n  - compact\n- last',
  'a:\n  b:\n    c: deep # trailing\n  # a comment line at another indent\n  d: [1, 2, 3]',
  'flow: { a: 1, "b c": 2, \'d\': [x, { e: f }], }',
  'flow: [\n    one, # a comment inside\n    two,\n  ]\nafter: 1',
  'spread: { a: 1,\n         b: 2 }',
  'q: "esc \\" \\\\ \\n \\t \\u00e9 \\x41 \\/"\nr: \'it\'\'s\'\ns: "#not a comment"',
  'plain: a#b c:d http://x/y?z=1 -DX=ON [k]\nurl: http://example.com:8080',
  'values: [true, False, NULL, ~, 0o17, 0x1F, -0, +5, 007, 1.50, .5, 1e3, -.inf, .NaN, 12345678901234567890]',
  'empty:\nother: { }\nlist: []\nnull-ish: ~',
  'image-tags: { 2023: "2023.2", CY2024: x }\n2025: year key',
  '"quoted key": 1\n\'single\': 2',
  'a: x\n\n\n# only comments follow\n',
  'unicode: "é ✓" # ünïcödé comment\nplain: naïve ✓ 🎬',
  'trailing-space: value   \nnext: 2   ',
  'env: { SANITIZE: address, OPT: "-O2 -g" }',
  '1.5: a float key that reads back as written'
]

/** Outside the subset (or not valid YAML): left to the full parser. */
const FULL = [
  'a: &anchor 1\nb: *anchor',
  'a: !!str 1',
  'a: |\n  block\n  scalar',
  'a: >-\n  folded',
  'a: plain\n  continued on the next line',
  'a: "quoted\n  over two lines"',
  '---\na: 1',
  'a: 1\n...',
  '%YAML 1.2\n---\na: 1',
  'a:\tb',
  '\ufeffa: 1',
  'a: lone \ud800 surrogate',
  'a: bell \u0007',
  'a: "x"#not separated',
  'a: [x]#not separated',
  'a: { "__proto__": 1 }',
  'a: 1\na: 2',
  'flow: { a: 1, a: 2 }',
  '? complex\n: key',
  'a: [1, 2',
  'a: {b: 1',
  'a: b: c',
  'a: [x: y]',
  'a: {b}',
  'a: [1,, 2]',
  '- a\nb: 1',
  'a:\n  - x\n - y',
  '1.50: float key',
  'null: key',
  'true: key',
  '0x10: hex key',
  '__proto__: { polluted: true }',
  '<<: { merge: key }',
  'a: "\\e escape"',
  'a: -',
  '-\n- null item',
  '# only a comment',
  '',
  'a: 1 # ok\n  b: 2',
  'flow: [\nnot indented]'
]

describe('parsePlainYaml', () => {
  it.each(REAL_SPECS.map(text => [text.split('\n')[0]!, text]))(
    'reads the real spec starting %j itself, exactly as the yaml package does',
    (_first, text) => {
      expect(compare(text)).toBe('plain')
    }
  )

  it.each(PLAIN)('reads %j exactly as the yaml package does', text => {
    expect(compare(text)).toBe('plain')
  })

  it.each(FULL)('leaves %j to the full parser', text => {
    expect(parsePlainYaml(text)).toBeUndefined()
  })

  it('agrees with the yaml package on hundreds of generated documents in every style it reads', () => {
    const random = seededRandom(20261123)
    const documents = Array.from({ length: 600 }, () => render(randomValue(random, 0), random))
    // The generator only writes the subset: every document must be read without the full parser (20,000 were
    // checked once; 600 keep the suite fast).
    expect(documents.filter(text => compare(text) === 'full')).toEqual([])
  })

  it('resolves plain scalars with the YAML 1.2 core schema', () => {
    expect(['~', 'null', 'Null', 'NULL', ''].map(resolvePlain)).toEqual([null, null, null, null, null])
    expect(['true', 'True', 'TRUE', 'false', 'yes', 'on'].map(resolvePlain)).toEqual([
      true,
      true,
      true,
      false,
      'yes',
      'on'
    ])
    expect(['0o17', '0x1F', '-12', '2025', '1.5', '1e3', '.inf', '-.Inf', '2023.10'].map(resolvePlain)).toEqual([
      15,
      31,
      -12,
      2025,
      1.5,
      1000,
      Infinity,
      -Infinity,
      2023.1
    ])
    expect(resolvePlain('.nan')).toBeNaN()
    expect(['CY2025', '0o8', '1_000', '0b11', 'Release'].map(resolvePlain)).toEqual([
      'CY2025',
      '0o8',
      '1_000',
      '0b11',
      'Release'
    ])
  })
})

// ---- a generator of documents inside the subset, in random styles ----

type Random = () => number

function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const pick = <T>(random: Random, values: readonly T[]): T => values[Math.floor(random() * values.length)]!

const KEYS = ['os', 'vfx-platform', 'build-type', 'compiler', 'env', 'name', '2023', 'CY2024', 'a b', 'x.y', 'k_1']
const STRINGS = [
  'linux',
  'Release',
  'CY2025',
  'latest',
  '-DX=ON',
  'a b',
  'a#b',
  'http://x:1',
  "it's",
  'say "hi"',
  'x: y',
  '#hash',
  ' lead',
  'true',
  'null',
  '2025',
  '',
  '[x]',
  'ü ✓'
]
const SCALARS: unknown[] = [...STRINGS, 2025, 17, -3, 1.5, 0, true, false, null]

function randomValue(random: Random, depth: number): unknown {
  const roll = random()
  if (depth >= 3 || roll < 0.45) return pick(random, SCALARS)
  if (roll < 0.7) return Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1))
  const entries = Array.from({ length: Math.floor(random() * 4) }, () => [
    pick(random, KEYS),
    randomValue(random, depth + 1)
  ])
  return Object.fromEntries(entries)
}

/** A scalar as YAML text: plain when that reads back as the same value, else quoted one way or the other. */
function scalar(value: unknown, random: Random, flow: boolean): string {
  if (typeof value !== 'string') return value === null ? pick(random, ['null', '~']) : String(value)
  const plainSafe =
    /^[A-Za-z0-9_][A-Za-z0-9_.=/+-]*(?: [A-Za-z0-9_.=/+-]+)*$/.test(value) ||
    (!flow && /^[-A-Za-z][^\s:#]*$/.test(value) && !/^-$/.test(value))
  if (plainSafe && resolvePlain(value) === value && random() < 0.7) return value
  return random() < 0.5 ? `'${value.replace(/'/g, "''")}'` : JSON.stringify(value)
}

function key(name: string, random: Random): string {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name) && random() < 0.8 ? name : JSON.stringify(name)
}

function flowText(value: unknown, random: Random, indent: number): string {
  const isList = Array.isArray(value)
  if (!isList && (value === null || typeof value !== 'object')) return scalar(value, random, true)
  const parts = isList
    ? (value as unknown[]).map(item => flowText(item, random, indent))
    : Object.entries(value as object).map(([k, v]) => `${key(k, random)}: ${flowText(v, random, indent)}`)
  const breakLines = parts.length > 1 && random() < 0.3
  const separator = breakLines ? `,\n${' '.repeat(indent + 4)}` : ', '
  const [open, close] = isList ? ['[', ']'] : ['{ ', ' }']
  return parts.length === 0 ? (isList ? '[]' : '{}') : open + parts.join(separator) + close
}

const comment = (random: Random): string => (random() < 0.15 ? ' # note: a, b [c]' : '')

/** `value` as the block content at `indent`: lines without a trailing newline. */
function block(value: unknown, random: Random, indent: number, blockStyle = false): string {
  const pad = ' '.repeat(indent)
  const isCollection = value !== null && typeof value === 'object'
  const empty = isCollection && Object.keys(value as object).length === 0
  if (!isCollection || empty || (!blockStyle && random() < 0.2))
    return pad + flowText(value, random, indent) + comment(random)
  const lines: string[] = []
  if (random() < 0.1) lines.push(`${pad}# a comment line`)
  if (Array.isArray(value)) {
    for (const item of value) {
      const nested = item !== null && typeof item === 'object' && Object.keys(item as object).length > 0
      if (nested && random() < 0.6) {
        // `- ` then the item's block at indent + 2, its first line joined to the dash.
        lines.push(`${pad}- ${block(item, random, indent + 2).slice(indent + 2)}`)
      } else if (nested) {
        lines.push(`${pad}-${comment(random)}`, block(item, random, indent + 2))
      } else lines.push(`${pad}- ${flowText(item, random, indent)}${comment(random)}`)
    }
  } else {
    for (const [k, v] of Object.entries(value as object)) {
      const nested = v !== null && typeof v === 'object' && Object.keys(v as object).length > 0
      if (nested && random() < 0.7) {
        const sameIndentList = Array.isArray(v) && random() < 0.3
        lines.push(
          `${pad}${key(k, random)}:${comment(random)}`,
          block(v, random, sameIndentList ? indent : indent + 2, sameIndentList)
        )
      } else lines.push(`${pad}${key(k, random)}: ${flowText(v, random, indent)}${comment(random)}`)
    }
  }
  return lines.join('\n')
}

function render(value: unknown, random: Random): string {
  // A root scalar or empty collection is still a document; a mapping root is the common case.
  const root = value !== null && typeof value === 'object' ? value : { value }
  const text = block(root, random, random() < 0.1 ? 2 : 0) + '\n'
  return random() < 0.2 ? text.replace(/\n/g, '\r\n') : text
}
