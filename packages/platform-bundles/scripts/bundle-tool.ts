/**
 * The command line behind .github/workflows/platform-bundles.yml (compiled with tsc there, run with node):
 *   vcpkg-json <year> <baseline-sha> <component,…>    prints the year's vcpkg.json (ports pinned by overrides)
 *   entry <archive> <year> <os> <arch> <libc|-> <url> prints the manifest entry of a packed bundle
 *   manifest <entry.json>…                          prints platform-bundles.json from the entries
 */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { hashFile } from '../../toolkit/src/hash.js'
import { resolveYear } from '../../vfx-platform/src/years.js'
import { MANIFEST_SCHEMA, validateManifest, type BundleEntry } from '../src/manifest.js'
import { vcpkgManifest, type VcpkgManifest } from '../src/vcpkg.js'

async function main(argv: string[]): Promise<string> {
  const [command, ...args] = argv
  if (command === 'vcpkg-json') {
    const [year, baseline, components] = args as [string, string, string]
    const platform = resolveYear(year)
    const versions = Object.fromEntries(Object.entries(platform.components).map(([id, r]) => [id, r.version]))
    const manifest = vcpkgManifest(
      { year: platform.year, platform: versions, aswf: platform.aswf.versions },
      components.split(','),
      baseline
    )
    return JSON.stringify(manifest, null, 2)
  }
  if (command === 'entry') {
    const [archive, year, os, arch, libc, url, vcpkgJson] = args as [
      string,
      string,
      string,
      string,
      string,
      string,
      string
    ]
    const pinned = JSON.parse(readFileSync(vcpkgJson, 'utf8')) as VcpkgManifest
    const entry = {
      year: Number(year),
      os,
      arch,
      ...(libc === '-' ? {} : { libc }),
      url: url || basename(archive),
      sha256: await hashFile(archive),
      size: readFileSync(archive).length,
      versions: Object.fromEntries(pinned.overrides.map(o => [o.name, o.version]))
    }
    validateManifest({ schema: MANIFEST_SCHEMA, bundles: [entry] }, archive)
    return JSON.stringify(entry, null, 2)
  }
  if (command === 'manifest') {
    const bundles = args.map(file => JSON.parse(readFileSync(file, 'utf8')) as BundleEntry)
    return JSON.stringify(validateManifest({ schema: MANIFEST_SCHEMA, bundles }, 'entries'), null, 2)
  }
  throw new Error(`unknown command '${command ?? ''}' (vcpkg-json, entry, manifest)`)
}

main(process.argv.slice(2)).then(
  text => process.stdout.write(text + '\n'),
  error => {
    process.stderr.write(`${(error as Error).message}\n`)
    process.exitCode = 1
  }
)
