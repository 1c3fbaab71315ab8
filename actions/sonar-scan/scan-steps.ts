/**
 * The I/O steps of a scan, each a named function main.ts calls in order: read what is analysed, report a skipped run,
 * find compile commands (`auto`), run the scanner (argv only, the token in its environment), read its report task, wait for the quality
 * gate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { mayCarryCredential } from '../../packages/toolkit/src/credential-policy.js'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { fetchJson, sleep } from '../../packages/toolkit/src/http.js'
import { runProcess } from '../../packages/toolkit/src/process.js'
import { redactUrls } from '../../packages/toolkit/src/redact-url.js'
import { readEventPayload } from '../../packages/toolkit/src/event.js'
import { log, runnerContext, setOutput, type RunnerContext } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { analysisContext, type AnalysisContext } from './analysis-context.js'
import { findCompileCommands } from './compile-commands.js'
import { waitForQualityGate, type GateResult } from './quality-gate.js'
import { parseReportTask, type ReportTask } from './report-task.js'
import { scannerEnvironment } from './scanner-args.js'
import { scannerCommand } from './scanner-command.js'
import { renderSkippedSummary } from './summary.js'

/** What is analysed: the runner's context and the event payload, read here and decided by analysisContext. */
export function readAnalysisContext(runner: RunnerContext): AnalysisContext {
  const context = analysisContext({
    eventName: runner.eventName,
    event: readEventPayload(runner.eventPath),
    ref: runner.ref,
    repository: runner.repository,
    sha: runner.sha,
    actor: process.env.GITHUB_ACTOR
  })
  log.debug(`analysing ${context.description} (${context.kind}); fork: ${context.fromFork}`)
  return context
}

/** A run skipped for want of a token (tokenDecision): a notice, empty outputs and the skipped summary. */
export function reportSkipped(analysed: string, reason: string): void {
  log.notice(`SonarQube analysis skipped. ${reason}`)
  setOutput('skipped', 'true')
  setOutput('dashboard-url', '')
  setOutput('task-url', '')
  setOutput('quality-gate', '')
  writeSummary(renderSkippedSummary(analysed, reason))
}

/** A project key set in sonar-project.properties wins over our `<owner>_<repo>` default. */
export function propertiesFileSetsKey(baseDir: string): boolean {
  const file = join(baseDir, 'sonar-project.properties')
  return existsSync(file) && /^\s*sonar\.projectKey\s*[=:]/m.test(readFileSync(file, 'utf8'))
}

/** compile-commands after the build: `auto` looks in the usual build folders; a named file was checked already. */
export function compileCommandsAfterBuild(setting: string, baseDir: string): string | undefined {
  if (setting !== 'auto') return setting || undefined
  const buildDirs = existsSync(join(baseDir, 'build'))
    ? readdirSync(join(baseDir, 'build'), { withFileTypes: true })
        .filter(entry => entry.isDirectory())
        .map(entry => `build/${entry.name}`)
    : []
  const found = findCompileCommands(rel => existsSync(join(baseDir, rel)), buildDirs)
  log.debug(
    `compile-commands auto: ${found ?? 'none found'} (build folders looked at: ${buildDirs.join(', ') || 'none'})`
  )
  if (!found) log.info('compile-commands: auto found no compile_commands.json; C/C++ files will not be analysed.')
  return found ? join(baseDir, found) : undefined
}

export interface ScannerRun {
  task: ReportTask
  scannerMs: number
}

export async function runScanner(
  home: string,
  baseDir: string,
  argv: string[],
  token: string,
  hostUrl: string,
  actionStarted: number
): Promise<ScannerRun> {
  const reportTaskFile = join(baseDir, '.scannerwork', 'report-task.txt')
  await rm(reportTaskFile, { force: true }) // a stale file from an earlier run would give wrong links
  const lib = join(home, 'lib')
  const command = scannerCommand(home, runnerContext().os, baseDir, argv, existsSync(lib) ? readdirSync(lib) : [])
  // Credentials never reach argv (refused in inputs.ts); URLs are redacted all the same.
  log.debug(`scanner: ${command.file}`)
  for (const arg of command.args) log.debug(`scanner argument: ${redactUrls(arg)}`)
  log.info(`Starting the scanner ${Math.round(performance.now() - actionStarted)} ms after the action started.`)
  const started = performance.now()
  await log.group('SonarScanner', () =>
    runProcess(command.file, command.args, {
      cwd: baseDir,
      env: scannerEnvironment(process.env, token, hostUrl),
      echo: true
    })
  )
  const scannerMs = performance.now() - started
  if (!existsSync(reportTaskFile)) {
    log.warning(`The scanner wrote no ${reportTaskFile}; no dashboard or task links to report.`)
    return { task: {}, scannerMs }
  }
  return { task: parseReportTask(readFileSync(reportTaskFile, 'utf8')), scannerMs }
}

export async function qualityGate(
  task: ReportTask,
  hostUrl: string,
  token: string,
  timeoutSeconds: number
): Promise<GateResult> {
  if (!task.ceTaskId)
    throw new UserError("quality-gate: 'wait' needs the scanner's report-task.txt with a ceTaskId, and there is none.")
  // The token goes only to the origin it was given for: a serverUrl elsewhere in report-task.txt is not followed.
  const serverUrl = task.serverUrl && mayCarryCredential(task.serverUrl, hostUrl) ? task.serverUrl : hostUrl
  const authorization = `Basic ${Buffer.from(`${token}:`).toString('base64')}`
  return waitForQualityGate(serverUrl, task.ceTaskId, timeoutSeconds * 1000, {
    getJson: async url =>
      (await fetchJson<unknown>(url, { headers: { authorization }, retries: 2, retryDelayMs: 500 })).data,
    sleep,
    now: () => Date.now()
  })
}
