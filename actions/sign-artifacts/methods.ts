/**
 * The signing methods, run in plan order over the artifacts: each signs, verifies what it signed (unless
 * `verify: false`) and records the result. Heavy signers (GPG, Sigstore, osslsigncode/signtool, macOS) are loaded
 * only when their method runs.
 */
import { writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { hashFiles } from '../../packages/toolkit/src/hash-pool.js'
import { which } from '../../packages/toolkit/src/process.js'
import { debugDecision, log, runnerContext } from '../../packages/toolkit/src/runner.js'
import { checksumsFileContent } from './checksums.js'
import type { Inputs } from './inputs.js'
import { methodTitle, type Method, type Plan } from './plan.js'
import { relativeName, signaturePath } from './paths.js'
import type { ArtifactRecord, Report, SignatureRecord } from './report.js'
import type { AuthenticodeTool } from './signtool.js'

export interface SigningJob {
  inputs: Inputs
  plan: Plan
  workspace: string
  artifacts: string[]
  authenticodeTargets: string[]
  macTargets: string[]
  serverUrl: string
}

export interface SigningResult {
  report: Report
  produced: string[]
  failures: string[]
}

export async function runMethods(job: SigningJob): Promise<SigningResult> {
  const { inputs, workspace } = job
  const produced: string[] = []
  const failures: string[] = []
  const records = new Map<string, ArtifactRecord>(
    job.artifacts.map(file => [file, { name: relativeName(workspace, file), signatures: [] as SignatureRecord[] }])
  )
  const report: Report = { artifacts: [], algorithm: inputs.checksums, skipped: job.plan.skipped }
  const record = (file: string, signature: SignatureRecord) => {
    let artifact = records.get(file)
    if (!artifact) records.set(file, (artifact = { name: relativeName(workspace, file), signatures: [] }))
    artifact.signatures.push(signature)
    debugDecision(
      signature.method,
      `${artifact.name} ${signature.verified === true ? 'verified' : signature.verified === false ? 'did NOT verify' : 'not verified (verify: false)'}`
    )
    if (signature.verified === false)
      failures.push(`${methodTitle(signature.method)} signature of ${artifact.name} did not verify`)
  }
  const verifyOr = async (check: () => Promise<boolean>): Promise<boolean | 'not checked'> =>
    inputs.verify ? await check() : 'not checked'

  for (const method of job.plan.methods) {
    await log.group(methodTitle(method), async () => {
      switch (method) {
        case 'authenticode':
          return signAuthenticode(inputs, job.authenticodeTargets, record, verifyOr)
        case 'codesign':
          return signMac(inputs, job.macTargets, job.plan.methods.includes('notarize'), record, verifyOr)
        case 'notarize':
          return // done with codesign: notarization needs the signed bytes and precedes the checksums
        case 'checksums': {
          const algorithm = inputs.checksums as 'sha256' | 'sha512'
          const digests = await hashFiles(job.artifacts, algorithm)
          const checksumsDir = dirname(inputs.checksumsPath)
          const lines = job.artifacts.map((file, i) => ({
            name: relativeName(checksumsDir, file),
            digest: digests[i] as string
          }))
          await writeFile(inputs.checksumsPath, checksumsFileContent(lines))
          job.artifacts.forEach((file, i) => ((records.get(file) as ArtifactRecord).digest = digests[i]))
          records.set(inputs.checksumsPath, { name: relativeName(workspace, inputs.checksumsPath), signatures: [] })
          report.checksumsFile = relativeName(workspace, inputs.checksumsPath)
          produced.push(inputs.checksumsPath)
          log.info(`Wrote ${report.checksumsFile} (${job.artifacts.length} files).`)
          return
        }
        case 'gpg': {
          const { GpgSigner } = await import('./gpg.js')
          const signer = await GpgSigner.import(inputs.gpgPrivateKey, inputs.gpgPassphrase)
          report.gpgKey = signer.key
          try {
            for (const file of records.keys()) {
              const signature = signaturePath(file, '.asc', inputs.outputDir)
              await signer.sign(file, signature)
              produced.push(signature)
              record(file, { method, path: signature, verified: await verifyOr(() => signer.verify(file, signature)) })
            }
          } finally {
            await signer.close()
          }
          return
        }
        case 'sigstore': {
          const { openSigstore } = await import('./sigstore.js')
          const signer = await openSigstore({
            fulcioUrl: inputs.sigstoreFulcioUrl,
            rekorUrl: inputs.sigstoreRekorUrl,
            trustedRoot: inputs.sigstoreTrustedRoot,
            serverUrl: job.serverUrl
          })
          report.sigstoreIdentity = signer.identity
          for (const file of records.keys()) {
            const bundle = signaturePath(file, '.sigstore.json', inputs.outputDir)
            await signer.sign(file, bundle)
            produced.push(bundle)
            record(file, { method, path: bundle, verified: await verifyOr(() => signer.verify(file, bundle)) })
          }
          return
        }
      }
    })
  }
  report.artifacts = [...records.values()]
  return { report, produced, failures }
}

type Recorder = (file: string, signature: SignatureRecord) => void
type VerifyOr = (check: () => Promise<boolean>) => Promise<boolean | 'not checked'>

async function signAuthenticode(
  inputs: Inputs,
  targets: string[],
  record: Recorder,
  verifyOr: VerifyOr
): Promise<void> {
  const { tool, signer } = await openAuthenticodeSigner({
    certificate: inputs.windowsCertificate,
    password: inputs.windowsCertificatePassword,
    timestampUrl: inputs.timestampUrl
  })
  log.info(
    `Signing ${targets.length} file(s) with ${tool} as ${signer.subject}${inputs.timestampUrl ? `, timestamped by ${inputs.timestampUrl}` : ''}.`
  )
  if (!inputs.timestampUrl)
    log.warning(
      "Authenticode signatures are not timestamped ('timestamp-url' is empty): they stop verifying when the certificate expires."
    )
  for (const file of targets) {
    await signer.sign(file)
    record(file, { method: 'authenticode', path: file, verified: await verifyOr(() => signer.verify(file)) })
  }
}

interface AuthenticodeSigning {
  subject: string
  sign(file: string): Promise<void>
  verify(file: string): Promise<boolean>
}

/** signtool on Windows runners (osslsigncode from PATH only when signtool is absent), osslsigncode elsewhere. */
async function openAuthenticodeSigner(options: {
  certificate: string
  password: string
  timestampUrl: string
}): Promise<{ tool: AuthenticodeTool; signer: AuthenticodeSigning }> {
  const { os, arch } = runnerContext()
  if (os === 'Windows') {
    const { SigntoolSigner, chooseAuthenticodeTool, findSigntool } = await import('./signtool.js')
    // process.env itself: on Windows only it looks names up case-insensitively (the variable is `Path` there).
    const signtool = await findSigntool(arch)
    const osslsigncode = signtool ? undefined : await which('osslsigncode')
    debugDecision(
      'authenticode',
      `signtool ${signtool ?? 'not found'}, osslsigncode ${osslsigncode ?? 'not looked up'}`
    )
    if (chooseAuthenticodeTool(os, { signtool, osslsigncode }) === 'signtool' && signtool)
      return { tool: 'signtool', signer: await SigntoolSigner.open(options, signtool) }
    log.warning(`signtool.exe was not found; signing with ${osslsigncode} instead.`)
  }
  const { AuthenticodeSigner } = await import('./authenticode.js')
  return { tool: 'osslsigncode', signer: await AuthenticodeSigner.load(options) }
}

async function signMac(
  inputs: Inputs,
  targets: string[],
  notarize: boolean,
  record: Recorder,
  verifyOr: VerifyOr
): Promise<void> {
  const { MacSigner } = await import('./macos.js')
  const signer = await MacSigner.open({
    certificate: inputs.appleCertificate,
    password: inputs.appleCertificatePassword,
    identity: inputs.appleIdentity,
    apiKey: inputs.appleApiKey,
    apiKeyId: inputs.appleApiKeyId,
    apiIssuer: inputs.appleApiIssuer
  })
  for (const file of targets) {
    await signer.sign(file)
    let note: string | undefined
    if (notarize) note = (await signer.notarize(file)) ? 'notarized, stapled' : 'notarized'
    const method: Method = 'codesign'
    record(file, { method, path: file, verified: await verifyOr(() => signer.verify(file)), ...(note ? { note } : {}) })
  }
}
