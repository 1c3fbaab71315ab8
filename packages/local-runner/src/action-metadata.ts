/** Reads an action's action.yml: the parts of the metadata the runner contract needs. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}

export interface ActionMetadata {
  name: string
  description?: string
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; post?: string; 'post-if'?: string; pre?: string }
}

export function parseActionMetadata(source: string, origin = 'action.yml'): ActionMetadata {
  const doc = parse(source) as Partial<ActionMetadata> | null
  if (!doc || typeof doc !== 'object' || !doc.runs || typeof doc.runs.main !== 'string') {
    throw new Error(`${origin}: not a JavaScript action (runs.main is missing)`)
  }
  const inputs: Record<string, ActionInput> = {}
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    inputs[name] = {
      ...spec,
      default: spec?.default === undefined || spec.default === null ? undefined : String(spec.default)
    }
  }
  return { name: doc.name ?? origin, description: doc.description, inputs, outputs: doc.outputs ?? {}, runs: doc.runs }
}

export function loadActionMetadata(actionDir: string): ActionMetadata {
  const path = join(actionDir, 'action.yml')
  return parseActionMetadata(readFileSync(path, 'utf8'), path)
}
