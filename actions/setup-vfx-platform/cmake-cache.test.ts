import { expect, test } from '@jest/globals'
import { cmakeQuote, cmakeQuoteList, prefixPathsFor, renderCmakeCache } from './cmake-cache.js'

test('CY2025 on Linux: standard, no ABI define, prefix path', () => {
  const text = renderCmakeCache({
    year: 2025,
    cxxStandard: 17,
    oldCxxAbi: false,
    prefixPaths: ['/opt/vfx/2025', '/usr/local']
  })
  expect(text).toContain('set(CMAKE_CXX_STANDARD "17" CACHE STRING "C++ standard of CY2025")')
  expect(text).toContain('set(CMAKE_CXX_STANDARD_REQUIRED ON CACHE BOOL')
  expect(text).toContain('set(CMAKE_PREFIX_PATH "/opt/vfx/2025;/usr/local" CACHE STRING')
  expect(text).not.toContain('_GLIBCXX_USE_CXX11_ABI')
  expect(text).not.toContain('CMAKE_OSX_DEPLOYMENT_TARGET')
})

test('CY2022 with gcc: old ABI, keeping CXXFLAGS', () => {
  const text = renderCmakeCache({ year: 2022, cxxStandard: 17, oldCxxAbi: true, prefixPaths: [] })
  expect(text).toContain('set(CMAKE_CXX_FLAGS "$ENV{CXXFLAGS} -D_GLIBCXX_USE_CXX11_ABI=0" CACHE STRING')
  expect(text).not.toContain('CMAKE_PREFIX_PATH')
})

test('macOS: deployment target', () => {
  expect(
    renderCmakeCache({ year: 2026, cxxStandard: 20, oldCxxAbi: false, macosDeploymentTarget: '14.0', prefixPaths: [] })
  ).toContain('set(CMAKE_OSX_DEPLOYMENT_TARGET "14.0" CACHE STRING "Minimum macOS of CY2026")')
})

test('quoting: Windows paths, quotes, $ and ; cannot escape the argument', () => {
  expect(cmakeQuote('C:\\vfx\\2025')).toBe('"C:/vfx/2025"')
  expect(cmakeQuote('a"b${X};c')).toBe('"a\\"b\\${X}\\;c"')
  expect(cmakeQuoteList(['C:\\a b', '/x;y', '/$HOME'])).toBe('"C:/a b;/xy;/\\$HOME"')
})

test('prefix paths: install first, unique, without /usr', () => {
  expect(prefixPathsFor(['/opt/i'], ['/usr', '/usr/local', '/opt/i', '/usr/local'])).toEqual(['/opt/i', '/usr/local'])
})
