/**
 * The public interface of this repository's actions and reusable workflows, read from their metadata: inputs (with
 * the type a value must have: boolean, number, string, or one of declared choices), secrets and outputs.
 * `check-workflow` validates a user's workflow against it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export type InputType = 'string' | 'boolean' | 'number'

export interface InputSpec {
  required: boolean
  type: InputType
  /** The accepted values, where the description lists them ("'a' (…), 'b' or 'c'"). */
  choices?: string[]
}

export interface Interface {
  kind: 'action' | 'workflow'
  name: string
  inputs: Record<string, InputSpec>
  secrets: Record<string, { required: boolean }>
  outputs: Set<string>
}

export interface Interfaces {
  /** By action path as written after `aswf/ci-actions/` (e.g. `build-matrix`, `.github/actions/vfx-build-step`). */
  actions: Map<string, Interface>
  /** By file name in .github/workflows (e.g. `vfx-build.yml`). */
  workflows: Map<string, Interface>
}

/**
 * The values an input accepts when its description starts (after an optional "scope: " prefix) with a list of
 * quoted words: "'select' (…) or 'probe' (…)." or "select: 'fallback' (…), 'skip' (…) or 'fail'.". A description
 * that merely mentions a quoted value somewhere is not a list.
 */
export function choicesOf(description: string | undefined): string[] | undefined {
  if (!description) return undefined
  const item = String.raw`'([\w.-]+)'(?: \([^)]*\))?`
  const list = new RegExp(String.raw`^(?:[^']*?: )?${item}((?:, ${item})*) or ${item}\.?$`)
  const match = list.exec(description.trim())
  if (!match) return undefined
  return [...description.trim().matchAll(new RegExp(item, 'g'))].map(m => m[1] as string)
}

function typeFromDefault(value: unknown): InputType {
  const text = String(value ?? '')
  if (text === 'true' || text === 'false') return 'boolean'
  return 'string'
}

function actionInterface(name: string, source: string): Interface {
  const doc = (parse(source) ?? {}) as {
    inputs?: Record<string, { required?: boolean; default?: unknown; description?: string } | null>
    outputs?: Record<string, unknown>
  }
  const inputs: Record<string, InputSpec> = {}
  for (const [key, spec] of Object.entries(doc.inputs ?? {})) {
    inputs[key] = {
      required: Boolean(spec?.required) && (spec?.default === undefined || spec?.default === null),
      type: typeFromDefault(spec?.default),
      choices: choicesOf(spec?.description)
    }
  }
  return { kind: 'action', name, inputs, secrets: {}, outputs: new Set(Object.keys(doc.outputs ?? {})) }
}

export function workflowInterface(name: string, source: string): Interface | undefined {
  const doc = (parse(source) ?? {}) as { on?: Record<string, unknown> | string | string[] }
  const on = doc.on
  const call = (on && typeof on === 'object' && !Array.isArray(on) ? on.workflow_call : undefined) as
    | {
        inputs?: Record<string, { required?: boolean; default?: unknown; type?: string; description?: string }>
        secrets?: Record<string, { required?: boolean } | null>
        outputs?: Record<string, unknown>
      }
    | null
    | undefined
  const callable = on === 'workflow_call' || (Array.isArray(on) && on.includes('workflow_call')) || call !== undefined
  if (!callable) return undefined
  const inputs: Record<string, InputSpec> = {}
  for (const [key, spec] of Object.entries(call?.inputs ?? {})) {
    const type: InputType = spec?.type === 'boolean' || spec?.type === 'number' ? spec.type : 'string'
    inputs[key] = {
      required: Boolean(spec?.required) && spec?.default === undefined,
      type,
      choices: type === 'string' ? choicesOf(spec?.description) : undefined
    }
  }
  const secrets: Record<string, { required: boolean }> = {}
  for (const [key, spec] of Object.entries(call?.secrets ?? {})) secrets[key] = { required: Boolean(spec?.required) }
  return { kind: 'workflow', name, inputs, secrets, outputs: new Set(Object.keys(call?.outputs ?? {})) }
}

/** Reads every action (root folders and .github/actions/*) and reusable workflow of the repository at `root`. */
export function loadInterfaces(root: string): Interfaces {
  const actions = new Map<string, Interface>()
  const workflows = new Map<string, Interface>()
  const actionDirs = (dir: string, prefix: string) => {
    if (!existsSync(dir)) return
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const yml = join(dir, entry.name, 'action.yml')
      if (entry.isDirectory() && existsSync(yml)) {
        actions.set(prefix + entry.name, actionInterface(prefix + entry.name, readFileSync(yml, 'utf8')))
      }
    }
  }
  actionDirs(root, '')
  actionDirs(join(root, '.github/actions'), '.github/actions/')
  const dir = join(root, '.github/workflows')
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (!/\.ya?ml$/.test(file)) continue
      const found = workflowInterface(file, readFileSync(join(dir, file), 'utf8'))
      if (found) workflows.set(file, found)
    }
  }
  return { actions, workflows }
}

/** The repository this CLI belongs to (it checks against the interfaces of its own version). */
export function findInterfacesRoot(starts: string[]): string | undefined {
  for (const start of starts) {
    for (let dir = start; ; dir = join(dir, '..')) {
      if (existsSync(join(dir, 'build-matrix/action.yml')) && existsSync(join(dir, '.github/workflows'))) return dir
      if (join(dir, '..') === dir) break
    }
  }
  return undefined
}
