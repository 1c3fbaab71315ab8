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
  runsOnJson,
  staticOutcome,
  type Outcome,
  type SelectPolicy
} from './decide.js'
import { readRepoContext } from './event-context.js'
import type { SelectInputs } from './inputs.js'
import { selectSummary } from './summary.js'

/** The whole availability search ends within this many request time limits (pages and retries included). */
const DEADLINE_REQUESTS = 5

export async function runSelect(inputs: SelectInputs, timeoutMs: number): Promise<void> {
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

  const result = finish(policy, outcome)
  log.debug(`decision: ${result.decision}, runs-on ${runsOnJson(result.runsOn)}`)
  setOutput('runs-on', runsOnJson(result.runsOn))
  setOutput('gpu', result.gpu)
  setOutput('decision', result.decision)
  setOutput('reason', result.reason)
  setOutput('run-gpu-tests', result.gpu)
  setOutput('container-options', result.gpu ? GPU_CONTAINER_OPTIONS : '')
  log.info(`Decision: ${result.decision} (${result.reason})`)
  writeSummary(selectSummary({ result, context, gpuRunner: inputs.gpuRunner, search, requests, checked }))
  if (result.fail) throw new UserError(result.reason)
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
