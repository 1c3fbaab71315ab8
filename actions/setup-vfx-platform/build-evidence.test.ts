import { describe, expect, test } from '@jest/globals'
import {
  cmakeInputs,
  cmakePackageOfFile,
  includeDirs,
  linkItems,
  ninjaLinkLines,
  parseCmakeCache,
  parseMakeDeps,
  parseNinjaDeps,
  splitCommand
} from './build-evidence.js'

describe('CMakeCache.txt', () => {
  test('entries, quoted names, -ADVANCED markers and comments', () => {
    const text = [
      '# This is the CMakeCache file.',
      '//Imath dir',
      'Imath_DIR:PATH=/usr/lib/x86_64-linux-gnu/cmake/Imath',
      'IMATH_INCLUDE_DIR:PATH=/opt/ilmbase/include/OpenEXR',
      'IMATH_INCLUDE_DIR-ADVANCED:INTERNAL=1',
      '"odd name:x":STRING=a=b',
      'OpenEXR_DIR:PATH=OpenEXR_DIR-NOTFOUND'
    ].join('\n')
    expect(parseCmakeCache(text)).toEqual([
      { name: 'Imath_DIR', type: 'PATH', value: '/usr/lib/x86_64-linux-gnu/cmake/Imath' },
      { name: 'IMATH_INCLUDE_DIR', type: 'PATH', value: '/opt/ilmbase/include/OpenEXR' },
      { name: 'odd name:x', type: 'STRING', value: 'a=b' },
      { name: 'OpenEXR_DIR', type: 'PATH', value: 'OpenEXR_DIR-NOTFOUND' }
    ])
  })
})

describe('compile commands', () => {
  test.each([
    ['plain', 'c++ -I/a -Ib main.cpp', ['/a', '/b/b']],
    ['separate and system', 'c++ -isystem /s -I /a -iquote q -idirafter /late', ['/b/q', '/s', '/a', '/late']],
    [
      'quoted with spaces',
      `c++ "-I/with space" '-I/single q' -I/esc\\ aped`,
      ['/with space', '/single q', '/esc aped']
    ],
    ['MSVC', 'cl /IC:/inc /external:IC:/ext x.cpp', ['C:/inc', 'C:/ext']],
    ['dot-dot collapsed', 'c++ -I../include -I/x/./y/../z', ['/include', '/x/z']]
  ])('%s', (_name, command, dirs) => {
    expect(includeDirs({ directory: '/b', file: 'main.cpp', command })).toEqual(dirs)
  })

  test('arguments arrays are taken as they are', () => {
    expect(includeDirs({ directory: '/b', file: 'x', arguments: ['c++', '-I', 'rel dir', '-isystem/s'] })).toEqual([
      '/b/rel dir',
      '/s'
    ])
  })

  test('splitCommand: shell quoting CMake writes', () => {
    expect(splitCommand(`a "b c" 'd e' f\\ g "h\\"i" ''`)).toEqual(['a', 'b c', 'd e', 'f g', 'h"i', ''])
  })
})

describe('dependency records', () => {
  test('make-style .d files with continuations and escaped spaces', () => {
    const text =
      'CMakeFiles/app.dir/main.cpp.o: /src/main.cpp \\\n /usr/include/Imath/ImathVec.h \\\n /opt/with\\ space/x.h\n'
    expect(parseMakeDeps(text)).toEqual(['/src/main.cpp', '/usr/include/Imath/ImathVec.h', '/opt/with space/x.h'])
  })

  function ninjaDeps(version: number, paths: string[], deps: [number, number[]][]): Buffer {
    const parts: Buffer[] = [Buffer.from('# ninjadeps\n'), u32(version)]
    paths.forEach((path, id) => {
      const name = Buffer.from(path)
      const padded = Buffer.concat([name, Buffer.alloc((4 - (name.length % 4)) % 4)])
      parts.push(u32(padded.length + 4), padded, u32(~id >>> 0))
    })
    for (const [out, ids] of deps) {
      const body = [u32(out), ...(version === 4 ? [u32(1), u32(0)] : [u32(1)]), ...ids.map(u32)]
      parts.push(u32((body.length * 4) | 0x80000000), ...body)
    }
    return Buffer.concat(parts)
  }
  function u32(n: number): Buffer {
    const b = Buffer.alloc(4)
    b.writeUInt32LE(n >>> 0)
    return b
  }

  test.each([3, 4])('.ninja_deps version %d', version => {
    const data = ninjaDeps(version, ['main.o', '/src/main.cpp', '/usr/include/Imath/ImathVec.h'], [[0, [1, 2]]])
    expect(parseNinjaDeps(data)).toEqual([
      { output: 'main.o', inputs: ['/src/main.cpp', '/usr/include/Imath/ImathVec.h'] }
    ])
  })

  test('.ninja_deps: a bad magic, an unknown version or a record running past the end reads what it can', () => {
    expect(parseNinjaDeps(Buffer.from('not ninja'))).toEqual([])
    expect(parseNinjaDeps(ninjaDeps(9, ['a'], []))).toEqual([])
    const good = ninjaDeps(4, ['o', 'h.h'], [[0, [1]]])
    const truncated = Buffer.concat([good, u32(0x7ffffff0), Buffer.alloc(8)])
    expect(parseNinjaDeps(truncated)).toEqual([{ output: 'o', inputs: ['h.h'] }])
  })
})

describe('link lines', () => {
  test('library files, -l names and -L folders; linker options skipped', () => {
    const text =
      '/usr/bin/c++ -O2 CMakeFiles/app.dir/main.cpp.o -o app -Wl,-rpath,/opt/x/lib /opt/x/lib/libImath-2_5.so ' +
      '/usr/lib/x86_64-linux-gnu/libOpenEXR-3_1.so.30.5.1 -L/opt/y/lib -lIlmImf ../lib/libown.a'
    expect(linkItems(text, '/b/build')).toEqual({
      files: ['/opt/x/lib/libImath-2_5.so', '/usr/lib/x86_64-linux-gnu/libOpenEXR-3_1.so.30.5.1', '/b/lib/libown.a'],
      names: ['IlmImf'],
      dirs: ['/opt/y/lib']
    })
  })

  test('build.ninja LINK_LIBRARIES with Ninja escapes', () => {
    const text =
      'build app: CXX_EXECUTABLE_LINKER__app main.o\n  LINK_LIBRARIES = /opt/with$ space/libImath.so  -lm\n  LINK_PATH = -L/x\n'
    expect(ninjaLinkLines(text)).toEqual(['/opt/with space/libImath.so  -lm', '-L/x'])
  })
})

describe('what configure read', () => {
  test('Makefile.cmake and build.ninja', () => {
    const makefile = 'set(CMAKE_MAKEFILE_DEPENDS\n  "CMakeCache.txt"\n  "/d/cmake-modules/FindOpenEXR.cmake"\n  )\n'
    const ninja =
      'build build.ninja: RERUN_CMAKE | /usr/lib/cmake/Imath/ImathConfig.cmake /with$ space/x.cmake\n  pool = console\n'
    expect(cmakeInputs(makefile, ninja)).toEqual([
      'CMakeCache.txt',
      '/d/cmake-modules/FindOpenEXR.cmake',
      '/usr/lib/cmake/Imath/ImathConfig.cmake',
      '/with space/x.cmake'
    ])
  })
  test.each([
    ['/x/FindOpenEXR.cmake', 'OpenEXR'],
    ['/usr/lib/cmake/Imath/ImathConfig.cmake', 'Imath'],
    ['/usr/lib/cmake/tbb/tbb-config.cmake', 'tbb'],
    ['/usr/lib/cmake/Imath/ImathConfigVersion.cmake', undefined],
    ['/usr/lib/cmake/Imath/ImathTargets.cmake', undefined]
  ])('%s → %s', (file, pkg) => expect(cmakePackageOfFile(file)).toBe(pkg))
})
