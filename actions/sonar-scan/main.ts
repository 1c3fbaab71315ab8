/**
 * sonar-scan: inputs, what is analysed (from the GitHub context), whether a token lets it run, the verified scanner
 * from the cache or a download, coverage, the scanner run (argv only, the token in its environment), outputs, one
 * summary, the quality gate.
 */
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { redactUrl, redactUrls } from '../../packages/toolkit/src/redact-url.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { collectCoverage, coverageSummary } from './collect-coverage.js'
import { readInputs } from './inputs.js'
import { installScanner } from './install-scanner.js'
import { gateFailureMessage } from './quality-gate.js'
import { scanPlan } from './scan-plan.js'
import {
  compileCommandsAfterBuild,
  propertiesFileSetsKey,
  qualityGate,
  readAnalysisContext,
  reportSkipped,
  runScanner
} from './scan-steps.js'
import { resolveScannerDownload } from './scanner-catalog.js'
import { renderScanSummary } from './summary.js'
import { tokenDecision } from './token-policy.js'

export async function main(): Promise<void> {
  const started = performance.now()
  const inputs = readInputs()
  const runner = runnerContext()
  const context = readAnalysisContext(runner)
  const decision = tokenDecision({
    context,
    eventName: runner.eventName,
    hasToken: inputs.token !== '',
    skipWithoutToken: inputs.skipWithoutToken
  })
  if (decision.kind === 'error') throw new UserError(decision.message)
  if (decision.kind === 'skip') return reportSkipped(context.description, decision.reason)
  if (decision.warning) log.warning(decision.warning)

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
  const tempDir = join(runner.temp, 'sonar-scan')
  const coverage = await collectCoverage(inputs.coverage, inputs.coverageDir, inputs.baseDir, tempDir)
  log.debug(`coverage: ${coverage.plan.mode}${coverage.plan.mode === 'none' ? ` (${coverage.plan.reason})` : ''}`)
  const { projectKey, organization, argv } = scanPlan({
    inputs,
    repository: runner.repository,
    keyInPropertiesFile: inputs.projectKey === '' && propertiesFileSetsKey(inputs.baseDir),
    compileCommands,
    coverageProperties: coverage.properties,
    contextProperties: context.properties
  })
  log.debug(`project key: ${projectKey || '(sonar-project.properties)'}; organization: ${organization || '(none)'}`)

  const { token, hostUrl } = inputs
  const { task, scannerMs } = await runScanner(scanner.home, inputs.baseDir, argv, token, hostUrl, started)
  setOutput('skipped', 'false')
  setOutput('dashboard-url', task.dashboardUrl ?? '')
  setOutput('task-url', task.ceTaskUrl ?? '')
  const wait = inputs.qualityGate === 'wait'
  const gate = wait ? await qualityGate(task, hostUrl, token, inputs.qualityGateTimeout) : undefined
  setOutput('quality-gate', gate?.status ?? '')

  writeSummary(
    renderScanSummary({
      projectKey,
      hostUrl: redactUrl(hostUrl),
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
  const failure = gateFailureMessage(gate, projectKey, task.dashboardUrl)
  if (failure) throw new UserError(failure)
}
