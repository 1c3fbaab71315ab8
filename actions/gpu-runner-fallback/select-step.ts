/** `mode: select`: reads the select inputs, checks availability, decides, and writes outputs and the summary. */
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import { readEventPayload } from '../../packages/toolkit/src/event.js'
import { readBoolean, readChoice, readList, readSecret, readStringOrArray } from '../../packages/toolkit/src/inputs.js'
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
import { createRunnerApi } from './runners-api.js'
import { selectSummary } from './summary.js'

export async function runSelect(timeoutMs: number): Promise<void> {
  const gpuRunner = readStringOrArray('gpu-runner')
  if (gpuRunner.length === 0) throw new InputError('gpu-runner', '', 'a runner label or a JSON array of labels')
  const policy: SelectPolicy = {
    gpuRunner,
    fallbackRunner: readStringOrArray('fallback-runner', ['ubuntu-latest']),
    onUnavailable: readChoice('on-unavailable', ['fallback', 'skip', 'fail'], 'fallback'),
    allowedOwners: readList('allowed-owners'),
    allowForkPullRequests: readBoolean('allow-fork-pull-requests', false)
  }
  const scope = readChoice('scope', ['auto', 'repo', 'org'], 'auto')
  const requireIdle = readBoolean('require-idle', false)
  const token = readSecret('token')

  const runner = runnerContext()
  const context = readRepoContext(runner.repository, runner.eventName, readEventPayload(runner.eventPath))
  if (!context.owner || !context.repo)
    throw new UserError('GITHUB_REPOSITORY is not set: the select mode runs inside a workflow.')

  const gateResult = gate(policy, context)
  let outcome: Outcome
  let search: Availability | undefined
  let requests = 0
  let checked = false
  const sources = planSources(scope, gpuRunner, context, gateResult.selfHostedAllowed)
  if (gateResult.blocked) {
    outcome = { available: false, reason: gateResult.blocked }
  } else if (sources.length === 0) {
    outcome = {
      available: false,
      reason: `This pull request comes from a fork (${context.headRepository ?? 'deleted repository'}) and may not use a self-hosted runner (allow-fork-pull-requests is false).`
    }
  } else if (token === '') {
    log.warning(
      'No token: runner availability cannot be checked (the workflow GITHUB_TOKEN cannot list runners; see the README).'
    )
    outcome = staticOutcome(policy, context, gateResult, 'no token was given')
  } else {
    const api = createRunnerApi({
      apiUrl: runner.apiUrl,
      token,
      owner: context.owner,
      repo: context.repo,
      timeoutMs,
      onRequest: () => void requests++
    })
    search = await findRunner(api, { labels: gpuRunner, requireIdle, sources, repoIsPublic: context.isPublic })
    checked = search.results.some(result => result.error === undefined) || search.found !== undefined
    const fromApi = availabilityOutcome(gpuRunner, requireIdle, search)
    if (fromApi) {
      outcome = fromApi
    } else {
      log.warning(`Runner availability could not be checked: ${failureText(search)}`)
      outcome = staticOutcome(policy, context, gateResult, failureText(search))
    }
  }

  const result = finish(policy, outcome)
  setOutput('runs-on', runsOnJson(result.runsOn))
  setOutput('gpu', result.gpu)
  setOutput('decision', result.decision)
  setOutput('reason', result.reason)
  setOutput('run-gpu-tests', result.gpu)
  setOutput('container-options', result.gpu ? GPU_CONTAINER_OPTIONS : '')
  log.info(`Decision: ${result.decision} (${result.reason})`)
  writeSummary(selectSummary({ result, context, gpuRunner, search, requests, checked }))
  if (result.fail) throw new UserError(result.reason)
}
