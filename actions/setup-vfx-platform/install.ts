/**
 * setup-vfx-platform's installs: the year's CMake and Ninja (official archives, checksums from the catalog) and
 * the year's libraries (a prebuilt platform bundle from the manifest), verified, cached in two levels, and put on
 * the job's environment. main.ts calls installRequested after detection; runAction's post saves what it scheduled
 * for the cache.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { UserError } from '../../packages/toolkit/src/errors.js'
import { bearerAuthorization, fetchJson } from '../../packages/toolkit/src/http.js'
import { addPath, exportVariable, log, setOutput, type RunnerContext } from '../../packages/toolkit/src/runner.js'
import { heading, markdownTable, writeSummary } from '../../packages/toolkit/src/summary.js'
import type { PlatformYear } from '../../packages/vfx-platform/src/types.js'
import type { Inputs } from './inputs.js'
import { computeEnvironment } from '../../packages/platform-bundles/src/environment.js'
import { installPlan } from '../../packages/platform-bundles/src/install.js'
import { validateManifest, type BundleManifest } from '../../packages/platform-bundles/src/manifest.js'
import { installedVersions, planInstall } from '../../packages/platform-bundles/src/plan.js'
import { targetPlatform } from '../../packages/platform-bundles/src/platform.js'

export interface InstallContext {
  year: PlatformYear
  runner: RunnerContext
  libc: string
  /** The install inputs, read and validated by inputs.ts. */
  inputs: Inputs['install']
}

export interface InstallOutcome {
  installDir: string
  prefixPaths: string[]
}

const MANIFEST_ASSET = 'platform-bundles.json'

/** Without a `manifest` input: this action's own release (its tag when it is one, else the latest release). */
export function defaultManifestUrl(env: NodeJS.ProcessEnv, serverUrl: string): string {
  const repository = env.GITHUB_ACTION_REPOSITORY || 'aswf/ci-actions'
  const ref = env.GITHUB_ACTION_REF ?? ''
  const release = /^v\d+\.\d+\.\d+$/.test(ref) ? `download/${ref}` : 'latest/download'
  return `${serverUrl}/${repository}/releases/${release}/${MANIFEST_ASSET}`
}

/**
 * The token is meant for the GitHub server (release assets) only: the toolkit's credential policy sends it to https
 * on that origin and nowhere else (never to http, a mirror, or a redirect to another origin).
 */
function tokenCredential(
  token: string,
  serverUrl: string
): { headers: Record<string, string>; origin: string } | undefined {
  if (!token) return undefined
  let origin: string
  try {
    origin = new URL(serverUrl).origin
  } catch {
    return undefined // no valid server URL: nowhere the token may go
  }
  return { headers: bearerAuthorization(token), origin }
}

async function loadManifest(
  location: string,
  credential: ReturnType<typeof tokenCredential>
): Promise<{ data: BundleManifest; location: string }> {
  if (/^https?:\/\//i.test(location)) {
    const { data } = await fetchJson<unknown>(location, {
      headers: credential?.headers,
      credentialOrigin: credential?.origin
    })
    return { data: validateManifest(data, location), location }
  }
  const path = resolve(location)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UserError(
      `Input 'manifest' has the value '${location}': no such file (expected a URL or a path to the bundle manifest).`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UserError(`The bundle manifest ${path} is not valid JSON.`)
  }
  return { data: validateManifest(data, path), location: path }
}

export async function installRequested(context: InstallContext): Promise<InstallOutcome | undefined> {
  const { components, manifest: manifestInput, cache: useCache, token } = context.inputs
  if (components.length === 0) return undefined

  const { runner, year } = context
  const platform = targetPlatform(runner.os, runner.arch, context.libc)
  if (platform.os === 'linux' && components.includes('libraries') && !platform.libc) {
    throw new UserError('Could not tell the C library of this Linux runner, so no library bundle can be chosen safely.')
  }
  const credential = tokenCredential(token, runner.serverUrl)
  // CMake and Ninja need no manifest; one given explicitly is still read (it may name a mirror).
  const needsManifest = components.includes('libraries') || manifestInput !== ''
  const location = manifestInput || defaultManifestUrl(process.env, runner.serverUrl)
  const manifest = needsManifest ? await loadManifest(location, credential) : undefined

  const plan = planInstall({
    year: year.year,
    components,
    platform,
    versions: { cmake: year.aswf.cmake, ninja: year.aswf.versions.ninja },
    manifest
  })
  const result = await installPlan(plan, { useCache, tempDir: runner.temp, credential })

  const environment = computeEnvironment({
    os: platform.os,
    installDir: result.dir,
    items: plan.items,
    current: process.env,
    join,
    exists: relative => existsSync(join(result.dir, ...relative.split('/')))
  })
  for (const dir of [...environment.path].reverse()) addPath(dir)
  for (const [name, value] of Object.entries(environment.variables)) exportVariable(name, value)

  const installed = installedVersions(plan.items)
  const cacheHit = result.source !== 'download'
  setOutput('install-dir', result.dir)
  setOutput('cache-hit', cacheHit)
  setOutput('installed', installed)

  const where = { 'tool-cache': 'tool cache', 'actions-cache': 'Actions cache', download: 'downloaded, verified' }[
    result.source
  ]
  log.info(`Installed CY${year.year} ${components.join(', ')} in ${result.dir} (${where}).`)
  writeSummary(
    heading(`CY${year.year} installed (${where})`, 3),
    markdownTable(
      ['Component', 'Version', 'sha256'],
      plan.items.map(item => [
        item.label,
        item.bundle
          ? Object.entries(item.bundle.versions)
              .map(([k, v]) => `${k} ${v}`)
              .join(', ')
          : item.version,
        item.sha256.slice(0, 16) + '…'
      ])
    ),
    `Install dir: \`${result.dir}\`; cache key \`${plan.cacheKey}\`.\n`
  )
  return { installDir: result.dir, prefixPaths: environment.prefixPaths }
}

/** The post step's half: saves the freshly installed tree to @actions/cache (never fails the job). */
