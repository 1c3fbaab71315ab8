/**
 * What to install, decided from plain data: the requested components, the year's versions, the platform, the
 * catalog and the manifest. The result names every archive with its URL and sha256, the tool-cache folder and
 * the @actions/cache key, so the I/O that follows has nothing left to decide.
 */
import { createHash } from 'node:crypto'
import { cacheKey } from '../../toolkit/src/cache.js'
import { downloadFileName } from '../../toolkit/src/download.js'
import { UserError } from '../../toolkit/src/errors.js'
import type { ToolId } from '../../toolkit/src/tool-cache.js'
import { toolArchive } from './catalog.js'
import { resolveBundleUrl, selectBundle, type BundleEntry, type BundleManifest } from './manifest.js'
import { toolCacheArch, type TargetPlatform } from './platform.js'

export const COMPONENTS = ['cmake', 'ninja', 'libraries'] as const
export type Component = (typeof COMPONENTS)[number]

export interface InstallItem {
  component: Component
  /** What the item is, for messages and the `installed` output: 'cmake 3.22.0', 'CY2024 libraries'. */
  label: string
  version: string
  url: string
  sha256: string
  size?: number
  /** The archive's file name, which decides how it is extracted. */
  archiveName: string
  /** For libraries: the bundle entry (versions inside, layout hints). */
  bundle?: BundleEntry
}

export interface InstallPlan {
  year: number
  platform: TargetPlatform
  items: InstallItem[]
  toolId: ToolId
  /** The @actions/cache key: schema version, year, platform and a digest of every archive's sha256. */
  cacheKey: string
}

export interface PlanInput {
  year: number
  components: Component[]
  platform: TargetPlatform
  /** The year's versions from the platform data (aswf.cmake, aswf.versions.ninja). */
  versions: { cmake?: string; ninja?: string }
  manifest?: { data: BundleManifest; location: string }
}

/** Parses the `install` list: known names only, duplicates dropped, in a stable order. */
export function parseComponents(items: string[]): Component[] {
  const unknown = items.filter(item => !(COMPONENTS as readonly string[]).includes(item.toLowerCase()))
  if (unknown.length) {
    throw new UserError(
      `Input 'install' has the value '${items.join(', ')}': expected a list of ${COMPONENTS.join(', ')} (unknown: ${unknown.join(', ')}).`
    )
  }
  const wanted = new Set(items.map(item => item.toLowerCase()))
  return COMPONENTS.filter(c => wanted.has(c))
}

export function planInstall(input: PlanInput): InstallPlan {
  const items: InstallItem[] = []
  for (const component of input.components) {
    if (component === 'libraries') {
      if (!input.manifest) throw new UserError("Installing 'libraries' needs a bundle manifest (input 'manifest').")
      const bundle = selectBundle(input.manifest.data, input.year, input.platform, input.manifest.location)
      const url = resolveBundleUrl(bundle.url, input.manifest.location)
      items.push({
        component,
        label: `CY${input.year} libraries`,
        version: String(input.year),
        url,
        sha256: bundle.sha256,
        size: bundle.size,
        archiveName: downloadFileName(url),
        bundle
      })
      continue
    }
    const version = input.versions[component]
    if (!version)
      throw new UserError(
        `CY${input.year} pins no ${component} version in the ASWF images, so there is none to install.`
      )
    const archive = toolArchive(component, version, input.platform)
    const mirror = input.manifest?.data.toolMirror
    const url = mirror ? new URL(archive.file, mirror.endsWith('/') ? mirror : `${mirror}/`).toString() : archive.url
    items.push({
      component,
      label: `${component} ${version}`,
      version,
      url,
      sha256: archive.sha256,
      archiveName: archive.file
    })
  }
  const arch = toolCacheArch(input.platform)
  const digest = createHash('sha256')
    .update(items.map(item => `${item.component}=${item.version}@${item.sha256}`).join('\n'))
    .digest('hex')
    .slice(0, 16)
  return {
    year: input.year,
    platform: input.platform,
    items,
    toolId: { tool: 'vfx-platform', version: String(input.year), arch },
    cacheKey: cacheKey('vfx-platform', String(input.year), arch, items.map(i => i.component).join('+'), digest)
  }
}

/** The `installed` output: component -> version (libraries expand to the versions inside the bundle). */
export function installedVersions(items: InstallItem[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const item of items) {
    if (item.bundle) Object.assign(out, item.bundle.versions)
    else out[item.component] = item.version
  }
  return out
}
