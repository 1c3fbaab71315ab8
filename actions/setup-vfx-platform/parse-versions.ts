/**
 * Pure parsers for the version text tools and files print: `gcc -dumpfullversion`, `cmake --version`, CMake
 * package version files, pkg-config files, version headers, /etc/os-release. Each returns undefined when the text
 * does not hold a version, never a guess.
 */

/** The first dotted version in a line of tool output ('cmake version 3.25.1' → '3.25.1'). */
export function firstVersion(text: string): string | undefined {
  return /(\d+(?:\.\d+)+)/.exec(text)?.[1]
}

/** `clang --version`: 'Apple clang version 15.0.0 (…)' or 'Debian clang version 14.0.6'. */
export function parseClangVersion(text: string): { version: string; apple: boolean } | undefined {
  const match = /^(.*?)clang version (\d+(?:\.\d+)*)/m.exec(text)
  if (!match) return undefined
  return { version: match[2] as string, apple: /Apple/.test(match[1] as string) }
}

/** `set(PACKAGE_VERSION "3.1.5")` in a <Name>ConfigVersion.cmake file. */
export function parseCmakePackageVersion(text: string): string | undefined {
  return /set\s*\(\s*PACKAGE_VERSION\s+"?(\d[^")\s]*)"?\s*\)/i.exec(text)?.[1]
}

/** `Version: 3.1.5` in a pkg-config .pc file. */
export function parsePkgConfigVersion(text: string): string | undefined {
  return /^Version:\s*(\d\S*)\s*$/m.exec(text)?.[1]
}

/** The value of `#define NAME value` (quotes stripped). */
export function defineValue(text: string, name: string): string | undefined {
  const match = new RegExp(`^\\s*#\\s*define\\s+${name}\\s+"?([^"\\s]+)"?`, 'm').exec(text)
  return match?.[1]
}

/** major.minor[.patch] from separate #defines (TBB_VERSION_MAJOR / _MINOR, PTEX_MAJOR_VERSION, …). */
export function definedParts(text: string, names: string[]): string | undefined {
  const parts: string[] = []
  for (const name of names) {
    const value = defineValue(text, name)
    if (value === undefined || !/^\d+$/.test(value)) break
    parts.push(String(Number(value)))
  }
  return parts.length >= 2 ? parts.join('.') : undefined
}

/** boost/version.hpp: BOOST_VERSION 107400 → 1.74.0. */
export function parseBoostVersionHeader(text: string): string | undefined {
  const value = defineValue(text, 'BOOST_VERSION')
  if (!value || !/^\d{6}$/.test(value)) return undefined
  const n = Number(value)
  return `${Math.floor(n / 100000)}.${Math.floor(n / 100) % 1000}.${n % 100}`
}

/** opensubdiv/version.h: OPENSUBDIV_VERSION v3_5_0 → 3.5.0. */
export function parseOpenSubdivHeader(text: string): string | undefined {
  const value = defineValue(text, 'OPENSUBDIV_VERSION')
  const match = value ? /^v?(\d+)_(\d+)_(\d+)$/.exec(value) : null
  return match ? `${match[1]}.${match[2]}.${match[3]}` : undefined
}

/** pxr/pxr.h: PXR_MINOR_VERSION 25, PXR_PATCH_VERSION 5 → 25.05 (USD's own spelling). */
export function parseUsdHeader(text: string): string | undefined {
  const minor = defineValue(text, 'PXR_MINOR_VERSION')
  const patch = defineValue(text, 'PXR_PATCH_VERSION')
  if (!minor || !patch || !/^\d+$/.test(minor) || !/^\d+$/.test(patch)) return undefined
  return `${minor}.${patch.padStart(2, '0')}`
}

export interface OsRelease {
  id: string
  versionId: string
  prettyName: string
}

export function parseOsRelease(text: string): OsRelease {
  const values: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim())
    if (match) values[match[1] as string] = (match[2] as string).replace(/^["']|["']$/g, '')
  }
  return {
    id: values.ID ?? '',
    versionId: values.VERSION_ID ?? '',
    prettyName: values.PRETTY_NAME ?? values.NAME ?? ''
  }
}

/** The highest Windows SDK among the folder names under `Windows Kits\10\Include` ('10.0.22621.0'). */
export function newestWindowsSdk(names: string[]): string | undefined {
  return names
    .filter(name => /^10\.\d+\.\d+\.\d+$/.test(name))
    .sort((a, b) => {
      const pa = a.split('.').map(Number)
      const pb = b.split('.').map(Number)
      for (let i = 0; i < 4; i++) if (pa[i] !== pb[i]) return (pa[i] as number) - (pb[i] as number)
      return 0
    })
    .pop()
}
