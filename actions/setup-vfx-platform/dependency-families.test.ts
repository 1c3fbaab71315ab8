import { describe, expect, test } from '@jest/globals'
import {
  familyOfCmakePackage,
  familyOfHeader,
  familyOfLibrary,
  familyOfVariable,
  prefixOf
} from './dependency-families.js'

describe('prefixOf', () => {
  test.each([
    ['/usr/lib/x86_64-linux-gnu/libImath-3_1.so.29', '/usr'],
    ['/usr/lib/x86_64-linux-gnu/cmake/Imath', '/usr'],
    ['/opt/ilmbase/include/OpenEXR', '/opt/ilmbase'],
    ['/opt/ilmbase/include/OpenEXR/ImathVec.h', '/opt/ilmbase'],
    ['/var/lib/runner/temp/d/include/OpenEXR', '/var/lib/runner/temp/d'],
    ['/opt/x/lib64/libtbb.so.12', '/opt/x'],
    ['C:\\vcpkg\\installed\\x64-windows\\include\\Imath', 'C:/vcpkg/installed/x64-windows'],
    ['/d/cmake-modules/FindOpenEXR.cmake', '/d/cmake-modules']
  ])('%s → %s', (path, prefix) => expect(prefixOf(path)).toBe(prefix))
})

describe('families', () => {
  test.each([
    ['/usr/include/Imath/ImathVec.h', 'imath'],
    ['/opt/x/include/OpenEXR/ImathVec.h', 'imath'],
    ['/opt/x/include/OpenEXR/IlmBaseConfig.h', 'imath'],
    ['/opt/x/include/OpenEXR/half.h', 'imath'],
    ['/usr/include/OpenEXR/ImfHeader.h', 'openexr'],
    ['/usr/include/OpenEXR/OpenEXRConfig.h', 'openexr'],
    ['/usr/include/python3.11/Python.h', 'python'],
    ['/usr/include/tbb/tbb.h', 'onetbb'],
    ['/usr/include/stdio.h', undefined]
  ])('header %s → %s', (path, id) => expect(familyOfHeader(path)?.id).toBe(id))
  test.each([
    ['libImath-3_1.so.29', 'imath'],
    ['libImath.so', 'imath'],
    ['libHalf-2_5.so.25', 'imath'],
    ['libIlmImf-2_5.so.25', 'openexr'],
    ['libOpenEXRCore-3_1.so.30', 'openexr'],
    ['libIex-3_1.so.30', 'openexr'],
    ['libpython3.11.so.1.0', 'python'],
    ['Imath-3_1.dll', 'imath'],
    ['libImagine.so', undefined],
    ['libc.so.6', undefined]
  ])('library %s → %s', (name, id) => expect(familyOfLibrary(name)?.id).toBe(id))
  test('CMake packages and cache variables', () => {
    expect(familyOfCmakePackage('IlmBase')?.id).toBe('imath')
    expect(familyOfCmakePackage('openexr')?.id).toBe('openexr')
    expect(familyOfVariable('ILMBASE_INCLUDE_DIR')?.id).toBe('imath')
    expect(familyOfVariable('Python3_LIBRARY')?.id).toBe('python')
    expect(familyOfVariable('CMAKE_CXX_FLAGS')).toBeUndefined()
  })
})
