/**
 * The CMake initial-cache file (`cmake -C <file>`) that hands the build the year's settings: the C++ standard,
 * the old libstdc++ ABI for years up to CY2022 with gcc, the macOS deployment target, and the prefixes of what was
 * found or installed. Pure: the text is built from plain data.
 */

export interface CmakeCacheSettings {
  year: number
  cxxStandard: number
  /** Define _GLIBCXX_USE_CXX11_ABI=0 (platform up to CY2022, gcc on Linux). */
  oldCxxAbi: boolean
  macosDeploymentTarget?: string
  prefixPaths: string[]
  /** Folders put first on CMAKE_MODULE_PATH (the fuzz step's stale Find modules). */
  modulePath?: string[]
}

/** A CMake quoted argument: forward slashes for paths, and the characters CMake would interpret escaped. */
export function cmakeQuote(value: string): string {
  return `"${escapeQuoted(value).replace(/;/g, '\\;')}"`
}

function escapeQuoted(value: string): string {
  return value.replace(/\\/g, '/').replace(/"/g, '\\"').replace(/\$/g, '\\$')
}

/** A CMake list as one quoted argument (a ';' inside a path cannot be expressed in a CMake list, so it is dropped). */
export function cmakeQuoteList(values: string[]): string {
  return `"${values.map(v => escapeQuoted(v).replace(/;/g, '')).join(';')}"`
}

function cacheSet(name: string, value: string, type: string, doc: string): string {
  return `set(${name} ${value} CACHE ${type} ${cmakeQuote(doc)})`
}

export function renderCmakeCache(settings: CmakeCacheSettings): string {
  const lines = [
    `# VFX Reference Platform CY${settings.year}: initial cache written by setup-vfx-platform.`,
    '# Use it as: cmake -C <this file> -S <source> -B <build>',
    cacheSet('VFX_PLATFORM', cmakeQuote(String(settings.year)), 'STRING', 'VFX Reference Platform year'),
    cacheSet(
      'CMAKE_CXX_STANDARD',
      cmakeQuote(String(settings.cxxStandard)),
      'STRING',
      `C++ standard of CY${settings.year}`
    ),
    cacheSet('CMAKE_CXX_STANDARD_REQUIRED', 'ON', 'BOOL', 'Fail rather than fall back to an older C++ standard')
  ]
  if (settings.oldCxxAbi) {
    // Up to CY2022 the platform uses the old libstdc++ ABI. $ENV{CXXFLAGS} keeps what the job already set, because a
    // CMAKE_CXX_FLAGS cache entry made here stops CMake from initialising it from CXXFLAGS itself.
    lines.push(
      `set(CMAKE_CXX_FLAGS "$ENV{CXXFLAGS} -D_GLIBCXX_USE_CXX11_ABI=0" CACHE STRING ${cmakeQuote(`CY${settings.year}: old libstdc++ ABI`)})`
    )
  }
  if (settings.macosDeploymentTarget) {
    lines.push(
      cacheSet(
        'CMAKE_OSX_DEPLOYMENT_TARGET',
        cmakeQuote(settings.macosDeploymentTarget),
        'STRING',
        `Minimum macOS of CY${settings.year}`
      )
    )
  }
  if (settings.prefixPaths.length > 0) {
    lines.push(
      cacheSet(
        'CMAKE_PREFIX_PATH',
        cmakeQuoteList(settings.prefixPaths),
        'STRING',
        'Where the platform libraries were found or installed'
      )
    )
  }
  if (settings.modulePath && settings.modulePath.length > 0) {
    lines.push(
      cacheSet(
        'CMAKE_MODULE_PATH',
        cmakeQuoteList(settings.modulePath),
        'STRING',
        'Decoy Find modules planted by setup-vfx-platform fuzz'
      )
    )
  }
  return lines.join('\n') + '\n'
}

/** Prefixes worth handing to CMake: the install's first, then those libraries were found under, minus /usr (searched anyway). */
export function prefixPathsFor(installPrefixes: string[], libraryPrefixes: string[]): string[] {
  return [...new Set([...installPrefixes, ...libraryPrefixes])].filter(p => p !== '/usr' && p !== '/' && p !== '')
}
