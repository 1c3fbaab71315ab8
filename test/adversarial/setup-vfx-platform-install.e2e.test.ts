/**
 * setup-vfx-platform `install:` against hostile manifests, archives, download and cache servers (issue 13), through
 * the committed bundle and the local runner. Every server is on 127.0.0.1; every case ends in a few seconds and
 * fails when its defense is removed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { json, serveBytes, startServer, type LocalServer } from '../support/local-server.js'
import { requireTools } from '../support/require-tools.js'
import { selfSignedCertificate } from '../support/tls.js'
import { everythingVisible, fullLog, runBundle } from '../support/run-bundle.js'

interface Bundle {
  data: Buffer
  sha256: string
  size: number
}

let work: string
let server: LocalServer
let other: LocalServer
let hold: net.Server
let holdUrl: string
const held: net.Socket[] = []
const auth: Record<string, (string | undefined)[]> = {}
const TOKEN = 'ghs_adversarialToken0123456789'

function makeBundle(name: string, build: (root: string) => void = () => undefined): Bundle {
  const root = mkdtempSync(join(work, `${name}-`))
  mkdirSync(join(root, 'lib'), { recursive: true })
  mkdirSync(join(root, 'include'), { recursive: true })
  writeFileSync(join(root, 'include', 'thing.h'), '#define THING 1\n')
  build(root)
  const archive = join(work, `${name}.tar.gz`)
  execFileSync('tar', ['-czf', archive, '-C', root, '.'])
  const data = readFileSync(archive)
  return { data, sha256: createHash('sha256').update(data).digest('hex'), size: data.length }
}

function manifest(url: string, bundle: Pick<Bundle, 'sha256' | 'size'>, extra: object = {}) {
  return {
    schema: 1,
    ...extra,
    bundles: [{ year: 2024, os: 'linux', arch: 'x64', libc: 'glibc2.28', url, ...bundle, versions: { thing: '1.0' } }]
  }
}

/** Serves a manifest and its bundle under /rel/<name>/, recording the Authorization header of every request. */
function release(name: string, bundle: Bundle, url = 'bundle.tar.gz', extra: object = {}): string {
  auth[name] = []
  const record =
    (handler: ReturnType<typeof json>) =>
    (...args: Parameters<ReturnType<typeof json>>) => {
      auth[name]!.push(args[0].headers.authorization)
      return handler(...args)
    }
  server.route('GET', `/rel/${name}/platform-bundles.json`, record(json(200, manifest(url, bundle, extra))))
  server.route('GET', new RegExp(`^/rel/${name}/(?!platform-bundles)`), record(serveBytes(bundle.data)))
  return `${server.url}/rel/${name}/platform-bundles.json`
}

function run(inputs: Record<string, string>, env: Record<string, string> = {}, root?: string) {
  return runBundle('setup-vfx-platform', {
    inputs: { 'vfx-platform': '2024', install: 'libraries', mode: 'host', check: 'off', ...inputs },
    env,
    root,
    timeoutMs: 30000
  })
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'adversarial-vfx-install-'))
  server = await startServer()
  other = await startServer()
  // A cache service that accepts connections and never answers.
  hold = net.createServer(socket => void held.push(socket))
  await new Promise<void>(resolve => hold.listen(0, '127.0.0.1', resolve))
  holdUrl = `http://127.0.0.1:${(hold.address() as AddressInfo).port}/`
})
afterAll(async () => {
  await server.close()
  await other.close()
  for (const socket of held) socket.destroy()
  await new Promise(resolve => hold.close(resolve))
  rmSync(work, { recursive: true, force: true })
})

describe('a bundle URL never chooses the download file name', () => {
  it('a last segment that URL-decodes to a path writes nothing outside the download folder', async () => {
    const bundle = makeBundle('traversal')
    const location = release('traversal', bundle, 'x%2F..%2F..%2F..%2Fvictim.tar.gz')
    const root = mkdtempSync(join(work, 'run-traversal-'))
    const result = await run({ manifest: location }, {}, root)
    expect(fullLog(result)).not.toMatch(/::error::/)
    expect(result.success).toBe(true)
    // The unsafe name joined to RUNNER_TEMP/<downloads>/ would have landed at the run's root.
    expect(existsSync(join(root, 'victim.tar.gz'))).toBe(false)
  }, 40000)
})

describe('the token goes only to https on the GitHub server it is meant for', () => {
  it('is never sent over http to the server’s own host (http manifest, https server)', async () => {
    const bundle = makeBundle('downgrade')
    const port = new URL(server.url).port
    const location = release('downgrade', bundle)
    const result = await run({ manifest: location, token: TOKEN }, { GITHUB_SERVER_URL: `https://127.0.0.1:${port}` })
    expect(result.success).toBe(true)
    expect(auth.downgrade).toHaveLength(2)
    expect(auth.downgrade).toEqual([undefined, undefined])
  }, 40000)

  it('goes as Bearer to the server’s own origin and never follows a redirect to another origin', async () => {
    const bundle = makeBundle('redirect')
    const seenOnOther: (string | undefined)[] = []
    other.route('GET', '/storage/bundle.tar.gz', (request, response, body) => {
      seenOnOther.push(request.headers.authorization)
      return serveBytes(bundle.data)(request, response, body)
    })
    const location = release('redirect', bundle, 'moved.tar.gz')
    server.route('GET', '/rel/redirect/moved.tar.gz', (request, response) => {
      auth.redirect!.push(request.headers.authorization)
      response.writeHead(302, { location: `${other.url}/storage/bundle.tar.gz` }).end()
    })
    const result = await run({ manifest: location, token: TOKEN }, { GITHUB_SERVER_URL: server.url })
    expect(result.success).toBe(true)
    expect(auth.redirect).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`])
    expect(seenOnOther).toEqual([undefined])
  }, 40000)
})

requireTools(['openssl'])('an https->http redirect never carries the token', () => {
  it('the https server it was meant for gets it; the http hop is refused before any request', async () => {
    const tls = selfSignedCertificate('127.0.0.1', mkdtempSync(join(work, 'tls-')))
    const bundle = makeBundle('tls-down')
    const httpManifest = release('tls-down', bundle)
    const seenOnHttps: (string | undefined)[] = []
    const secure = https.createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
      seenOnHttps.push(request.headers.authorization)
      response.writeHead(302, { location: httpManifest }).end()
    })
    await new Promise<void>(resolve => secure.listen(0, '127.0.0.1', resolve))
    const origin = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`
    try {
      const result = await run(
        { manifest: `${origin}/rel/platform-bundles.json`, token: TOKEN },
        { GITHUB_SERVER_URL: origin, NODE_EXTRA_CA_CERTS: tls.certPath }
      )
      expect(seenOnHttps).toEqual([`Bearer ${TOKEN}`])
      expect(auth['tls-down']).toEqual([])
      expect(result.success).toBe(false)
      expect(fullLog(result)).toMatch(/::error::Refused a redirect from https to http/)
    } finally {
      await new Promise(resolve => secure.close(resolve))
    }
  }, 40000)
})

describe('URL credentials are never printed', () => {
  it('a manifest URL with user:password is masked and redacted in every line', async () => {
    const bundle = makeBundle('credentials')
    const location = release('credentials', bundle).replace('//', '//mirror:pa55-in-url@')
    const result = await run({ manifest: location }, { RUNNER_DEBUG: '1' })
    expect(result.success).toBe(true)
    const raw = everythingVisible(result)
    expect(raw).toContain('::add-mask::pa55-in-url')
    expect(raw.replace(/::add-mask::.*\n/g, '')).not.toContain('pa55-in-url')
    expect(fullLog(result)).toMatch(/Downloading CY2024 libraries from http:\/\/\*\*\*@127\.0\.0\.1/)
    expect(auth.credentials?.[0]).toBe(`Basic ${Buffer.from('mirror:pa55-in-url').toString('base64')}`)
  }, 40000)
})

describe('remote manifests name no local files; installed bundles keep no way out and no setuid', () => {
  it('an http manifest naming a file: URL is refused without reading the file', async () => {
    const hostname = readFileSync('/etc/hostname')
    const digest = createHash('sha256').update(hostname).digest('hex')
    const location = release('file-url', { ...makeBundle('file-url'), sha256: '0'.repeat(64) }, 'file:///etc/hostname')
    const result = await run({ manifest: location })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toMatch(/::error::.*names a file: URL .*may only name http\(s\) URLs/)
    expect(fullLog(result)).not.toContain(digest)
  }, 40000)

  it('a bundle with a symbolic link out of its tree is refused, naming it, and nothing is installed', async () => {
    const bundle = makeBundle('symlink', root => symlinkSync('/etc/passwd', join(root, 'lib', 'libevil.so')))
    const result = await run({ manifest: release('symlink', bundle) })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toMatch(
      /::error::.*symbolic link that points outside its own tree \(lib\/libevil\.so -> \/etc\/passwd\)/
    )
    expect(existsSync(join(result.toolCache, 'vfx-platform'))).toBe(false)
  }, 40000)

  it('setuid and setgid bits are stripped from installed files', async () => {
    const bundle = makeBundle('setuid', root => {
      writeFileSync(join(root, 'lib', 'helper'), '#!/bin/sh\n')
      chmodSync(join(root, 'lib', 'helper'), 0o6755)
    })
    const result = await run({ manifest: release('setuid', bundle) })
    expect(result.success).toBe(true)
    const helper = join(result.outputs['install-dir'] as string, 'libraries', 'lib', 'helper')
    expect(statSync(helper).mode & 0o7777).toBe(0o755)
  }, 40000)
})

describe('downloads and the cache are bounded', () => {
  it('a bundle server that sends more than the declared size is cut off at once', async () => {
    const bundle = makeBundle('oversize')
    const location = release('oversize', bundle)
    server.route('GET', '/rel/oversize/bundle.tar.gz', (_request, response) => {
      response.writeHead(200)
      const timer = setInterval(
        () => (response.destroyed ? clearInterval(timer) : response.write(Buffer.alloc(65536))),
        1
      )
      response.on('close', () => clearInterval(timer))
    })
    const result = await run({ manifest: location })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toMatch(
      new RegExp(`::error::.*sent more than its declared size \\(${bundle.size} bytes\\)`)
    )
  }, 40000)

  it('a cache service that never answers costs a warning in main and in post, not minutes', async () => {
    const bundle = makeBundle('cache-hangs')
    const result = await run(
      { manifest: release('cache-hangs', bundle) },
      { ACTIONS_RESULTS_URL: holdUrl, ACTIONS_RUNTIME_TOKEN: 'dummy', CACHE_BUDGET_SECONDS: '1' }
    )
    expect(result.success).toBe(true)
    const [main, post] = result.steps
    expect(main?.log).toMatch(/::warning::Cache restore failed for .*took longer than 1 s/)
    expect(post?.log).toMatch(/::warning::Cache save failed for .*took longer than 1 s/)
  }, 40000)
})

describe('a manifest given as a file path works with a token set', () => {
  it('reads the local manifest and its relative bundle while the token input is set', async () => {
    const bundle = makeBundle('local')
    const dir = mkdtempSync(join(work, 'local-manifest-'))
    writeFileSync(join(dir, 'bundle.tar.gz'), bundle.data)
    writeFileSync(join(dir, 'platform-bundles.json'), JSON.stringify(manifest('bundle.tar.gz', bundle)))
    const result = await run({ manifest: join(dir, 'platform-bundles.json'), token: TOKEN })
    expect(fullLog(result)).not.toMatch(/::error::/)
    expect(result.success).toBe(true)
  }, 40000)
})

describe('a download host that does not resolve is a clear network error', () => {
  it('Ninja from a mirror whose name does not resolve: the host and the cause, never "Unexpected error"', async () => {
    const dir = mkdtempSync(join(work, 'dns-'))
    const file = join(dir, 'platform-bundles.json')
    writeFileSync(file, JSON.stringify({ schema: 1, toolMirror: 'http://no-such-host.invalid/tools/', bundles: [] }))
    const result = await run({ install: 'ninja', manifest: file })
    expect(result.success).toBe(false)
    expect(fullLog(result)).toMatch(
      /::error::Network error: could not resolve no-such-host\.invalid \(DNS lookup failed/
    )
    expect(fullLog(result)).not.toMatch(/Unexpected error/)
  }, 40000)
})

describe('post says "Saved" only when the save succeeded', () => {
  it('a cache service that refuses the save gets a warning with the reason, and no claim', async () => {
    const bundle = makeBundle('cache-refuses')
    const refusing = await startServer()
    refusing.route('GET', /.*/, json(400, { message: 'refused' }))
    refusing.route('POST', /.*/, json(400, { message: 'refused' }))
    refusing.route('PATCH', /.*/, json(400, { message: 'refused' }))
    try {
      const result = await run(
        { manifest: release('cache-refuses', bundle) },
        { ACTIONS_RESULTS_URL: `${refusing.url}/`, ACTIONS_RUNTIME_TOKEN: 'dummy' }
      )
      expect(result.success).toBe(true)
      const post = result.steps[1]?.log ?? ''
      expect(post).not.toMatch(/Saved .* to the cache/)
      expect(post).toMatch(/::warning::Cache save failed for .*the cache service did not take the entry/)
    } finally {
      await refusing.close()
    }
  }, 40000)
})

describe('no child gets INPUT_*, also the tar that @actions/tool-cache starts itself', () => {
  it('a tar started by tool-cache with the whole process.env sees no input (the token among them)', async () => {
    const bundle = makeBundle('sealed')
    const location = release('sealed', bundle)
    const bin = mkdtempSync(join(work, 'bin-'))
    const seen = join(bin, 'tar-env.txt')
    const realTar = execFileSync('sh', ['-c', 'command -v tar']).toString().trim()
    writeFileSync(join(bin, 'tar'), `#!/bin/sh\nenv >> '${seen}'\nexec '${realTar}' "$@"\n`)
    chmodSync(join(bin, 'tar'), 0o755)
    const result = await run({ manifest: location, token: TOKEN }, { PATH: `${bin}:${process.env.PATH}` })
    expect(fullLog(result)).not.toMatch(/::error::/)
    expect(result.success).toBe(true)
    const env = readFileSync(seen, 'utf8')
    expect(env).toMatch(/^PATH=/m) // the wrapper really ran
    expect(env).not.toMatch(/^INPUT_/m)
    expect(env).not.toContain(TOKEN)
  }, 40000)
})
