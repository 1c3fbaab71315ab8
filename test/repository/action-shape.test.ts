// Every action has the same shell (issue 17 item 3, docs/DEVELOPING.md): index.ts only hands main and a lazily
// imported post to runAction; inputs.ts declares the Inputs type and is the only file that reads inputs; main.ts is
// a short orchestrator; post.ts exists only for the action's own teardown (action.yml then has a post step) and exports post.
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

/**
 * main.ts reads inputs, calls a pure plan, runs the I/O steps, sets outputs and writes one summary. 100 lines hold
 * that with room for comments (build-matrix's orchestration is ~60 lines of code); past it, main.ts is carrying
 * logic (parsing, formatting, retries) that belongs in a named module with its own tests.
 */
const MAIN_MAX_LINES = 100

/** The toolkit's input readers (packages/toolkit/src/inputs.ts). */
const INPUT_READER = /\bread(?:String|Boolean|Choice|Int|List|Lines|StringOrArray|Secret)\s*(?:<[^>()]*>)?\(/

const actions = readdirSync(repoRoot, { withFileTypes: true })
  .filter(e => e.isDirectory() && existsSync(join(repoRoot, e.name, 'action.yml')))
  .map(e => e.name)
  .filter(name => existsSync(join(repoRoot, 'actions', name)))
  .sort()

const source = (action: string, file: string) => readFileSync(join(repoRoot, 'actions', action, file), 'utf8')
const hasPost = (action: string) =>
  Boolean(
    (parse(readFileSync(join(repoRoot, action, 'action.yml'), 'utf8')) as { runs?: { post?: string } }).runs?.post
  )

/** The code of a file without comments, blank lines and import lines. */
function code(text: string): string[] {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map(line => line.replace(/^\s*\/\/.*$/, '').trim())
    .filter(line => line !== '')
}

test('there are actions to check', () => {
  expect(actions.length).toBeGreaterThanOrEqual(5)
})

const hasOwnPost = (action: string) => existsSync(join(repoRoot, 'actions', action, 'post.ts'))

describe.each(actions)('%s', action => {
  test('index.ts is only runAction({ main, post }), post imported lazily', () => {
    const lines = code(source(action, 'index.ts'))
    const expected = [
      "import { runAction } from '../../packages/toolkit/src/action.js'",
      "import { main } from './main.js'",
      hasOwnPost(action)
        ? "void runAction({ main, post: async () => (await import('./post.js')).post() })"
        : 'void runAction({ main })'
    ]
    expect(lines).toEqual(expected)
  })

  test('inputs.ts declares `export interface Inputs` and `export function readInputs(): Inputs`', () => {
    expect(existsSync(join(repoRoot, 'actions', action, 'inputs.ts'))).toBe(true)
    const text = source(action, 'inputs.ts')
    expect(text).toMatch(/^export interface Inputs\b/m)
    expect(text).toMatch(/^export function readInputs\([^)]*\): Inputs\b/m)
  })

  test('no other file of the action calls a toolkit input reader', () => {
    const readers = readdirSync(join(repoRoot, 'actions', action), { recursive: true, encoding: 'utf8' })
      .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts') && file !== 'inputs.ts')
      .filter(file => INPUT_READER.test(code(source(action, file)).join('\n')))
    expect(readers).toEqual([])
  })

  test(`main.ts exports main and has at most ${MAIN_MAX_LINES} lines`, () => {
    const text = source(action, 'main.ts')
    expect(text).toMatch(/^export async function main\(\): Promise<void>/m)
    expect(text.split('\n').length).toBeLessThanOrEqual(MAIN_MAX_LINES)
  })

  // runAction does the post work every action shares (secret cleanup, scheduled cache saves), so an action may
  // have runs.post without a teardown of its own; post.ts exists only for that teardown, and never empty.
  test('post.ts, when present, is a real teardown that action.yml runs', () => {
    if (!hasOwnPost(action)) return
    expect(hasPost(action)).toBe(true)
    const text = source(action, 'post.ts')
    expect(text).toMatch(/^export async function post\(\): Promise<void>/m)
    expect(text).not.toMatch(/^export async function post\(\): Promise<void> \{\s*\}/m)
  })
})
