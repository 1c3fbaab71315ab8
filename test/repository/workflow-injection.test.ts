// Template injection (issue 17 item 7): GitHub pastes a `${{ … }}` inside `run:` into the script text before the
// shell starts, so a value someone else controls (a PR title, a branch name, a dispatch input) becomes code.
//
// The rule this test enforces in every `run:` of .github/workflows/*.yml:
//   an expression may read only values the workflow's author or the runner fixes:
//   - `matrix.<key>` of a job whose `strategy.matrix` is written literally in the file (no `${{` in it);
//   - `runner.os|arch|temp|tool_cache`, `strategy.*`, and the `github.*` values GitHub itself computes:
//     sha, run_id, run_number, run_attempt, repository, repository_owner, workspace, action_path, event_name, job,
//     server_url, api_url, graphql_url, workflow, retention_days;
//   - literals.
// Everything else is treated as untrusted and must reach the script through `env:` (then "$NAME" in the script):
// inputs.*, github.event.*, github.head_ref, github.ref / ref_name, env.*, vars.*, secrets.* (a secret pasted into
// a script also lands in the process list), steps.*.outputs and needs.*.outputs (the test cannot tell which step
// read outside data, so none is trusted), and matrix values computed by an expression (fromJSON of an output).
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { repoRoot } from '../support/run-bundle.js'

const TRUSTED_GITHUB = new Set([
  'sha',
  'run_id',
  'run_number',
  'run_attempt',
  'repository',
  'repository_owner',
  'workspace',
  'action_path',
  'event_name',
  'job',
  'server_url',
  'api_url',
  'graphql_url',
  'workflow',
  'retention_days'
])
const TRUSTED_RUNNER = new Set(['os', 'arch', 'temp', 'tool_cache'])

/** Why a context reference is untrusted inside `run:`, or undefined when it is trusted. */
export function untrustedReason(reference: string, literalMatrix: boolean): string | undefined {
  const [context, key] = reference.split('.')
  if (context === 'matrix') {
    return literalMatrix ? undefined : 'a matrix value computed by an expression (e.g. fromJSON of an output)'
  }
  if (context === 'runner' && key && TRUSTED_RUNNER.has(key)) return undefined
  if (context === 'strategy') return undefined
  if (context === 'github' && key && TRUSTED_GITHUB.has(key) && reference.split('.').length === 2) return undefined
  const reasons: Record<string, string> = {
    inputs: 'an input, chosen by whoever starts the workflow',
    github: 'a github context value the event or a pusher controls',
    env: 'an environment value, which may come from an input or an output',
    vars: 'a configuration variable',
    secrets: 'a secret (pasted into the script it also shows in the process list)',
    steps: "a step's output, which may carry outside data",
    needs: "a job's output, which may carry outside data",
    runner: 'a runner value other than os, arch, temp or tool_cache',
    job: 'a job context value'
  }
  return reasons[context ?? ''] ?? 'a value this test cannot show to be fixed by the workflow'
}

/** The context references of one expression's body: `inputs.year`, `github.event.pull_request.title`, … */
export function references(expression: string): string[] {
  const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''")
  return [...withoutStrings.matchAll(/\b([a-z_][a-z0-9_-]*(?:\.[A-Za-z0-9_*-]+|\[[^\]]*\])*)/gi)]
    .map(m => m[1]!.replace(/\[[^\]]*\]/g, '.*'))
    .filter(ref => /^(inputs|github|env|vars|secrets|steps|needs|matrix|runner|strategy|job)\b/.test(ref))
}

export interface Finding {
  file: string
  line: number
  expression: string
  reason: string
  fix: string
}

/** The untrusted expressions inside `run:` of one workflow file, with their line numbers. */
export function findInjections(file: string, text: string): Finding[] {
  const doc = parseDocument(text)
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length
  const findings: Finding[] = []
  const jobs = doc.get('jobs') as Node | undefined
  if (!isMap(jobs)) return findings
  for (const jobItem of jobs.items) {
    const job = jobItem.value
    if (!isMap(job)) continue
    const matrix = job.getIn(['strategy', 'matrix'], true) as Node | undefined
    const literalMatrix = !matrix?.range || !text.slice(matrix.range[0], matrix.range[2]).includes('${{')
    const steps = job.get('steps', true)
    if (!isSeq(steps)) continue
    for (const step of steps.items) {
      if (!isMap(step)) continue
      const run = step.get('run', true)
      if (!isScalar(run) || !run.range) continue
      const source = text.slice(run.range[0], run.range[1])
      for (const match of source.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        for (const reference of references(match[1]!)) {
          const reason = untrustedReason(reference, literalMatrix)
          if (!reason) continue
          const name = (
            reference
              .split('.')
              .filter(p => p !== '*')
              .pop() ?? 'VALUE'
          )
            .replace(/[^A-Za-z0-9]/g, '_')
            .toUpperCase()
          findings.push({
            file,
            line: lineOf(run.range[0] + match.index!),
            expression: match[0],
            reason,
            fix: `add \`${name}: ${match[0]}\` to the step's env: and write "$${name}" in the script instead`
          })
        }
      }
    }
  }
  return findings
}

const workflowsDir = join(repoRoot, '.github/workflows')
const workflows = readdirSync(workflowsDir).filter(f => /\.ya?ml$/.test(f))

describe('no template injection in run: of our workflows', () => {
  test('the rule: inputs, event data, refs, env, outputs and computed matrices are untrusted', () => {
    const workflow = [
      'on: [workflow_dispatch, pull_request]',
      'jobs:',
      '  a:',
      '    strategy:',
      '      matrix:',
      '        os: [linux, macos]',
      '    steps:',
      '      - run: echo "${{ matrix.os }} ${{ runner.temp }} ${{ github.sha }}"',
      '      - run: |',
      '          echo ok',
      '          echo "${{ inputs.year }}"',
      '      - env:',
      '          TITLE: ${{ github.event.pull_request.title }}',
      '        run: echo "$TITLE"',
      '      - run: echo "${{ github.head_ref }}" "${{ steps.x.outputs.y }}" ${{ format(\'{0}\', github.event.issue.title) }}',
      '  b:',
      '    strategy:',
      '      matrix: ${{ fromJSON(needs.a.outputs.matrix) }}',
      '    steps:',
      "      - run: echo ${{ matrix.name }} ${{ github.event['comment'].body }}"
    ].join('\n')
    const found = findInjections('w.yml', workflow).map(f => `${f.line}: ${f.expression}`)
    expect(found).toEqual([
      '11: ${{ inputs.year }}',
      '15: ${{ github.head_ref }}',
      '15: ${{ steps.x.outputs.y }}',
      "15: ${{ format('{0}', github.event.issue.title) }}",
      '20: ${{ matrix.name }}',
      "20: ${{ github.event['comment'].body }}"
    ])
    expect(findInjections('w.yml', workflow)[0]?.fix).toBe(
      'add `YEAR: ${{ inputs.year }}` to the step\'s env: and write "$YEAR" in the script instead'
    )
  })

  test.each(workflows)('.github/workflows/%s', file => {
    const findings = findInjections(file, readFileSync(join(workflowsDir, file), 'utf8'))
    const messages = findings.map(
      f =>
        `.github/workflows/${f.file}:${f.line}: ${f.expression} inside run: is ${f.reason}; the runner pastes it ` +
        `into the script before the shell runs, so its text becomes code. Fix: ${f.fix}.`
    )
    expect(messages).toEqual([])
  })
})
