/**
 * Where each library a VFX build needs says its version, in the order CMake's find_package would trust it:
 * the package's CMake config version file, then its pkg-config file, then its version header. Reading these files
 * directly is what keeps detection fast (no pkg-config or compiler processes).
 */
import {
  defineValue,
  definedParts,
  parseBoostVersionHeader,
  parseCmakePackageVersion,
  parseOpenSubdivHeader,
  parsePkgConfigVersion,
  parseUsdHeader
} from './parse-versions.js'

export interface LibraryProbe {
  /** Component id (matches the platform data where the platform lists it). */
  id: string
  label: string
  /** CMake package names: <libdir>/cmake/<Name>/<Name>ConfigVersion.cmake (and <name>-config-version.cmake). */
  cmake?: string[]
  /** pkg-config module names: <libdir>/pkgconfig/<name>.pc */
  pkgconfig?: string[]
  /** Version headers relative to <prefix>/include, with the parser for each. */
  headers?: { path: string; parse: (text: string) => string | undefined }[]
}

const versionString = (name: string) => (text: string) => defineValue(text, name)

export const LIBRARY_PROBES: LibraryProbe[] = [
  {
    id: 'openexr',
    label: 'OpenEXR',
    cmake: ['OpenEXR'],
    pkgconfig: ['OpenEXR'],
    headers: [{ path: 'OpenEXR/OpenEXRConfig.h', parse: versionString('OPENEXR_VERSION_STRING') }]
  },
  {
    id: 'imath',
    label: 'Imath',
    // Imath 2 shipped as IlmBase, its headers under include/OpenEXR: a prefix holding it is an Imath 2 install.
    cmake: ['Imath', 'IlmBase'],
    pkgconfig: ['Imath', 'IlmBase'],
    headers: [
      { path: 'Imath/ImathConfig.h', parse: versionString('IMATH_VERSION_STRING') },
      { path: 'OpenEXR/IlmBaseConfig.h', parse: versionString('ILMBASE_VERSION_STRING') }
    ]
  },
  {
    id: 'opencolorio',
    label: 'OpenColorIO',
    cmake: ['OpenColorIO'],
    pkgconfig: ['OpenColorIO'],
    headers: [{ path: 'OpenColorIO/OpenColorABI.h', parse: versionString('OCIO_VERSION') }]
  },
  {
    id: 'openimageio',
    label: 'OpenImageIO',
    cmake: ['OpenImageIO'],
    pkgconfig: ['OpenImageIO'],
    headers: [
      {
        path: 'OpenImageIO/oiioversion.h',
        parse: t => definedParts(t, ['OIIO_VERSION_MAJOR', 'OIIO_VERSION_MINOR', 'OIIO_VERSION_PATCH'])
      }
    ]
  },
  {
    id: 'onetbb',
    label: 'oneTBB / TBB',
    cmake: ['TBB'],
    pkgconfig: ['tbb'],
    headers: [
      { path: 'oneapi/tbb/version.h', parse: t => definedParts(t, ['TBB_VERSION_MAJOR', 'TBB_VERSION_MINOR']) },
      { path: 'tbb/tbb_stddef.h', parse: t => definedParts(t, ['TBB_VERSION_MAJOR', 'TBB_VERSION_MINOR']) }
    ]
  },
  {
    id: 'boost',
    label: 'Boost',
    // Boost's CMake package folder carries the version in its name (Boost-1.74.0); the header is simpler and exact.
    headers: [{ path: 'boost/version.hpp', parse: parseBoostVersionHeader }]
  },
  {
    id: 'openvdb',
    label: 'OpenVDB',
    pkgconfig: ['openvdb'],
    headers: [
      {
        path: 'openvdb/version.h',
        parse: t =>
          definedParts(t, [
            'OPENVDB_LIBRARY_MAJOR_VERSION_NUMBER',
            'OPENVDB_LIBRARY_MINOR_VERSION_NUMBER',
            'OPENVDB_LIBRARY_PATCH_VERSION_NUMBER'
          ])
      }
    ]
  },
  {
    id: 'ptex',
    label: 'Ptex',
    cmake: ['Ptex'],
    pkgconfig: ['ptex'],
    headers: [
      {
        path: 'PtexVersion.h',
        parse: t => definedParts(t, ['PTEX_MAJOR_VERSION', 'PTEX_MINOR_VERSION', 'PTEX_MICRO_VERSION'])
      }
    ]
  },
  {
    id: 'opensubdiv',
    label: 'OpenSubdiv',
    cmake: ['OpenSubdiv'],
    pkgconfig: ['opensubdiv'],
    headers: [{ path: 'opensubdiv/version.h', parse: parseOpenSubdivHeader }]
  },
  { id: 'alembic', label: 'Alembic', cmake: ['Alembic'], pkgconfig: ['alembic'] },
  { id: 'qt', label: 'Qt', cmake: ['Qt6', 'Qt5'], pkgconfig: ['Qt6Core', 'Qt5Core'] },
  { id: 'openusd', label: 'OpenUSD', headers: [{ path: 'pxr/pxr.h', parse: parseUsdHeader }] }
]

/** The library folders of a prefix: lib, lib64 and the Debian multiarch folder. */
export function libraryDirs(prefix: string, multiarch: string[]): string[] {
  return [
    `${prefix}/lib`,
    `${prefix}/lib64`,
    ...multiarch.map(triplet => `${prefix}/lib/${triplet}`),
    `${prefix}/share`
  ]
}

export interface Candidate {
  file: string
  parse: (text: string) => string | undefined
}

/** Every file that could tell a library's version under one prefix, most trusted first. */
export function candidateFiles(probe: LibraryProbe, prefix: string, multiarch: string[]): Candidate[] {
  const dirs = libraryDirs(prefix, multiarch)
  const cmake = (probe.cmake ?? []).flatMap(name =>
    dirs.flatMap(dir => [
      { file: `${dir}/cmake/${name}/${name}ConfigVersion.cmake`, parse: parseCmakePackageVersion },
      { file: `${dir}/cmake/${name}/${name.toLowerCase()}-config-version.cmake`, parse: parseCmakePackageVersion }
    ])
  )
  const pkgconfig = (probe.pkgconfig ?? []).flatMap(name =>
    dirs.map(dir => ({ file: `${dir}/pkgconfig/${name}.pc`, parse: parsePkgConfigVersion }))
  )
  const headers = (probe.headers ?? []).map(header => ({
    file: `${prefix}/include/${header.path}`,
    parse: header.parse
  }))
  return [...cmake, ...pkgconfig, ...headers]
}

/** The prefixes to search, in CMake's order: CMAKE_PREFIX_PATH first, then the image's prefix, then the system. */
export function searchPrefixes(options: {
  extra: string[]
  cmakePrefixPath: string
  aswfPrefix?: string
  os: string
  delimiter: string
}): string[] {
  const fromEnv = options.cmakePrefixPath.split(options.delimiter).filter(Boolean)
  const system =
    options.os === 'Windows'
      ? []
      : options.os === 'macOS'
        ? ['/opt/homebrew', '/usr/local', '/usr']
        : ['/usr/local', '/usr']
  const all = [...options.extra, ...fromEnv, ...(options.aswfPrefix ? [options.aswfPrefix] : []), ...system]
  return [...new Set(all.map(p => p.replace(/[\\/]+$/, '') || '/'))]
}
