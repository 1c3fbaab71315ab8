/**
 * The fuzz step's plan: which decoy installs to plant, what each holds and how each is put in a fragile build's
 * way. Pure: a seed gives the same plan on every run (versions, prefix order, which <Pkg>_ROOT variables are set).
 * The files are tiny but real: headers with their version macros and the few declarations the test projects use,
 * CMake config and config-version files, pkg-config files, and shared libraries (built with the real compiler by
 * fuzz-step.ts) with their own SONAMEs.
 */

export interface DecoyFile {
  /** Relative to the decoy's prefix. */
  path: string
  content: string
}

export interface DecoyLibrary {
  /** Relative to the prefix, e.g. lib/libImath-2_5.so.25. */
  path: string
  soname: string
  /** Symlinks beside it (relative names), e.g. libImath-2_5.so, libImath.so. */
  links: string[]
  /** C source of the library (mangled names spelled out, so plain gcc builds it). */
  source: string
}

export interface Decoy {
  /** Stable name used in reports: 'ilmbase-2.5.8'. */
  name: string
  family: 'imath' | 'openexr' | 'python' | 'find-module'
  version: string
  description: string
  prefix: string
  files: DecoyFile[]
  libraries: DecoyLibrary[]
  /** How a build would meet it: the variables and files that point at it. */
  exposedBy: string[]
}

export interface FuzzPlan {
  seed: number
  scope: 'runner-temp' | 'system'
  root: string
  decoys: Decoy[]
  /** Variables for later steps (GITHUB_ENV). */
  env: Record<string, string>
  /** Folders the CMake initial-cache file puts first on CMAKE_MODULE_PATH (stale Find modules). */
  modulePath: string[]
}

/** mulberry32: a small, well-known 32-bit PRNG; enough to make a seed reproducible across platforms. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

function shuffle<T>(next: () => number, items: T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[out[i], out[j]] = [out[j] as T, out[i] as T]
  }
  return out
}

const guard = (name: string, body: string) => `#ifndef ${name}\n#define ${name}\n${body}#endif\n`

function configVersion(version: string): string {
  // The SameMajorVersion logic CMake's write_basic_package_version_file writes, reduced to what find_package reads.
  const major = version.split('.')[0]
  return [
    `set(PACKAGE_VERSION "${version}")`,
    'if(PACKAGE_FIND_VERSION_RANGE)',
    '  set(PACKAGE_VERSION_COMPATIBLE FALSE)',
    `elseif(PACKAGE_VERSION VERSION_LESS PACKAGE_FIND_VERSION OR NOT PACKAGE_FIND_VERSION_MAJOR STREQUAL "${major}")`,
    '  set(PACKAGE_VERSION_COMPATIBLE FALSE)',
    'else()',
    '  set(PACKAGE_VERSION_COMPATIBLE TRUE)',
    '  if(PACKAGE_FIND_VERSION STREQUAL PACKAGE_VERSION)',
    '    set(PACKAGE_VERSION_EXACT TRUE)',
    '  endif()',
    'endif()',
    ''
  ].join('\n')
}

function importedTarget(target: string, prefix: string, library: string, includes: string[]): string {
  return [
    `if(NOT TARGET ${target})`,
    `  add_library(${target} SHARED IMPORTED)`,
    `  set_target_properties(${target} PROPERTIES`,
    `    IMPORTED_LOCATION "${prefix}/${library}"`,
    `    INTERFACE_INCLUDE_DIRECTORIES "${includes.map(i => `${prefix}/${i}`).join(';')}")`,
    'endif()',
    ''
  ].join('\n')
}

function pkgConfig(name: string, version: string, prefix: string, cflags: string, libs: string): string {
  return `prefix=${prefix}\nincludedir=\${prefix}/include\nlibdir=\${prefix}/lib\n\nName: ${name}\nDescription: ${name} (decoy planted by setup-vfx-platform fuzz)\nVersion: ${version}\nCflags: ${cflags}\nLibs: -L\${libdir} ${libs}\n`
}

function ilmbase(prefix: string, version: string): Decoy {
  const [major, minor] = version.split('.')
  const tag = `${major}_${minor}`
  const ns = `Imath_${tag}`
  return {
    name: `ilmbase-${version}`,
    family: 'imath',
    version,
    description: `IlmBase ${version} (Imath 2): headers in include/OpenEXR, CMake config IlmBase, pkg-config IlmBase`,
    prefix,
    files: [
      {
        path: 'include/OpenEXR/IlmBaseConfig.h',
        content: guard(
          'INCLUDED_ILMBASE_CONFIG_H',
          `#define ILMBASE_VERSION_STRING "${version}"\n#define ILMBASE_VERSION_MAJOR ${major}\n#define ILMBASE_VERSION_MINOR ${minor}\n#define IMATH_INTERNAL_NAMESPACE ${ns}\n`
        )
      },
      {
        path: 'include/OpenEXR/ImathVec.h',
        content: guard(
          'INCLUDED_IMATHVEC_H',
          `#include "IlmBaseConfig.h"\nnamespace ${ns} {\ntemplate <class T> class Vec3 {\n public:\n  T x, y, z;\n  Vec3(T a, T b, T c) : x(a), y(b), z(c) {}\n};\ntypedef Vec3<float> V3f;\n}\nnamespace Imath = ${ns};\n`
        )
      },
      { path: 'include/OpenEXR/half.h', content: guard('_HALF_H_', `#include "IlmBaseConfig.h"\nclass half;\n`) },
      { path: `lib/cmake/IlmBase/IlmBaseConfigVersion.cmake`, content: configVersion(version) },
      {
        path: `lib/cmake/IlmBase/IlmBaseConfig.cmake`,
        content: importedTarget('IlmBase::Imath', prefix, `lib/libImath-${tag}.so`, ['include', 'include/OpenEXR'])
      },
      {
        path: 'lib/pkgconfig/IlmBase.pc',
        content: pkgConfig(
          'IlmBase',
          version,
          prefix,
          '-I${includedir} -I${includedir}/OpenEXR',
          `-lImath-${tag} -lHalf-${tag}`
        )
      }
    ],
    libraries: [
      {
        path: `lib/libImath-${tag}.so.${major}${minor}`,
        soname: `libImath-${tag}.so.${major}${minor}`,
        links: [`libImath-${tag}.so`, 'libImath.so'],
        source: `int imath_decoy_version_${tag}(void) { return ${major}${minor}; }\n`
      },
      {
        path: `lib/libHalf-${tag}.so.${major}${minor}`,
        soname: `libHalf-${tag}.so.${major}${minor}`,
        links: [`libHalf-${tag}.so`, 'libHalf.so'],
        source: `int half_decoy_version_${tag}(void) { return ${major}${minor}; }\n`
      }
    ],
    exposedBy: []
  }
}

function openexr2(prefix: string, version: string): Decoy {
  const [major, minor] = version.split('.')
  const tag = `${major}_${minor}`
  const ns = `Imf_${tag}`
  return {
    name: `openexr-${version}`,
    family: 'openexr',
    version,
    description: `OpenEXR ${version} (IlmImf): headers in include/OpenEXR, CMake config OpenEXR, pkg-config OpenEXR`,
    prefix,
    files: [
      {
        path: 'include/OpenEXR/OpenEXRConfig.h',
        content: guard(
          'INCLUDED_OPENEXR_CONFIG_H',
          `#define OPENEXR_VERSION_STRING "${version}"\n#define OPENEXR_VERSION_MAJOR ${major}\n#define OPENEXR_VERSION_MINOR ${minor}\n#define OPENEXR_IMF_INTERNAL_NAMESPACE ${ns}\n`
        )
      },
      {
        path: 'include/OpenEXR/ImfThreading.h',
        content: guard(
          'INCLUDED_IMF_THREADING_H',
          `#include "OpenEXRConfig.h"\nnamespace ${ns} {\nint globalThreadCount();\n}\nnamespace Imf = ${ns};\n`
        )
      },
      { path: 'include/OpenEXR/ImfHeader.h', content: guard('INCLUDED_IMF_HEADER_H', '#include "OpenEXRConfig.h"\n') },
      { path: 'lib/cmake/OpenEXR/OpenEXRConfigVersion.cmake', content: configVersion(version) },
      {
        path: 'lib/cmake/OpenEXR/OpenEXRConfig.cmake',
        content: importedTarget('OpenEXR::OpenEXR', prefix, `lib/libIlmImf-${tag}.so`, ['include', 'include/OpenEXR'])
      },
      {
        path: 'lib/pkgconfig/OpenEXR.pc',
        content: pkgConfig('OpenEXR', version, prefix, '-I${includedir} -I${includedir}/OpenEXR', `-lIlmImf-${tag}`)
      }
    ],
    libraries: [
      {
        path: `lib/libIlmImf-${tag}.so.${major}${minor}`,
        soname: `libIlmImf-${tag}.so.${major}${minor}`,
        links: [`libIlmImf-${tag}.so`, 'libIlmImf.so'],
        // Imf_2_5::globalThreadCount(), spelled as its mangled name so a C compiler builds it.
        source: `int _ZN${ns.length}${ns}17globalThreadCountEv(void) { return 0; }\n`
      }
    ],
    exposedBy: []
  }
}

function python(prefix: string, version: string): Decoy {
  const [major, minor] = version.split('.')
  const dir = `python${major}.${minor}m`
  return {
    name: `python-${version}`,
    family: 'python',
    version,
    description: `A second Python ${version}: headers in include/${dir}, libpython, pkg-config python3`,
    prefix,
    files: [
      {
        path: `include/${dir}/patchlevel.h`,
        content: `#define PY_MAJOR_VERSION ${major}\n#define PY_MINOR_VERSION ${minor}\n#define PY_VERSION "${version}"\n`
      },
      { path: `include/${dir}/Python.h`, content: '#include "patchlevel.h"\n' },
      {
        path: 'lib/pkgconfig/python3.pc',
        content: pkgConfig(
          'Python',
          `${major}.${minor}`,
          prefix,
          `-I\${includedir}/${dir}`,
          `-lpython${major}.${minor}m`
        )
      },
      {
        path: 'lib/pkgconfig/python3-embed.pc',
        content: pkgConfig(
          'Python',
          `${major}.${minor}`,
          prefix,
          `-I\${includedir}/${dir}`,
          `-lpython${major}.${minor}m`
        )
      }
    ],
    libraries: [
      {
        path: `lib/libpython${major}.${minor}m.so.1.0`,
        soname: `libpython${major}.${minor}m.so.1.0`,
        links: [`libpython${major}.${minor}m.so`],
        source: `int Py_IsInitialized(void) { return 0; }\n`
      }
    ],
    exposedBy: []
  }
}

/** A SONAME-compatible stand-in for the platform's Imath 3 library: what a stray LD_LIBRARY_PATH would load. */
function imathRuntime(prefix: string, soname: string): Decoy {
  return {
    name: `imath-runtime-${soname}`,
    family: 'imath',
    version: '3.1.0',
    description: `A copy of ${soname} with the same SONAME (only a library: meets a binary at load time)`,
    prefix,
    files: [],
    libraries: [{ path: `lib/${soname}`, soname, links: [], source: 'int imath_runtime_decoy(void) { return 1; }\n' }],
    exposedBy: ['LD_LIBRARY_PATH of the job (the fuzz step plants it but sets no variable for it)']
  }
}

function staleFindModules(prefix: string, exr: Decoy, imath: Decoy): Decoy {
  const exrTag = exr.version.split('.').slice(0, 2).join('_')
  const imathTag = imath.version.split('.').slice(0, 2).join('_')
  const find = (pkg: string, upper: string, version: string, decoys: Decoy[], libs: string[]) =>
    [
      `# Find${pkg}.cmake from the OpenEXR 2 era (planted by setup-vfx-platform fuzz): no version check, no hints.`,
      `set(${pkg}_FOUND TRUE)`,
      `set(${upper}_FOUND TRUE)`,
      `set(${pkg}_VERSION "${version}")`,
      `set(${upper}_INCLUDE_DIR "${decoys[0]?.prefix}/include/OpenEXR" CACHE PATH "${pkg} include folder")`,
      `set(${upper}_INCLUDE_DIRS "${decoys.flatMap(d => [`${d.prefix}/include`, `${d.prefix}/include/OpenEXR`]).join(';')}")`,
      `set(${upper}_LIBRARY "${libs[0]}" CACHE FILEPATH "${pkg} library")`,
      `set(${upper}_LIBRARIES "${libs.join(';')}")`,
      ''
    ].join('\n')
  const exrLib = `${exr.prefix}/lib/libIlmImf-${exrTag}.so`
  const imathLib = `${imath.prefix}/lib/libImath-${imathTag}.so`
  exr.exposedBy.push('FindOpenEXR.cmake on CMAKE_MODULE_PATH (the cmake -C cache file)')
  imath.exposedBy.push('FindOpenEXR.cmake / FindIlmBase.cmake on CMAKE_MODULE_PATH (the cmake -C cache file)')
  return {
    name: 'stale-find-modules',
    family: 'find-module',
    version: exr.version,
    description: `FindOpenEXR.cmake and FindIlmBase.cmake of the OpenEXR 2 era, pointing at ${exr.name} and ${imath.name}`,
    prefix,
    files: [
      { path: 'FindOpenEXR.cmake', content: find('OpenEXR', 'OPENEXR', exr.version, [exr, imath], [exrLib, imathLib]) },
      { path: 'FindIlmBase.cmake', content: find('IlmBase', 'ILMBASE', imath.version, [imath], [imathLib]) }
    ],
    libraries: [],
    exposedBy: ['CMAKE_MODULE_PATH in the CMake initial-cache file (cmake -C)']
  }
}

export interface PlanInput {
  seed: number
  scope: 'runner-temp' | 'system'
  /** RUNNER_TEMP. */
  temp: string
  /** The job's environment (CMAKE_PREFIX_PATH and PKG_CONFIG_PATH are extended, not replaced). */
  env: Record<string, string | undefined>
  /** The SONAME of the Imath library the platform build uses (from detection), for the load-time decoy. */
  imathSoname: string
  delimiter: string
}

export function planDecoys(input: PlanInput): FuzzPlan {
  const next = random(input.seed)
  const root = `${input.temp.replace(/[\\/]+$/, '')}/setup-vfx-platform/fuzz-${input.seed}`
  const ilmbaseVersion = pick(next, ['2.3.0', '2.4.3', '2.5.8'])
  const openexrVersion = ilmbaseVersion.replace(/^2\.(\d)\..*$/, (_, m: string) => `2.${m}.${Math.floor(next() * 9)}`)
  const pythonVersion = pick(next, ['3.6.15', '3.7.17', '3.8.20'])
  const temp = (name: string) => `${root}/${name}`
  const imath = ilmbase(input.scope === 'system' ? '/usr/local' : temp(`ilmbase-${ilmbaseVersion}`), ilmbaseVersion)
  const exr = openexr2(input.scope === 'system' ? '/usr/local' : temp(`openexr-${openexrVersion}`), openexrVersion)
  const py = python(temp(`python-${pythonVersion}`), pythonVersion)
  const runtime = imathRuntime(temp('imath-runtime'), input.imathSoname)
  const modules = staleFindModules(temp('cmake-modules'), exr, imath)

  const env: Record<string, string> = {}
  const ordered = shuffle(next, [imath, exr, py])
  const prepend = (name: string, dirs: string[]) => {
    const current = input.env[name]
    env[name] = [...new Set(dirs), ...(current ? [current] : [])].join(input.delimiter)
    for (const decoy of ordered)
      if (dirs.some(d => d.startsWith(decoy.prefix + '/') || d === decoy.prefix)) decoy.exposedBy.push(name)
  }
  prepend(
    'CMAKE_PREFIX_PATH',
    ordered.map(d => d.prefix)
  )
  prepend(
    'PKG_CONFIG_PATH',
    ordered.map(d => `${d.prefix}/lib/pkgconfig`)
  )
  // Each <Pkg>_ROOT spelling is set or not by the seed, at least one per family.
  const roots: [Decoy, string[]][] = [
    [imath, ['Imath_ROOT', 'IlmBase_ROOT', 'ILMBASE_ROOT']],
    [exr, ['OpenEXR_ROOT', 'OPENEXR_ROOT']],
    [py, ['Python_ROOT_DIR', 'Python3_ROOT_DIR']]
  ]
  for (const [decoy, names] of roots) {
    const chosen = names.filter(() => next() < 0.5)
    for (const name of chosen.length ? chosen : [pick(next, names)]) {
      env[name] = decoy.prefix
      decoy.exposedBy.push(name)
    }
  }
  if (input.scope === 'system')
    for (const decoy of [imath, exr])
      decoy.exposedBy.push('the system prefix /usr/local (searched by CMake, pkg-config, gcc and ld.so)')
  const decoys = [imath, exr, py, runtime, modules]
  return { seed: input.seed, scope: input.scope, root, decoys, env, modulePath: [modules.prefix] }
}
