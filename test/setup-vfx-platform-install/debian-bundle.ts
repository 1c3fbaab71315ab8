/**
 * Builds a real, relocatable platform bundle from Debian's Imath and OpenEXR packages (runtime + dev): `dpkg -x`
 * into a staging folder, flatten /usr/lib/<multiarch> into lib/, rewrite the CMake package files and the .pc
 * files to find everything relative to their own location, pack it as tar.zst and describe it as a manifest
 * entry. The .debs come from the apt cache, else `apt-get download`.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { json, serveBytes, type LocalServer } from '../support/local-server.js'

export const DEBIAN_PACKAGES = ['libimath-3-1-29', 'libimath-dev', 'libopenexr-3-1-30', 'libopenexr-dev']
const APT_CACHE = '/var/cache/apt/archives'

export interface BuiltBundle {
  archive: string
  sha256: string
  size: number
  versions: Record<string, string>
}

function debFor(name: string, downloads: string): string {
  const cached = readdirSync(APT_CACHE).find(file => file.startsWith(`${name}_`) && file.endsWith('.deb'))
  if (cached) return join(APT_CACHE, cached)
  execFileSync('apt-get', ['download', name], { cwd: downloads, stdio: 'ignore' })
  const fetched = readdirSync(downloads).find(file => file.startsWith(`${name}_`) && file.endsWith('.deb'))
  if (!fetched) throw new Error(`apt-get download ${name} produced no .deb`)
  return join(downloads, fetched)
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(entry =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]
  )
}

/** CMake package files: the prefix is three levels above lib/cmake/<Pkg>/, never the build machine's /usr. */
function relocateCmakeFile(text: string, multiarch: string): string {
  return (
    text
      // The "/usr move" guards compare against the build machine's path; relocated, they must never match.
      .replace(/get_filename_component\(_realOrig "[^"]*" REALPATH\)/g, 'set(_realOrig "")')
      .replace(/set\(PACKAGE_PREFIX_DIR "\/usr"\)/g, '')
      .replace(/set\(_IMPORT_PREFIX "\/usr[^"]*"\)/g, '')
      .replace('"${CMAKE_CURRENT_LIST_DIR}/../../../../"', '"${CMAKE_CURRENT_LIST_DIR}/../../../"')
      // One level fewer between lib/cmake/<Pkg> and the prefix once lib/<multiarch> is flattened.
      .replace(/(get_filename_component\(_IMPORT_PREFIX "\$\{_IMPORT_PREFIX\}" PATH\)\n){4}/, m =>
        m.split('\n').slice(1).join('\n')
      )
      .replaceAll(`/lib/${multiarch}/`, '/lib/')
      .replaceAll('"/usr/include"', '"${_IMPORT_PREFIX}/include"')
      // Python bindings are not part of this bundle: drop their imported target's file checks.
      .replace(/# Import target "Imath::PyImath[^"]*"[\s\S]*?\n\n(?=#)/g, '')
  )
}

/** pkg-config files: everything relative to the .pc file's folder (lib/pkgconfig). */
function relocatePcFile(text: string, multiarch: string): string {
  return text
    .replace(/^prefix=.*$/m, 'prefix=${pcfiledir}/../..')
    .replaceAll(`/usr/lib/${multiarch}`, '${prefix}/lib')
    .replaceAll('/usr/include', '${prefix}/include')
}

export function buildDebianBundle(
  workDir: string,
  name = 'vfx-platform-2022-x64-linux-glibc2.36.tar.zst'
): BuiltBundle {
  const staging = join(workDir, 'debian-staging')
  const prefix = join(workDir, 'debian-prefix')
  const downloads = join(workDir, 'debian-downloads')
  for (const dir of [staging, prefix, downloads]) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
  }
  const versions: Record<string, string> = {}
  for (const pkg of DEBIAN_PACKAGES) {
    const deb = debFor(pkg, downloads)
    execFileSync('dpkg', ['-x', deb, staging])
    const version = execFileSync('dpkg-deb', ['-f', deb, 'Version'], { encoding: 'utf8' }).trim()
    versions[pkg.startsWith('libimath') ? 'imath' : 'openexr'] = version.replace(/-[^-]*$/, '')
  }
  const multiarch = execFileSync('dpkg-architecture', ['-qDEB_HOST_MULTIARCH'], { encoding: 'utf8' }).trim()
  renameSync(join(staging, 'usr', 'include'), join(prefix, 'include'))
  renameSync(join(staging, 'usr', 'lib', multiarch), join(prefix, 'lib'))
  for (const file of walk(join(prefix, 'lib'))) {
    if (statSync(file, { throwIfNoEntry: false })?.isFile() !== true) continue
    if (file.endsWith('.cmake')) writeFileSync(file, relocateCmakeFile(readFileSync(file, 'utf8'), multiarch))
    if (file.endsWith('.pc')) writeFileSync(file, relocatePcFile(readFileSync(file, 'utf8'), multiarch))
  }
  rmSync(join(prefix, 'lib', 'pkgconfig', 'PyImath.pc'), { force: true })
  const leftovers = walk(join(prefix, 'lib')).filter(
    f => /\.(cmake|pc)$/.test(f) && /["=]\/usr\//.test(readFileSync(f, 'utf8'))
  )
  if (leftovers.length) throw new Error(`Absolute /usr paths remain in ${leftovers.join(', ')}`)
  const archive = join(workDir, name)
  execFileSync('tar', ['--zstd', '-cf', archive, '-C', prefix, '.'])
  if (!existsSync(archive)) throw new Error('tar produced no archive')
  const data = readFileSync(archive)
  return { archive, sha256: createHash('sha256').update(data).digest('hex'), size: data.length, versions }
}

/** Serves a built bundle the way a release does: the manifest at /rel/platform-bundles.json, the archive beside it. */
export function serveBundleRelease(server: LocalServer, built: BuiltBundle): void {
  server.route(
    'GET',
    '/rel/platform-bundles.json',
    json(200, {
      schema: 1,
      bundles: [
        {
          year: 2022,
          os: 'linux',
          arch: 'x64',
          libc: 'glibc2.31',
          url: 'cy2022.tar.zst',
          sha256: built.sha256,
          size: built.size,
          versions: built.versions
        }
      ]
    })
  )
  server.route('GET', '/rel/cy2022.tar.zst', serveBytes(readFileSync(built.archive)))
}
