/**
 * sonar-scan: inputs, what is analysed (from the GitHub context), the verified scanner from the cache or a download,
 * coverage, the scanner run (argv only, the token in its environment), outputs, one summary, the quality gate.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { readEventPayload } from '../../packages/toolkit/src/event.js'
import { redactUrl, redactUrls } from '../../packages/toolkit/src/redact-url.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { analysisContext, type AnalysisContext } from './analysis-context.js'
import { collectCoverage, coverageSummary } from './collect-coverage.js'
import { readInputs, type Inputs } from './inputs.js'
import { installScanner } from './install-scanner.js'
import { organizationFor } from './organization.js'
import { compileCommandsAfterBuild, propertiesFileSetsKey, qualityGate, runScanner } from './scan-steps.js'
import { scannerArguments } from './scanner-args.js'
import { resolveScannerDownload } from './scanner-catalog.js'
import { renderScanSummary, renderSkippedSummary } from './summary.js'

export async function main(): Promise<void> {
  const started = performance.now()
  const inputs = readInputs()
  const runner = runnerContext()
  const context = analysisContext({
    eventName: runner.eventName,
    event: readEventPayload(runner.eventPath),
    ref: runner.ref,
    repository: runner.repository,
    sha: runner.sha,
    actor: process.env.GITHUB_ACTOR
  })
  log.debug(`analysing ${context.description} (${context.kind}); fork: ${context.fromFork}`)
  if (!inputs.token) return withoutToken(inputs, context)
  if (context.fromFork) {
    // pull_request_target (or a repository that sends secrets to forks) hands the token to a run over a fork's code.
    log.warning(
      `sonar-scan runs with a token on ${context.description} (${runner.eventName}): the fork's code and build scripts can read the token. Analyse fork pull requests without secrets (pull_request) or only after review; see the README.`
    )
  }

  const download = resolveScannerDownload({
    version: inputs.scannerVersion,
    os: runner.os,
    arch: runner.arch,
    mirror: inputs.scannerMirror || undefined,
    sha256: inputs.scannerSha256 || undefined
  })
  const scanner = await installScanner(download, inputs.cache)
  log.info(`SonarScanner CLI ${download.version} (${download.platform}) from ${scanner.source}: ${scanner.home}`)

  const compileCommands = compileCommandsAfterBuild(inputs.compileCommands, inputs.baseDir)
  const coverage = await collectCoverage(
    inputs.coverage,
    inputs.coverageDir,
    inputs.baseDir,
    join(runner.temp, 'sonar-scan')
  )
  log.debug(`coverage: ${coverage.plan.mode}${coverage.plan.mode === 'none' ? ` (${coverage.plan.reason})` : ''}`)
  const projectKey =
    inputs.projectKey || (propertiesFileSetsKey(inputs.baseDir) ? '' : runner.repository.replace('/', '_'))
  const organization = organizationFor(inputs.organization, inputs.hostUrl, runner.repository)
  log.debug(`project key: ${projectKey || '(sonar-project.properties)'}; organization: ${organization || '(none)'}`)
  const argv = scannerArguments({
    properties: {
      'sonar.host.url': inputs.hostUrl,
      'sonar.organization': organization,
      'sonar.projectKey': projectKey,
      'sonar.projectBaseDir': inputs.baseDir,
      ...(compileCommands ? { 'sonar.cfamily.compile-commands': compileCommands } : {}),
      ...coverage.properties,
      ...context.properties
    },
    userArgs: inputs.args
  })

  const { task, scannerMs } = await runScanner(
    scanner.home,
    inputs.baseDir,
    argv,
    inputs.token,
    inputs.hostUrl,
    started
  )
  setOutput('skipped', 'false')
  setOutput('dashboard-url', task.dashboardUrl ?? '')
  setOutput('task-url', task.ceTaskUrl ?? '')
  const gate =
    inputs.qualityGate === 'wait'
      ? await qualityGate(task, inputs.hostUrl, inputs.token, inputs.qualityGateTimeout)
      : undefined
  setOutput('quality-gate', gate?.status ?? '')

  writeSummary(
    renderScanSummary({
      projectKey,
      hostUrl: redactUrl(inputs.hostUrl),
      analysed: context.description,
      scanner: { version: download.version, platform: download.platform, source: scanner.source },
      compileCommands,
      coverage: coverageSummary(coverage),
      dashboardUrl: task.dashboardUrl,
      taskUrl: task.ceTaskUrl,
      gate,
      scannerMs,
      argv: argv.map(redactUrls)
    })
  )
  if (gate?.status === 'ERROR') {
    throw new UserError(
      `Quality gate failed for ${projectKey || 'the project'}` +
        (gate.failedConditions.length ? `: ${gate.failedConditions.join('; ')}` : '') +
        (task.dashboardUrl ? `. See ${task.dashboardUrl}` : '.')
    )
  }
}

/** No token: a fork or Dependabot pull request is skipped with a notice (when allowed); anything else is an error. */
function withoutToken(inputs: Inputs, context: AnalysisContext): void {
  const tokenless = context.fromFork
    ? 'a pull request from a fork'
    : context.fromDependabot
      ? 'a Dependabot pull request'
      : undefined
  if (tokenless && inputs.skipWithoutToken) {
    const reason = `No SonarQube token: ${tokenless} gets no repository secrets. The analysis runs when the change is merged.`
    log.notice(`SonarQube analysis skipped. ${reason}`)
    setOutput('skipped', 'true')
    setOutput('dashboard-url', '')
    setOutput('task-url', '')
    setOutput('quality-gate', '')
    writeSummary(renderSkippedSummary(context.description, reason))
    return
  }
  throw new UserError(
    `No SonarQube token for ${context.description}. Set the 'token' input or the SONAR_TOKEN environment variable from a secret` +
      (tokenless ? " (or leave 'skip-without-token' at true to skip such pull requests)." : '.')
  )
}
