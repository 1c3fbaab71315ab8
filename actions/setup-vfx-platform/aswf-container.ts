/**
 * Recognises an ASWF CI image from its environment (aswf-docker's Dockerfile template): the year and image version
 * from the stable names, and the per-package versions under both the old and the renamed variable names.
 */
import { aswfEnvironment } from '../../packages/vfx-platform/src/index.js'

export interface AswfContainer {
  /** From ASWF_VFXPLATFORM_VERSION; undefined in ci-common (which has only ASWF_VERSION). */
  year?: number
  /** ASWF_VERSION, e.g. '2024.7', '2026-clang20.4', '6-clang20.4'. */
  imageVersion: string
  /** Component id → version the image is built for, with the variable it came from. */
  packages: Record<string, { version: string; variable: string }>
  /** Variables found under their pre-rename names (the image predates the rename). */
  oldNames: string[]
}

export function detectAswfContainer(env: NodeJS.ProcessEnv): AswfContainer | undefined {
  const yearText = aswfEnvironment.year.map(name => env[name]).find(Boolean)
  const imageVersion = aswfEnvironment.imageVersion.map(name => env[name]).find(Boolean)
  if (!yearText && !imageVersion) return undefined
  const year = yearText && /^\d{4}$/.test(yearText.trim()) ? Number(yearText.trim()) : undefined
  const packages: AswfContainer['packages'] = {}
  const oldNames: string[] = []
  for (const [id, names] of Object.entries(aswfEnvironment.packages)) {
    const index = names.findIndex(name => (env[name] ?? '').trim() !== '')
    if (index < 0) continue
    const variable = names[index] as string
    packages[id] = { version: (env[variable] as string).trim(), variable }
    if (index > 0) oldNames.push(variable)
  }
  return {
    year: year ?? yearFromImageVersion(imageVersion),
    imageVersion: imageVersion ?? yearText ?? '',
    packages,
    oldNames
  }
}

/** '2024.7' or '2026-clang20.4' → the year; a ci-common version ('6-clang20.4') has none. */
function yearFromImageVersion(version: string | undefined): number | undefined {
  const match = version ? /^(\d{4})(?:[-.]|$)/.exec(version) : null
  return match ? Number(match[1]) : undefined
}
