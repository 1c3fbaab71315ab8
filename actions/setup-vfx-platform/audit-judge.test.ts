import { describe, expect, test } from '@jest/globals'
import { resolveYear } from '../../packages/vfx-platform/src/index.js'
import { decoyOf, judgeAudit } from './audit-judge.js'
import type { AuditEvidence, Evidence } from './audit-types.js'
import type { Decoy } from './decoys.js'
import { renderAuditGraph, mermaidLabel } from './audit-summary.js'

const cy2023 = resolveYear('2023')
const ev = (
  family: string,
  kind: Evidence['kind'],
  path: string,
  prefix: string,
  extra: Partial<Evidence> = {}
): Evidence => ({
  family,
  kind,
  path,
  prefix,
  source: `${kind} record`,
  ...extra
})
const evidence = (
  items: Evidence[],
  versions: Record<string, string> = {},
  unresolved: AuditEvidence['unresolved'] = []
): AuditEvidence => ({
  buildDir: '/b',
  evidence: items,
  unresolved,
  versions: Object.fromEntries(Object.entries(versions).map(([k, v]) => [k, { version: v, where: `${k} file` }])),
  counts: { cacheEntries: 0, compileCommands: 0, dependencyFiles: 0, linkLines: 0, binaries: 0 },
  notes: []
})
const decoy: Decoy = {
  name: 'ilmbase-2.5.8',
  family: 'imath',
  version: '2.5.8',
  description: 'IlmBase 2.5.8',
  prefix: '/t/fuzz-1/ilmbase-2.5.8',
  files: [{ path: 'include/OpenEXR/ImathVec.h', content: '' }],
  libraries: [],
  exposedBy: ['CMAKE_PREFIX_PATH']
}
const sysDecoy: Decoy = { ...decoy, name: 'sys', prefix: '/usr/local' }

const good = [
  ev('imath', 'cmake-package', '/usr/lib/cmake/Imath', '/usr'),
  ev('imath', 'header', '/usr/include/Imath/ImathVec.h', '/usr'),
  ev('imath', 'runtime', '/usr/lib/libImath-3_1.so.29', '/usr', { via: 'system' })
]

describe('judgeAudit', () => {
  const cases: [string, AuditEvidence, Decoy[], RegExp[]][] = [
    ['one install of the year: consistent', evidence(good, { 'imath /usr': '3.1.6' }), [], []],
    [
      'headers from one install, library from another',
      evidence([...good, ev('imath', 'link', '/opt/i/lib/libImath.so', '/opt/i')], {
        'imath /usr': '3.1.6',
        'imath /opt/i': '3.1.9'
      }),
      [],
      [/^Imath comes from 2 installs at build time, not one: \/usr .*; \/opt\/i \(link/]
    ],
    [
      'a version the year does not allow',
      evidence(good, { 'imath /usr': '3.2.1' }),
      [],
      [/^Imath 3\.2\.1 from \/usr .* is newer than CY2023 allows \(3\.1\.x\); imath \/usr file says so\.$/]
    ],
    [
      'another install at load time',
      evidence([...good, ev('imath', 'runtime', '/x/lib/libImath-3_1.so.29', '/x', { via: 'LD_LIBRARY_PATH' })], {
        'imath /usr': '3.1.6'
      }),
      [],
      [
        /^Imath is resolved from another install at load time: runtime record → \/x\/lib\/libImath-3_1\.so\.29, but the build used \/usr\.$/
      ]
    ],
    [
      'a decoy, named with how it got in the way',
      evidence([ev('imath', 'include-dir', '/t/fuzz-1/ilmbase-2.5.8/include/OpenEXR', '/t/fuzz-1/ilmbase-2.5.8')], {
        'imath /t/fuzz-1/ilmbase-2.5.8': '2.5.8'
      }),
      [decoy],
      [
        /^Imath: the build picked up decoy ilmbase-2\.5\.8 \(IlmBase 2\.5\.8; put in the way by CMAKE_PREFIX_PATH\)/,
        /older than CY2023/
      ]
    ],
    [
      'only the compiler default include path: not a dependency',
      evidence([ev('boost', 'include-dir', '/usr/include', '/usr', { weak: true })]),
      [],
      []
    ],
    [
      'a needed library the loader would not find',
      evidence(good, { 'imath /usr': '3.1.6' }, [{ binary: 'bin/app', name: 'libgone.so.1' }]),
      [],
      [/^bin\/app needs libgone\.so\.1, which the loader would not find\.$/]
    ]
  ]
  test.each(cases)('%s', (_name, input, decoys, expected) => {
    const result = judgeAudit(input, cy2023, decoys)
    expect(result.problems).toHaveLength(expected.length)
    expected.forEach((pattern, i) => expect(result.problems[i]).toMatch(pattern))
    expect(result.consistent).toBe(expected.length === 0)
  })

  test('decoys used and avoided are both reported', () => {
    const result = judgeAudit(evidence(good, { 'imath /usr': '3.1.6' }), cy2023, [decoy])
    expect(result.decoysUsed).toEqual([])
    expect(result.decoysAvoided).toEqual(['ilmbase-2.5.8'])
  })

  test('a system-scope decoy is matched by its files, not by the whole of /usr/local', () => {
    expect(decoyOf('/usr/local/include/OpenEXR/ImathVec.h', [sysDecoy])?.name).toBe('sys')
    expect(decoyOf('/usr/local/include/OpenEXR', [sysDecoy])?.name).toBe('sys')
    expect(decoyOf('/usr/local/lib/libtbb.so.12', [sysDecoy])).toBeUndefined()
  })
})

describe('the Mermaid graph', () => {
  test('labels cannot close their node or start a new line', () => {
    expect(mermaidLabel('a"] --> x\nclick')).toBe('a#quot;] --#gt; x click')
    const result = judgeAudit(
      evidence([ev('imath', 'header', '/o"]/include/Imath/ImathVec.h', '/o"]')], {}),
      cy2023,
      []
    )
    const graph = renderAuditGraph(result, '/b')
    expect(graph).toContain('p0["/o#quot;]"]')
    expect(graph.split('\n').every(line => line.startsWith('  ') || line === 'graph LR')).toBe(true)
  })
})
