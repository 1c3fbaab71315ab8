// The logic behind .github/workflows/release.yml, kept here so it can be tested on a local git repository:
//   node scripts/release.mjs notes <tag>       release notes for the tag, from CHANGELOG.md
//   node scripts/release.mjs plan <tag>        JSON: the release tag, the major tag, whether to move it
//   node scripts/release.mjs check-dist        rebuild dist from scratch; fail if anything differs
// Releases `vX.Y.Z` are immutable; the major tag `vX` is a plain tag moved to the newest release of its major
// (never backwards: re-releasing an older patch does not move `v1` off a newer one).
import { execFileSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const SEMVER = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/

export function parseTag(tag) {
  const match = SEMVER.exec(tag)
  if (!match) throw new Error(`'${tag}' is not a release tag: expected vMAJOR.MINOR.PATCH, e.g. v1.2.3`)
  const [, major, minor, patch, prerelease] = match
  return { tag, major: Number(major), minor: Number(minor), patch: Number(patch), prerelease: prerelease ?? '' }
}

function compare(a, b) {
  return (
    a.major - b.major || a.minor - b.minor || a.patch - b.patch || (a.prerelease ? -1 : 0) - (b.prerelease ? -1 : 0)
  )
}

/** Decides what a release of `tag` does to the major tag, given every tag in the repository. */
export function planRelease(tag, existingTags) {
  const release = parseTag(tag)
  const majorTag = `v${release.major}`
  const sameMajor = existingTags
    .filter(t => SEMVER.test(t))
    .map(parseTag)
    .filter(t => t.major === release.major && !t.prerelease)
  const newest = sameMajor.reduce((best, t) => (best && compare(best, t) >= 0 ? best : t), undefined)
  const moveMajor = !release.prerelease && (!newest || compare(release, newest) >= 0)
  return {
    release: tag,
    majorTag,
    prerelease: Boolean(release.prerelease),
    moveMajor,
    reason: release.prerelease
      ? `${tag} is a pre-release: ${majorTag} stays where it is`
      : moveMajor
        ? `${tag} is the newest v${release.major} release: ${majorTag} moves to it`
        : `${newest.tag} is newer than ${tag}: ${majorTag} stays on ${newest.tag}`
  }
}

/** The CHANGELOG.md section of a version ("## [1.2.3] - date" or "## 1.2.3"), without its heading. */
export function extractNotes(changelog, tag) {
  const version = parseTag(tag).tag.slice(1)
  const lines = changelog.split(/\r?\n/)
  const escaped = version.replace(/\./g, '\\.')
  const start = lines.findIndex(line => new RegExp(`^##\\s+\\[?v?${escaped}\\]?(\\s|$)`).test(line))
  if (start === -1)
    throw new Error(`CHANGELOG.md has no section for ${version}: add "## [${version}] - YYYY-MM-DD" first`)
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line))
  const body = lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim()
  if (body === '') throw new Error(`The CHANGELOG.md section for ${version} is empty`)
  return body + '\n'
}

/** Rebuilds dist from scratch and returns the paths that differ from the commit (empty when identical). */
export function checkDist(root) {
  rmSync(join(root, 'dist'), { recursive: true, force: true })
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' })
  const status = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { cwd: root, encoding: 'utf8' })
  return status.split('\n').filter(Boolean)
}

function gitTags(root) {
  return execFileSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const [command, tag] = process.argv.slice(2)
  try {
    if (command === 'notes') process.stdout.write(extractNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), tag))
    else if (command === 'plan') process.stdout.write(JSON.stringify(planRelease(tag, gitTags(root))) + '\n')
    else if (command === 'check-dist') {
      const changed = checkDist(root)
      if (changed.length > 0) {
        console.error(`dist/ differs from a fresh build:\n${changed.join('\n')}`)
        process.exit(1)
      }
      console.log('dist/ is identical to a fresh build')
    } else throw new Error('usage: release.mjs notes <tag> | plan <tag> | check-dist')
  } catch (error) {
    console.error(error.message)
    process.exit(1)
  }
}
