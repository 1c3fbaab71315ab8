/**
 * sign-artifacts main: read and validate the inputs, find the files, plan the methods, then sign in plan order
 * (embedded signatures, checksums, detached signatures over everything), verify each signature, and report.
 */
import { open, writeFile, mkdir } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { InputError, UserError } from '../../packages/toolkit/src/errors.js'
import { readBoolean, readChoice, readLines, readSecret, readString } from '../../packages/toolkit/src/inputs.js'
import { which } from '../../packages/toolkit/src/process.js'
import { log, runnerContext, setOutput } from '../../packages/toolkit/src/runner.js'
import { writeSummary } from '../../packages/toolkit/src/summary.js'
import { checksumsFileContent, defaultChecksumsFileName } from './checksums.js'
import { findFiles } from './find-files.js'
import { hashFiles } from '../../packages/toolkit/src/hash-pool.js'
import { isAuthenticodeTarget, isMacTarget, methodTitle, planSigning, type Method } from './plan.js'
import { assertDistinctNames, relativeName, signaturePath } from './paths.js'
import { buildSummary, type ArtifactRecord, type Report, type SignatureRecord } from './report.js'
import type { AuthenticodeTool } from './signtool.js'
import { createSourceArchive, planSourceArchive } from './source-archive.js'

function readInputs() {
  const checksums = readChoice('checksums', ['sha256', 'sha512', 'none'] as const, 'sha256')
  return {
    files: readLines('files'),
    sourceArchive: readBoolean('source-archive', false),
    checksums,
    checksumsFile: readString('checksums-file', {
      fallback: checksums === 'none' ? '' : defaultChecksumsFileName(checksums),
      pattern: { regex: /^[^\r\n]+$/, description: 'a file name' }
    }),
    sigstore: readChoice('sigstore', ['auto', 'true', 'false'] as const, 'auto'),
    sigstoreFulcioUrl: readString('sigstore-fulcio-url', {
      pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' }
    }),
    sigstoreRekorUrl: readString('sigstore-rekor-url', {
      pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL' }
    }),
    sigstoreTrustedRoot: readString('sigstore-trusted-root'),
    gpgPrivateKey: readSecret('gpg-private-key'),
    gpgPassphrase: readSecret('gpg-passphrase'),
    appleCertificate: readSecret('apple-certificate'),
    appleCertificatePassword: readSecret('apple-certificate-password'),
    appleIdentity: readString('apple-identity'),
    appleNotarize: readBoolean('apple-notarize', false),
    appleApiKey: readSecret('apple-api-key'),
    appleApiKeyId: readString('apple-api-key-id'),
    appleApiIssuer: readString('apple-api-issuer'),
    windowsCertificate: readSecret('windows-certificate'),
    windowsCertificatePassword: readSecret('windows-certificate-password'),
    timestampUrl: readString('timestamp-url', {
      pattern: { regex: /^https?:\/\/\S+$/, description: 'an http(s) URL or empty' }
    }),
    verify: readBoolean('verify', true),
    skipWithoutCredentials: readBoolean('skip-without-credentials', true),
    outputDir: readString('output-dir')
  }
}

type Inputs = ReturnType<typeof readInputs>

async function firstBytes(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(4)
    const { bytesRead } = await handle.read(buffer, 0, 4, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export async function main(): Promise<void> {
  const inputs = readInputs()
  const context = runnerContext()
  const workspace = context.workspace
  if (inputs.files.length === 0 && !inputs.sourceArchive) {
    throw new InputError('files', '', "one or more file globs (one per line), or 'source-archive: true'")
  }
  const outputDir = inputs.outputDir ? resolve(workspace, inputs.outputDir) : ''
  if (outputDir) await mkdir(outputDir, { recursive: true })

  const files = inputs.files.length > 0 ? (await findFiles(inputs.files, workspace)).map(path => resolve(path)) : []
  const produced: string[] = []
  if (inputs.sourceArchive) {
    const archive = await createSourceArchive(
      planSourceArchive(context.repository, context.ref),
      workspace,
      outputDir || workspace
    )
    log.info(`Created the source archive ${relativeName(workspace, archive)}.`)
    produced.push(archive)
    if (!files.includes(archive)) files.push(archive)
  }
  const checksumsPath = inputs.checksums === 'none' ? '' : resolve(outputDir || workspace, inputs.checksumsFile)
  const artifacts = files.filter(file => file !== checksumsPath)
  assertDistinctNames([...artifacts, ...(checksumsPath ? [checksumsPath] : [])], outputDir)

  const authenticodeTargets = artifacts.filter(isAuthenticodeTarget)
  const macTargets: string[] = []
  if (context.os === 'macOS')
    for (const file of artifacts) if (isMacTarget(file, await firstBytes(file))) macTargets.push(file)

  const idTokenUrl = process.env.ACTIONS_ID_TOKEN_REQUEST_URL ?? ''
  const idTokenToken = process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? ''
  const plan = planSigning({
    os: context.os,
    checksums: inputs.checksums,
    sigstore: inputs.sigstore,
    hasIdToken: idTokenUrl !== '' && idTokenToken !== '',
    gpgKey: inputs.gpgPrivateKey !== '',
    windowsCertificate: inputs.windowsCertificate !== '',
    appleCertificate: inputs.appleCertificate !== '',
    appleNotarize: inputs.appleNotarize,
    appleApiKey: inputs.appleApiKey !== '' && inputs.appleApiKeyId !== '' && inputs.appleApiIssuer !== '',
    skipWithoutCredentials: inputs.skipWithoutCredentials,
    authenticodeTargets: authenticodeTargets.length,
    macTargets: macTargets.length
  })
  for (const notice of plan.notices) log.notice(notice)

  const records = new Map<string, ArtifactRecord>(
    artifacts.map(file => [file, { name: relativeName(workspace, file), signatures: [] as SignatureRecord[] }])
  )
  const report: Report = {
    artifacts: [],
    algorithm: inputs.checksums,
    skipped: plan.skipped,
    repository: context.repository
  }
  const failures: string[] = []
  const record = (file: string, signature: SignatureRecord) => {
    let artifact = records.get(file)
    if (!artifact) records.set(file, (artifact = { name: relativeName(workspace, file), signatures: [] }))
    artifact.signatures.push(signature)
    if (signature.verified === false)
      failures.push(`${methodTitle(signature.method)} signature of ${artifact.name} did not verify`)
  }
  const verifyOr = async (check: () => Promise<boolean>): Promise<boolean | 'not checked'> =>
    inputs.verify ? await check() : 'not checked'

  for (const method of plan.methods) {
    await log.group(methodTitle(method), async () => {
      switch (method) {
        case 'authenticode':
          return signAuthenticode(inputs, authenticodeTargets, record, verifyOr)
        case 'codesign':
          return signMac(inputs, macTargets, plan.methods.includes('notarize'), record, verifyOr)
        case 'notarize':
          return // done with codesign: notarization needs the signed bytes and precedes the checksums
        case 'checksums': {
          const digests = await hashFiles(artifacts, inputs.checksums as 'sha256' | 'sha512')
          const checksumsDir = dirname(checksumsPath)
          const lines = artifacts.map((file, i) => ({
            name: relativeName(checksumsDir, file),
            digest: digests[i] as string
          }))
          await writeFile(checksumsPath, checksumsFileContent(lines))
          artifacts.forEach((file, i) => ((records.get(file) as ArtifactRecord).digest = digests[i]))
          records.set(checksumsPath, { name: relativeName(workspace, checksumsPath), signatures: [] })
          report.checksumsFile = relativeName(workspace, checksumsPath)
          produced.push(checksumsPath)
          log.info(`Wrote ${report.checksumsFile} (${artifacts.length} files).`)
          return
        }
        case 'gpg': {
          const { GpgSigner } = await import('./gpg.js')
          const signer = await GpgSigner.import(inputs.gpgPrivateKey, inputs.gpgPassphrase)
          report.gpgKey = signer.key
          try {
            for (const file of records.keys()) {
              const signature = signaturePath(file, '.asc', outputDir)
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
            trustedRoot: inputs.sigstoreTrustedRoot ? resolve(workspace, inputs.sigstoreTrustedRoot) : '',
            requestUrl: idTokenUrl,
            requestToken: idTokenToken
          })
          report.sigstoreIdentity = signer.identity
          for (const file of records.keys()) {
            const bundle = signaturePath(file, '.sigstore.json', outputDir)
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
  const verifiedAll = inputs.verify && failures.length === 0 && report.artifacts.some(a => a.signatures.length > 0)
  setOutput('signatures', produced)
  setOutput('checksums-file', checksumsPath)
  setOutput('verified', verifiedAll)
  setOutput('skipped', plan.skipped)
  writeSummary(buildSummary(report))
  if (failures.length > 0) throw new UserError(`Signature verification failed: ${failures.join('; ')}.`)
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
