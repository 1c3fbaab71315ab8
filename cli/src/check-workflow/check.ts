/**
 * `ci-actions check-workflow`: what actionlint cannot check, because it never sees a remote action's metadata. For
 * each use of one of our actions (`aswf/ci-actions/<action>@…`) or reusable workflows
 * (`aswf/ci-actions/.github/workflows/<name>.yml@…`): every `with:`/`secrets:` key exists, literal values have the
 * declared type (boolean, number, one of the listed choices), required ones are given, and every output read
 * through `steps.<id>.outputs.<name>` or `needs.<job>.outputs.<name>` exists. Pure: text in, problems out.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml'
import type { InputSpec, Interface, Interfaces } from './interfaces.js'

export interface Problem {
  line: number
  column: number
  message: string
}

export interface CheckOptions {
  /** The file is part of this repository, so `./<action>` and `./.github/workflows/<name>.yml` are ours too. */
  inOurRepository?: boolean
}

const OURS = 'aswf/ci-actions/'

export function ourActionName(uses: string, interfaces: Interfaces, options: CheckOptions = {}): string | undefined {
  const remote = new RegExp(`^${OURS}((?:\\.github/actions/)?[\\w.-]+)@[^\\s@]+$`).exec(uses)
  if (remote) return remote[1]
  const local = /^\.\/((?:\.github\/actions\/)?[\w.-]+)\/?$/.exec(uses)
  if (local && options.inOurRepository && interfaces.actions.has(local[1] as string)) return local[1]
  return undefined
}

export function ourWorkflowName(uses: string, options: CheckOptions = {}): string | undefined {
  const remote = new RegExp(`^${OURS}\\.github/workflows/([\\w.-]+\\.ya?ml)@[^\\s@]+$`).exec(uses)
  if (remote) return remote[1]
  const local = /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(uses)
  return local && options.inOurRepository ? local[1] : undefined
}

function entries(node: unknown): Pair<Node, Node>[] {
  return isMap(node) ? ((node as YAMLMap<Node, Node>).items as Pair<Node, Node>[]) : []
}
function keyOf(pair: Pair<Node, Node>): string {
  return isScalar(pair.key) ? String(pair.key.value) : ''
}
function get(node: unknown, key: string): Pair<Node, Node> | undefined {
  return entries(node).find(pair => keyOf(pair) === key)
}
function scalarText(node: unknown): string | undefined {
  return isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined
}

const isExpression = (value: unknown) => typeof value === 'string' && value.includes('${{')

/** Why a literal value does not fit the input, or undefined when it does (expressions are not judged). */
function valueProblem(name: string, spec: InputSpec, node: Node | null, kind: Interface['kind']): string | undefined {
  if (!isScalar(node))
    return node ? `input '${name}' takes one value, not a ${isSeq(node) ? 'list' : 'map'}` : undefined
  const value = node.value
  if (isExpression(value) || value === null) return undefined
  if (spec.type === 'boolean') {
    const ok = kind === 'workflow' ? typeof value === 'boolean' : /^(true|false)$/i.test(String(value))
    if (!ok) return `input '${name}' is a boolean: give true or false, not '${String(value)}'`
  }
  if (spec.type === 'number' && typeof value !== 'number') {
    return `input '${name}' is a number, not '${String(value)}'`
  }
  if (spec.choices && !spec.choices.includes(String(value))) {
    return `input '${name}' accepts ${spec.choices.map(c => `'${c}'`).join(', ')}, not '${String(value)}'`
  }
  return undefined
}

export function checkWorkflow(source: string, interfaces: Interfaces, options: CheckOptions = {}): Problem[] {
  const lineCounter = new LineCounter()
  const doc = parseDocument(source, { lineCounter, keepSourceTokens: false })
  const problems: Problem[] = []
  const at = (offset: number, message: string) => {
    const { line, col } = lineCounter.linePos(offset)
    problems.push({ line, column: col, message })
  }
  const start = (node: Node | null | undefined, fallback = 0) => node?.range?.[0] ?? fallback
  const [broken] = doc.errors
  if (broken) {
    at(broken.pos[0], `YAML: ${broken.message.split('\n')[0]}`)
    return problems
  }

  const jobsPair = get(doc.contents, 'jobs')
  const jobs = new Map<string, Node>()
  for (const pair of entries(jobsPair?.value)) jobs.set(keyOf(pair), pair.value as Node)

  const checkWith = (target: Interface, withPair: Pair<Node, Node> | undefined, usesNode: Node, label: string) => {
    const given = new Set<string>()
    if (withPair && withPair.value && !isMap(withPair.value) && scalarText(withPair.value) !== undefined) {
      at(start(withPair.value), `${label}: with: must be a map of inputs`)
      return
    }
    for (const pair of entries(withPair?.value)) {
      const key = keyOf(pair)
      given.add(key)
      const spec = target.inputs[key]
      if (!spec) {
        const known = Object.keys(target.inputs)
        at(start(pair.key as Node), `${label} has no input '${key}' (inputs: ${known.join(', ') || 'none'})`)
        continue
      }
      const problem = valueProblem(key, spec, pair.value as Node | null, target.kind)
      if (problem) at(start(pair.value as Node, start(pair.key as Node)), `${label}: ${problem}`)
    }
    for (const [key, spec] of Object.entries(target.inputs)) {
      if (spec.required && !given.has(key)) at(start(usesNode), `${label} requires input '${key}'`)
    }
  }

  for (const [jobName, job] of jobs) {
    const usesPair = get(job, 'uses')
    const uses = scalarText(usesPair?.value)
    // A call of one of our reusable workflows.
    const workflowFile = uses ? ourWorkflowName(uses, options) : undefined
    if (workflowFile && usesPair) {
      const target = interfaces.workflows.get(workflowFile)
      const label = `job '${jobName}': ${workflowFile}`
      if (!target)
        at(start(usesPair.value as Node), `job '${jobName}': no reusable workflow ${workflowFile} in aswf/ci-actions`)
      else {
        checkWith(target, get(job, 'with'), usesPair.value as Node, label)
        const secretsPair = get(job, 'secrets')
        if (scalarText(secretsPair?.value) !== 'inherit') {
          const given = new Set<string>()
          for (const pair of entries(secretsPair?.value)) {
            const key = keyOf(pair)
            given.add(key)
            if (!target.secrets[key]) {
              at(
                start(pair.key as Node),
                `${label} has no secret '${key}' (secrets: ${Object.keys(target.secrets).join(', ') || 'none'})`
              )
            }
          }
          for (const [key, spec] of Object.entries(target.secrets)) {
            if (spec.required && !given.has(key)) at(start(usesPair.value as Node), `${label} requires secret '${key}'`)
          }
        }
      }
    } else if (uses?.startsWith(OURS)) {
      at(start(usesPair?.value as Node), `job '${jobName}': '${uses}' is not a reusable workflow of aswf/ci-actions`)
    }

    // Steps that use one of our actions.
    const ours = new Map<string, Interface>()
    const stepsPair = get(job, 'steps')
    const steps = isSeq(stepsPair?.value) ? (stepsPair?.value.items as Node[]) : []
    steps.forEach((step, index) => {
      const stepUses = get(step, 'uses')
      const text = scalarText(stepUses?.value)
      if (!text || !stepUses) return
      const name = ourActionName(text, interfaces, options)
      if (!name) {
        if (text.startsWith(OURS)) at(start(stepUses.value as Node), `'${text}' is not an action of aswf/ci-actions`)
        return
      }
      const target = interfaces.actions.get(name)
      const id = scalarText(get(step, 'id')?.value)
      const label = `job '${jobName}' step ${id ? `'${id}'` : index + 1}: ${name}`
      if (!target) {
        at(start(stepUses.value as Node), `job '${jobName}' step ${index + 1}: no action ${name} in aswf/ci-actions`)
        return
      }
      if (id) ours.set(id, target)
      checkWith(target, get(step, 'with'), stepUses.value as Node, label)
    })

    // Outputs read from our steps and from jobs (ours or mapping ours), anywhere in this job.
    const scan = (node: unknown) => {
      if (isScalar(node) && typeof node.value === 'string') {
        const raw = source.slice(node.range?.[0] ?? 0, node.range?.[1] ?? 0)
        const base = node.range?.[0] ?? 0
        const located = (needle: string, fallback: number) => {
          const index = raw.indexOf(needle)
          return index >= 0 ? base + index : fallback
        }
        for (const m of node.value.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const target = ours.get(m[1] as string)
          if (target && !target.outputs.has(m[2] as string)) {
            at(
              located(m[0], base),
              `${target.name} (step '${m[1]}') has no output '${m[2]}' (outputs: ${[...target.outputs].join(', ') || 'none'})`
            )
          }
        }
        for (const m of node.value.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const needed = jobs.get(m[1] as string)
          if (!needed) continue
          const neededUses = scalarText(get(needed, 'uses')?.value)
          const file = neededUses ? ourWorkflowName(neededUses, options) : undefined
          const workflow = file ? interfaces.workflows.get(file) : undefined
          if (workflow) {
            if (!workflow.outputs.has(m[2] as string)) {
              at(
                located(m[0], base),
                `job '${m[1]}' (${file}) has no output '${m[2]}' (outputs: ${[...workflow.outputs].join(', ') || 'none'})`
              )
            }
          } else if (!get(get(needed, 'outputs')?.value, m[2] as string)) {
            at(located(m[0], base), `job '${m[1]}' declares no output '${m[2]}'`)
          }
        }
        return
      }
      if (isMap(node)) for (const pair of (node as YAMLMap<Node, Node>).items) scan(pair.value)
      else if (isSeq(node)) for (const item of node.items) scan(item)
    }
    scan(job)
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column)
}
