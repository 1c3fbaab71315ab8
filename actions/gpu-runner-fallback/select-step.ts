/** `mode: select`: the gate, availability from the API (or the static policy), the decision, outputs, one summary. */
import { mayCarryCredential } from '../../packages/toolkit/src/credential-policy.js'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { readEventPayload } from '../../packages/toolkit/src/event.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { findRunner, planSources, type Availability } from './availability.js'
import {
  GPU_CONTAINER_OPTIONS,
  availabilityOutcome,
  failureText,
  finish,
  gate,
  labelsText,
  runsOnJson,
  staticOutcome,
  type Outcome,
  type SelectPolicy,
  type SelectResult
} from './decide.js'
import { readRepoContext, type RepoContext } from './event-context.js'
import type { PlanInputs, SelectInputs } from './inputs.js'
import { isRouted, routeCell } from './route-matrix.js'
import { planSummary, selectSummary } from './summary.js'

/** The whole availability search ends within this many request time limits (pages and retries included). */
const DEADLINE_REQUESTS = 5

export async function runSelect(inputs: SelectInputs, timeoutMs: number): Promise<void> {
  const plan = inputs.plan
  // A matrix whose cells need no runner selection (none is routed, or no gpu-runner is set) asks nothing of the API.
  if (plan && (inputs.gpuRunner.length === 0 || !plan.cells.some(cell => isRouted(cell, inputs.gpuRunner)))) {
    const reason =
      inputs.gpuRunner.length === 0
        ? 'No gpu-runner: no runner is selected, every cell keeps its runs-on.'
        : `No cell of the matrix is marked gpu or runs on ${labelsText(inputs.gpuRunner)}: no runner is selected.`
    setOutput('runs-on', runsOnJson(inputs.fallbackRunner))
    setOutput('gpu', false)
    setOutput('decision', 'none')
    setOutput('reason', reason)
    setOutput('run-gpu-tests', false)
    setOutput('container-options', '')
    log.info(`Decision: none (${reason})`)
    writeSummary(writePlan(inputs, plan, undefined, reason))
    return
  }
  const selection = await select(inputs, timeoutMs)
  const { result } = selection
  log.debug(`decision: ${result.decision}, runs-on ${runsOnJson(result.runsOn)}`)
  setOutput('runs-on', runsOnJson(result.runsOn))
  setOutput('gpu', result.gpu)
  setOutput('decision', result.decision)
  setOutput('reason', result.reason)
  setOutput('run-gpu-tests', result.gpu)
  setOutput('container-options', result.gpu ? GPU_CONTAINER_OPTIONS : '')
  log.info(`Decision: ${result.decision} (${result.reason})`)
  const summary = selectSummary({ ...selection, gpuRunner: inputs.gpuRunner })
  writeSummary(plan ? `${summary}\n${writePlan(inputs, plan, result, result.reason)}` : summary)
  if (result.fail) throw new UserError(result.reason)
}

/** The plan of each cell: the `matrix` output, one notice for the GPU cells without a GPU runner; its summary. */
function writePlan(inputs: SelectInputs, plan: PlanInputs, selection: SelectResult | undefined, reason: string) {
  const cells = plan.cells.map(cell =>
    routeCell(cell, {
      gpuRunner: inputs.gpuRunner,
      kind: inputs.kind,
      selection,
      fallbackMode: plan.fallbackMode,
      runTests: plan.runTests,
      skipTestsKey: plan.skipTestsKey
    })
  )
  setOutput('matrix', { include: cells })
  const fallback = cells.filter(cell => cell['gpu-route'] === 'fallback')
  if (fallback.length > 0) {
    const modes = [...new Set(fallback.map(cell => cell.mode))].join(', ')
    log.notice(
      `${fallback.length} cell(s) did not get ${labelsText(inputs.gpuRunner.length ? inputs.gpuRunner : ['a GPU runner'])} ` +
        `and run ${modes}: ${fallback.map(cell => cell.id).join(', ')}. ${reason}`,
      { title: 'GPU cells without the GPU runner' }
    )
  }
  return planSummary(cells)
}

interface Selection {
  result: SelectResult
  context: RepoContext
  search?: Availability
  requests: number
  checked: boolean
}

/** The gate, availability from the API (or the static policy) and the decision. */
async function select(inputs: SelectInputs, timeoutMs: number): Promise<Selection> {
  const policy: SelectPolicy = inputs
  const runner = runnerContext()
  const context = readRepoContext(runner.repository, runner.eventName, readEventPayload(runner.eventPath))
  if (!context.owner || !context.repo)
    throw new UserError('GITHUB_REPOSITORY is not set: the select mode runs inside a workflow.')
  log.debug(`event ${context.eventName}: ${context.trust.trusted ? 'trusted' : 'untrusted'} (${context.trust.reason})`)

  const gateResult = gate(policy, context)
  const sources = planSources(
    inputs.scope,
    inputs.gpuRunner,
    context,
    { selfHosted: gateResult.selfHostedAllowed, hosted: gateResult.hostedAllowed },
    inputs.runnerType
  )
  log.debug(`gate: ${gateResult.blocked ?? 'passed'}; sources to ask: ${sources.join(', ') || 'none'}`)
  let outcome: Outcome
  let search: Availability | undefined
  let requests = 0
  let checked = false
  const apiProblem = apiUrlProblem(runner.apiUrl)
  if (gateResult.blocked) {
    outcome = { available: false, reason: gateResult.blocked }
  } else if (inputs.token === '') {
    // Deciding by allowed-owners alone is a supported set-up (the workflow GITHUB_TOKEN cannot list runners): say so
    // once, as a notice, not as a warning on every run.
    log.notice('No token: runner availability is not checked; allowed-owners decides (see the README).')
    outcome = staticOutcome(policy, context, gateResult, 'no token was given')
  } else if (sources.length === 0) {
    outcome = staticOutcome(policy, context, gateResult, 'no runner list applies to this run')
  } else if (apiProblem) {
    log.warning(`Runner availability could not be checked: ${apiProblem}`)
    outcome = staticOutcome(policy, context, gateResult, apiProblem)
  } else {
    const deadline = AbortSignal.timeout(timeoutMs * DEADLINE_REQUESTS)
    const { createRunnerApi } = await import('./runners-api.js')
    const api = await createRunnerApi({
      apiUrl: runner.apiUrl,
      token: inputs.token,
      owner: context.owner,
      repo: context.repo,
      timeoutMs,
      deadline,
      onRequest: (url, status, ms) => {
        requests++
        log.debug(`GET ${url} -> ${status ?? 'no answer'} in ${ms} ms`)
      }
    })
    search = await findRunner(api, {
      labels: inputs.gpuRunner,
      requireIdle: inputs.requireIdle,
      sources,
      repoIsPublic: context.isPublic,
      trace: message => log.debug(message)
    })
    checked = search.results.some(result => result.error === undefined) || search.found !== undefined
    const fromApi = availabilityOutcome(inputs.gpuRunner, inputs.requireIdle, search)
    if (fromApi) {
      outcome = fromApi
    } else {
      log.warning(`Runner availability could not be checked: ${failureText(search)}`)
      outcome = staticOutcome(policy, context, gateResult, failureText(search))
    }
  }
  return { result: finish(policy, outcome), context, search, requests, checked }
}

/** Why GITHUB_API_URL cannot be used with a token, or undefined when it can (https, or http on loopback). */
export function apiUrlProblem(apiUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch {
    return `GITHUB_API_URL '${apiUrl}' is not a URL`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `GITHUB_API_URL '${apiUrl}' is not an http(s) URL`
  if (!mayCarryCredential(url, url))
    return `GITHUB_API_URL ${url.origin} is not https (or carries credentials): the token is not sent there`
  return undefined
}
