/**
 * Where an install runs, in the vocabulary the catalog and the manifest use: `linux`/`macos`/`windows`,
 * `x64`/`arm64`, and on Linux the C library (`glibc2.36`). The libc is part of every cache name so that a tree
 * built for one image is never reused by an older, incompatible one.
 */
import { UserError } from '../../toolkit/src/errors.js'

export type BundleOs = 'linux' | 'macos' | 'windows'
export type BundleArch = 'x64' | 'arm64'

export interface TargetPlatform {
  os: BundleOs
  arch: BundleArch
  /** e.g. 'glibc2.36'; '' where the libc does not decide compatibility (macOS, Windows) or is unknown. */
  libc: string
}

const OS: Record<string, BundleOs> = { Linux: 'linux', macOS: 'macos', Windows: 'windows' }
const ARCH: Record<string, BundleArch> = { X64: 'x64', ARM64: 'arm64' }

/** From the runner's RUNNER_OS / RUNNER_ARCH spelling. */
export function targetPlatform(runnerOs: string, runnerArch: string, libc: string): TargetPlatform {
  const os = OS[runnerOs]
  const arch = ARCH[runnerArch]
  if (!os || !arch) {
    throw new UserError(
      `Installing the platform is supported on Linux, macOS and Windows, X64 or ARM64; this runner is ${runnerOs} ${runnerArch}.`
    )
  }
  return { os, arch, libc: os === 'linux' ? libc : '' }
}

/** `linux-x64`: the key of the tool catalog. */
export function catalogKey(platform: TargetPlatform): string {
  return `${platform.os}-${platform.arch}`
}

/** `x64-linux-glibc2.36` / `arm64-macos`: the tool-cache arch folder and part of the cache key. */
export function toolCacheArch(platform: TargetPlatform): string {
  return [platform.arch, platform.os, platform.libc].filter(Boolean).join('-')
}

/** `glibc2.28` -> { family: 'glibc', version: [2, 28] }; undefined when it is not of that shape. */
export function parseLibc(libc: string): { family: string; version: number[] } | undefined {
  const match = /^([a-z]+)(\d+(?:\.\d+)*)$/.exec(libc)
  if (!match) return undefined
  return { family: match[1] as string, version: (match[2] as string).split('.').map(Number) }
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * A bundle built against `bundleLibc` runs on `runnerLibc` when the family is the same and the runner's is not
 * older (glibc is backwards compatible, never forwards). A bundle without a libc runs anywhere on its OS.
 */
export function libcCompatible(bundleLibc: string | undefined, runnerLibc: string): boolean {
  if (!bundleLibc) return true
  const bundle = parseLibc(bundleLibc)
  const runner = parseLibc(runnerLibc)
  if (!bundle || !runner || bundle.family !== runner.family) return false
  return compareVersions(runner.version, bundle.version) >= 0
}
