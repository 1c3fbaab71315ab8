/**
 * sign-artifacts main: inputs, the files, a plan of methods, a check that nothing planned overwrites an artifact,
 * then the signing in plan order (embedded signatures, checksums, detached signatures over everything), outputs
 * and one summary.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { debugDecision, hasIDToken, log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { findArtifacts } from './files.js'
import { readInputs } from './inputs.js'
import { runMethods } from './methods.js'
import { assertOutputsSafe, plannedOutputs } from './outputs.js'
import { assertDistinctNames, relativeName } from './paths.js'
import { methodTitle, planSigning } from './plan.js'
import { buildSummary } from './report.js'
import { createSourceArchive } from './source-archive.js'
import { embeddedTargets } from './targets.js'

export async function main(): Promise<void> {
  const inputs = readInputs()
  const context = runnerContext()
  const { workspace } = context
  const files = inputs.files.length > 0 ? await findArtifacts(inputs.files, workspace) : []
  const archive = inputs.sourceArchive ? join(inputs.outputDir || workspace, inputs.sourceArchive.fileName) : ''
  const artifacts = [...files, ...(archive && !files.includes(archive) ? [archive] : [])]
  assertDistinctNames([...artifacts, ...(inputs.checksumsPath ? [inputs.checksumsPath] : [])], inputs.outputDir)

  const { authenticodeTargets, macTargets } = await embeddedTargets(files, context.os)
  for (const file of [...authenticodeTargets, ...macTargets])
    debugDecision('plan', `${relativeName(workspace, file)} gets an embedded signature`)

  const plan = planSigning({
    os: context.os,
    checksums: inputs.checksums,
    sigstore: inputs.sigstore,
    hasIdToken: hasIDToken(),
    gpgKey: inputs.gpgPrivateKey !== '',
    windowsCertificate: inputs.windowsCertificate !== '',
    appleCertificate: inputs.appleCertificate !== '',
    appleNotarize: inputs.appleNotarize,
    appleApiKey: inputs.appleApiKey !== '' && inputs.appleApiKeyId !== '' && inputs.appleApiIssuer !== '',
    skipWithoutCredentials: inputs.skipWithoutCredentials,
    authenticodeTargets: authenticodeTargets.length,
    macTargets: macTargets.length
  })
  for (const method of plan.methods) debugDecision('plan', `${methodTitle(method)} runs`)
  for (const skip of plan.skipped) debugDecision('plan', `${methodTitle(skip.method)} skipped: ${skip.reason}`)
  for (const notice of plan.notices) log.notice(notice)

  const outputPlan = {
    methods: plan.methods,
    selected: files,
    artifacts,
    sourceArchive: archive,
    checksumsPath: inputs.checksumsPath,
    outputDir: inputs.outputDir,
    workspace
  }
  assertOutputsSafe(outputPlan, plannedOutputs(outputPlan))

  if (inputs.outputDir) await mkdir(inputs.outputDir, { recursive: true })
  if (inputs.sourceArchive) {
    await createSourceArchive(inputs.sourceArchive, workspace, inputs.outputDir || workspace)
    log.info(`Created the source archive ${relativeName(workspace, archive)} from tag ${inputs.sourceArchive.tag}.`)
  }
  const { report, produced, failures } = await runMethods({
    inputs,
    plan,
    workspace,
    artifacts,
    authenticodeTargets,
    macTargets,
    serverUrl: context.serverUrl
  })
  if (archive) produced.unshift(archive)

  const verifiedAll = inputs.verify && failures.length === 0 && report.artifacts.some(a => a.signatures.length > 0)
  setOutput('signatures', produced)
  setOutput('checksums-file', inputs.checksumsPath)
  setOutput('verified', verifiedAll)
  setOutput('skipped', plan.skipped)
  writeSummary(buildSummary(report))
  if (failures.length > 0) throw new UserError(`Signature verification failed: ${failures.join('; ')}.`)
}
