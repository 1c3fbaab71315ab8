/**
 * The package families the audit follows, and how a path of evidence (a header, a library, a CMake package folder)
 * is attributed to one of them and to the install prefix it belongs to. Pure.
 *
 * A family is one install's worth of a dependency: Imath covers IlmBase (Imath 2 shipped as IlmBase, its headers
 * under include/OpenEXR), OpenEXR covers IlmImf (OpenEXR 2). Ids match LIBRARY_PROBES, so the version of a prefix
 * is read by the same probes detection uses.
 */

export interface Family {
  id: string
  label: string
  /** A header path (with '/' separators) that belongs to the family. */
  header: RegExp
  /** A shared or static library file name of the family. */
  library: RegExp
  /** CMake package names whose <Pkg>_DIR belongs to the family. */
  cmake: string[]
  /** Header file names that show an include directory provides the family (checked in each -I directory). */
  markers: string[]
  /** CMake cache variable names of the family (IMATH_INCLUDE_DIR, ILMBASE_LIBRARY, Python3_INCLUDE_DIR). */
  variables: RegExp
}

export const FAMILIES: Family[] = [
  {
    id: 'imath',
    label: 'Imath',
    header: /(?:^|\/)(?:Imath\/[^/]+|Imath[A-Z][A-Za-z]*\.h|IlmBaseConfig\.h|half\.h|halfLimits\.h)$/,
    library: /^lib(?:Imath|Half|PyImath)(?:[-_.\d]|\.so|\.a|\.dylib|$)|^(?:Imath|Half)(?:-\d+_\d+)?\.(?:lib|dll)$/,
    cmake: ['Imath', 'IlmBase'],
    markers: ['ImathVec.h', 'Imath/ImathVec.h'],
    variables: /^(?:imath|ilmbase|half)_/i
  },
  {
    id: 'openexr',
    label: 'OpenEXR',
    header:
      /(?:^|\/)(?:OpenEXR\/(?:Imf|OpenEXRConfig|Iex|IlmThread|openexr)[^/]*|Imf[A-Z][A-Za-z]*\.h|OpenEXRConfig\.h)$/,
    library:
      /^lib(?:OpenEXR|OpenEXRCore|OpenEXRUtil|IlmImf|IlmImfUtil|Iex|IexMath|IlmThread)(?:[-_.\d]|\.so|\.a|\.dylib|$)|^(?:OpenEXR|IlmImf|Iex|IlmThread)(?:-\d+_\d+)?\.(?:lib|dll)$/,
    cmake: ['OpenEXR'],
    markers: ['ImfHeader.h', 'OpenEXR/ImfHeader.h'],
    variables: /^(?:openexr|ilmimf|exr)_/i
  },
  {
    id: 'opencolorio',
    label: 'OpenColorIO',
    header: /(?:^|\/)OpenColorIO\/[^/]+$/,
    library: /^libOpenColorIO|^OpenColorIO[^/]*\.(?:lib|dll)$/,
    cmake: ['OpenColorIO'],
    markers: ['OpenColorIO/OpenColorIO.h'],
    variables: /^(?:opencolorio|ocio)_/i
  },
  {
    id: 'openimageio',
    label: 'OpenImageIO',
    header: /(?:^|\/)OpenImageIO\/[^/]+$/,
    library: /^libOpenImageIO|^OpenImageIO[^/]*\.(?:lib|dll)$/,
    cmake: ['OpenImageIO'],
    markers: ['OpenImageIO/imageio.h'],
    variables: /^(?:openimageio|oiio)_/i
  },
  {
    id: 'onetbb',
    label: 'oneTBB / TBB',
    header: /(?:^|\/)(?:oneapi\/)?tbb\/[^/]+$/,
    library: /^libtbb(?:malloc)?(?:[-_.\d]|\.so|\.a|\.dylib|$)|^tbb(?:12|malloc)?\.(?:lib|dll)$/,
    cmake: ['TBB'],
    markers: ['tbb/tbb.h', 'oneapi/tbb.h'],
    variables: /^tbb_/i
  },
  {
    id: 'boost',
    label: 'Boost',
    header: /(?:^|\/)boost\/[^]+$/,
    library: /^libboost_|^boost_[^/]*\.(?:lib|dll)$/,
    cmake: ['Boost'],
    markers: ['boost/version.hpp'],
    variables: /^boost_/i
  },
  {
    id: 'openvdb',
    label: 'OpenVDB',
    header: /(?:^|\/)openvdb\/[^]+$/,
    library: /^libopenvdb|^openvdb\.(?:lib|dll)$/,
    cmake: ['OpenVDB'],
    markers: ['openvdb/openvdb.h'],
    variables: /^openvdb_/i
  },
  {
    id: 'python',
    label: 'Python',
    header: /(?:^|\/)python\d\.\d+[a-z]*\/[^]+$/,
    library: /^libpython\d|^python\d+\.(?:lib|dll)$/,
    cmake: ['Python', 'Python3', 'PythonLibs'],
    markers: ['Python.h'],
    variables: /^(?:python\d*|pythonlibs)_/i
  }
]

export const FAMILY_BY_ID = new Map(FAMILIES.map(f => [f.id, f]))

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}

export function familyOfHeader(path: string): Family | undefined {
  const p = path.replace(/\\/g, '/')
  return FAMILIES.find(f => f.header.test(p))
}

export function familyOfLibrary(path: string): Family | undefined {
  const name = baseName(path.replace(/\\/g, '/'))
  return FAMILIES.find(f => f.library.test(name))
}

export function familyOfVariable(name: string): Family | undefined {
  return FAMILIES.find(f => f.variables.test(name))
}

/** `Imath_DIR` → Imath; `IlmBase_DIR` → Imath (IlmBase is Imath 2). */
export function familyOfCmakePackage(name: string): Family | undefined {
  return FAMILIES.find(f => f.cmake.some(c => c.toLowerCase() === name.toLowerCase()))
}

const PREFIX_MARKERS = ['/include/', '/lib64/', '/lib32/', '/lib/', '/libexec/', '/share/', '/bin/', '/Frameworks/']

/**
 * The install prefix a file or folder belongs to: the part before its last include/, lib/, share/ or bin/ folder
 * ('/usr/lib/x86_64-linux-gnu/libImath-3_1.so.29' → '/usr', '/opt/x/include/OpenEXR' → '/opt/x').
 */
export function prefixOf(path: string): string {
  const p = path.replace(/\\/g, '/').replace(/\/+$/, '') + '/'
  let best = -1
  for (const marker of PREFIX_MARKERS) {
    const at = p.lastIndexOf(marker)
    if (at > best) best = at
  }
  if (best < 0) return p.slice(0, p.lastIndexOf('/', p.length - 2)) || '/'
  return p.slice(0, best) || '/'
}
