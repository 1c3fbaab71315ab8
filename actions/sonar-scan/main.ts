/**
 * sonar-scan: reads and validates the inputs, decides what is analysed from the GitHub context, gets the verified
 * scanner from the cache (or downloads it), converts coverage, runs the scanner with argv only and the token in its
 * environment, then reports the dashboard, the background task and (optionally) the quality gate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { readEventPayload } from '../../packages/toolkit/src/event.js'
import { fetchJson, sleep } from '../../packages/toolkit/src/http.js'
import {
  readBoolean,
  readChoice,
  readInt,
  readLines,
  readSecret,
  readString
} from '../../packages/toolkit/src/inputs.js'
import { runProcess } from '../../packages/toolkit/src/process.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { maskSecret } from '../../packages/toolkit/src/secrets.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { analysisContext } from './analysis-context.js'
import { collectCoverage, type CoverageOutcome } from './collect-coverage.js'
import { findCompileCommands } from './compile-commands.js'
import type { CoverageMode } from './coverage-plan.js'
import { installScanner } from './install-scanner.js'
import { waitForQualityGate, type GateResult } from './quality-gate.js'
import { parseReportTask } from './report-task.js'
import { credentialInArgs, scannerArguments, scannerEnvironment } from './scanner-args.js'
import { resolveScannerDownload, scannerCatalog } from './scanner-catalog.js'
import { scannerCommand } from './scanner-command.js'
import { renderScanSummary, renderSkippedSummary } from './summary.js'

const URL_PATTERN = { regex: /^https?:\/\/[^\s]+$/, description: 'an http(s) URL' }

function readInputs() {
  let token = readSecret('token')
  if (!token && process.env.SONAR_TOKEN) {
    token = process.env.SONAR_TOKEN.trim()
    maskSecret(token)
  }
  return {
    token,
    hostUrl: readString('host-url', { fallback: 'https://sonarcloud.io', pattern: URL_PATTERN }).replace(/\/+$/, ''),
    organization: readString('organization', {
      pattern: { regex: /^[\w.-]+$/, description: 'an organization key (letters, digits, -, _, .)' }
    }),
    projectKey: readString('project-key', {
      pattern: { regex: /^[\w.:-]+$/, description: 'a project key (letters, digits, -, _, ., :)' }
    }),
    scannerVersion: readString('scanner-version', {
      fallback: scannerCatalog.defaultVersion,
      pattern: { regex: /^\d+(\.\d+){1,3}$/, description: 'a sonar-scanner-cli version such as 8.1.0.6389' }
    }),
    scannerMirror: readString('scanner-mirror', { pattern: URL_PATTERN }),
    scannerSha256: readString('scanner-sha256', {
      pattern: { regex: /^[0-9a-fA-F]{64}$/, description: 'a sha256 of 64 hexadecimal characters' }
    }),
    args: readLines('args'),
    projectBaseDir: readString('project-base-dir', { fallback: '.' }),
    compileCommands: readString('compile-commands'),
    coverage: readChoice<CoverageMode>('coverage', ['auto', 'gcov', 'llvm-cov', 'coverage-xml', 'none'], 'auto'),
    coverageDir: readString('coverage-dir'),
    qualityGate: readChoice('quality-gate', ['off', 'wait'], 'off'),
    qualityGateTimeout: readInt('quality-gate-timeout', { fallback: 300, min: 1, max: 3600 }),
    skipWithoutToken: readBoolean('skip-without-token', true),
    cache: readBoolean('cache', true)
  }
}

/** A project key set in sonar-project.properties wins over our `<owner>_<repo>` default. */
function propertiesFileSetsKey(baseDir: string): boolean {
  const file = join(baseDir, 'sonar-project.properties')
  return existsSync(file) && /^\s*sonar\.projectKey\s*[=:]/m.test(readFileSync(file, 'utf8'))
}

function resolveCompileCommands(setting: string, baseDir: string): string | undefined {
  if (setting === '') return undefined
  if (setting === 'auto') {
    const buildDirs = existsSync(join(baseDir, 'build'))
      ? readdirSync(join(baseDir, 'build'), { withFileTypes: true })
          .filter(entry => entry.isDirectory())
          .map(entry => `build/${entry.name}`)
      : []
    const found = findCompileCommands(rel => existsSync(join(baseDir, rel)), buildDirs)
    if (!found) log.info('compile-commands: auto found no compile_commands.json; C/C++ files will not be analysed.')
    return found ? join(baseDir, found) : undefined
  }
  const path = isAbsolute(setting) ? setting : join(baseDir, setting)
  if (!existsSync(path))
    throw new UserError(
      `Input 'compile-commands' names ${path}, which does not exist. Configure the build with CMAKE_EXPORT_COMPILE_COMMANDS=ON first.`
    )
  return path
}

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

  if (!inputs.token) {
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
  const credentialProblem = credentialInArgs(inputs.args)
  if (credentialProblem) throw new UserError(credentialProblem)

  const baseDir = resolve(runner.workspace, inputs.projectBaseDir)
  if (!existsSync(baseDir)) throw new UserError(`Input 'project-base-dir' names ${baseDir}, which does not exist.`)

  const download = resolveScannerDownload({
    version: inputs.scannerVersion,
    os: runner.os,
    arch: runner.arch,
    mirror: inputs.scannerMirror || undefined,
    sha256: inputs.scannerSha256 || undefined
  })
  const scanner = await installScanner(download, inputs.cache)
  log.info(`SonarScanner CLI ${download.version} (${download.platform}) from ${scanner.source}: ${scanner.home}`)

  const compileCommands = resolveCompileCommands(inputs.compileCommands, baseDir)
  const coverageDir = inputs.coverageDir ? resolve(runner.workspace, inputs.coverageDir) : baseDir
  const coverage: CoverageOutcome = await collectCoverage(
    inputs.coverage,
    coverageDir,
    baseDir,
    join(runner.temp, 'sonar-scan')
  )

  const projectKey = inputs.projectKey || (propertiesFileSetsKey(baseDir) ? '' : runner.repository.replace('/', '_'))
  const argv = scannerArguments({
    properties: {
      'sonar.host.url': inputs.hostUrl,
      'sonar.organization': inputs.organization,
      'sonar.projectKey': projectKey,
      'sonar.projectBaseDir': baseDir,
      ...(compileCommands ? { 'sonar.cfamily.compile-commands': compileCommands } : {}),
      ...coverage.properties,
      ...context.properties
    },
    userArgs: inputs.args
  })

  const reportTaskFile = join(baseDir, '.scannerwork', 'report-task.txt')
  await rm(reportTaskFile, { force: true }) // a stale file from an earlier run would give wrong links
  const command = scannerCommand(scanner.home, runner.os, baseDir, argv, listJars(scanner.home))
  log.info(`Starting the scanner ${Math.round(performance.now() - started)} ms after the action started.`)
  const scanStarted = performance.now()
  await log.group('SonarScanner', () =>
    runProcess(command.file, command.args, {
      cwd: baseDir,
      env: scannerEnvironment(process.env, inputs.token, inputs.hostUrl),
      echo: true
    })
  )
  const scannerMs = performance.now() - scanStarted

  const task = existsSync(reportTaskFile) ? parseReportTask(readFileSync(reportTaskFile, 'utf8')) : {}
  if (!existsSync(reportTaskFile))
    log.warning(`The scanner wrote no ${reportTaskFile}; no dashboard or task links to report.`)
  setOutput('skipped', 'false')
  setOutput('dashboard-url', task.dashboardUrl ?? '')
  setOutput('task-url', task.ceTaskUrl ?? '')

  let gate: GateResult | undefined
  if (inputs.qualityGate === 'wait') {
    if (!task.ceTaskId)
      throw new UserError(
        "quality-gate: 'wait' needs the scanner's report-task.txt with a ceTaskId, and there is none."
      )
    const serverUrl = task.serverUrl || inputs.hostUrl
    const authorization = `Basic ${Buffer.from(`${inputs.token}:`).toString('base64')}`
    gate = await waitForQualityGate(serverUrl, task.ceTaskId, inputs.qualityGateTimeout * 1000, {
      getJson: async url =>
        (await fetchJson<unknown>(url, { headers: { authorization }, retries: 2, retryDelayMs: 500 })).data,
      sleep,
      now: () => Date.now()
    })
  }
  setOutput('quality-gate', gate?.status ?? '')

  writeSummary(
    renderScanSummary({
      projectKey: projectKey || inputs.projectKey,
      hostUrl: inputs.hostUrl,
      analysed: context.description,
      scanner: { version: download.version, platform: download.platform, source: scanner.source },
      compileCommands,
      coverage: {
        mode: coverage.plan.mode,
        detail:
          coverage.plan.mode === 'none'
            ? coverage.plan.reason
            : Object.entries(coverage.properties)
                .map(([key, value]) => `${key}=${value}`)
                .join(', ') + (coverage.outside ? ` (${coverage.outside} sources outside the project left out)` : ''),
        totals: coverage.totals
      },
      dashboardUrl: task.dashboardUrl,
      taskUrl: task.ceTaskUrl,
      gate,
      scannerMs,
      argv
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

function listJars(home: string): string[] {
  const lib = join(home, 'lib')
  return existsSync(lib) ? readdirSync(lib) : []
}
