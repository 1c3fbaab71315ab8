import { describe, expect, it } from '@jest/globals'
import { plannedOutputs } from './outputs.js'
import { overwrittenArtifact } from './paths.js'

const plan = {
  methods: ['checksums', 'gpg', 'sigstore'] as const,
  selected: ['/w/a.zip'],
  artifacts: ['/w/a.zip', '/w/out/x-1.tar.gz'],
  sourceArchive: '/w/out/x-1.tar.gz',
  checksumsPath: '/w/out/SHA256SUMS',
  outputDir: '/w/out',
  workspace: '/w'
}

describe('plannedOutputs', () => {
  it('lists the archive, the checksums file and every detached signature, in write order', () => {
    expect(plannedOutputs({ ...plan, methods: [...plan.methods] }).map(o => o.path)).toEqual([
      '/w/out/x-1.tar.gz',
      '/w/out/SHA256SUMS',
      '/w/out/a.zip.asc',
      '/w/out/x-1.tar.gz.asc',
      '/w/out/SHA256SUMS.asc',
      '/w/out/a.zip.sigstore.json',
      '/w/out/x-1.tar.gz.sigstore.json',
      '/w/out/SHA256SUMS.sigstore.json'
    ])
    expect(plannedOutputs({ ...plan, methods: ['gpg'], sourceArchive: '', artifacts: ['/w/a.zip'] })).toEqual([
      { path: '/w/out/a.zip.asc', what: 'the GPG signature of a.zip', input: 'files' }
    ])
  })
})

describe('overwrittenArtifact', () => {
  const same = (path: string) => path
  it('finds an output that is an artifact, by path or through a link', () => {
    const artifacts = new Map([
      ['/w/a.zip', '/w/a.zip'],
      ['/w/link.zip', '/w/real.zip']
    ])
    const out = (path: string) => ({ path, what: 'x', input: 'checksums-file' })
    expect(overwrittenArtifact(artifacts, [out('/w/SUMS')], same)).toBeUndefined()
    expect(overwrittenArtifact(artifacts, [out('/w/a.zip')], same)?.artifact).toBe('/w/a.zip')
    expect(overwrittenArtifact(artifacts, [out('/w/SUMS')], p => (p === '/w/SUMS' ? '/w/real.zip' : p))?.artifact).toBe(
      '/w/link.zip'
    )
  })
})
