/**
 * Hostile servers against the toolkit's HTTP, downloads, extraction and cache (issue 13): real servers on
 * 127.0.0.1 (and a forward proxy standing in for a non-loopback host), each case bounded to a few seconds, each
 * failing when its defense is removed.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import http from 'node:http'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractArchive } from '../../packages/toolkit/src/archive.js'
import { restoreTool, saveScheduled, scheduleSave, type RemoteCache } from '../../packages/toolkit/src/cache.js'
import { SizeError, downloadFile, downloadFileName } from '../../packages/toolkit/src/download.js'
import { DeadlineError, HttpError, NetworkError, fetchBuffer, fetchJson } from '../../packages/toolkit/src/http.js'
import { redactUrl } from '../../packages/toolkit/src/redact-url.js'
import { json, serveBytes, startServer, type LocalServer } from '../support/local-server.js'

let server: LocalServer
let other: LocalServer
let work: string
let stdout: string[]
let realWrite: typeof process.stdout.write
let savedEnv: NodeJS.ProcessEnv
const fast = { retryDelayMs: 10, timeoutMs: 2000 }
/** A call that should have failed but did not: an error the assertions then reject. */
const succeeded = (): Error => new Error('the call succeeded')
const seenAuth: Record<string, string | undefined> = {}

/** Writes `chunk` every `everyMs` until the client goes away: a body that never ends. */
function endless(chunk: Buffer, everyMs: number, headers: Record<string, string> = {}) {
  return (_request: http.IncomingMessage, response: http.ServerResponse) => {
    response.writeHead(200, { 'content-type': 'application/octet-stream', ...headers })
    const timer = setInterval(() => {
      if (response.destroyed) return clearInterval(timer)
      response.write(chunk)
    }, everyMs)
    response.on('close', () => clearInterval(timer))
  }
}

function recordAuth(name: string) {
  return (request: http.IncomingMessage, response: http.ServerResponse) => {
    seenAuth[name] = request.headers.authorization
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  }
}

beforeAll(async () => {
  server = await startServer()
  other = await startServer()
  work = mkdtempSync(join(tmpdir(), 'adversarial-network-'))
  server.route('GET', '/same', recordAuth('same'))
  server.route('GET', '/to-other', (_q, r) => void r.writeHead(302, { location: `${other.url}/landing` }).end())
  other.route('GET', '/landing', recordAuth('other'))
  server.route('GET', '/endless', endless(Buffer.alloc(64 * 1024, 1), 1))
  server.route('GET', '/big-announced', serveBytes(Buffer.alloc(4096, 2)))
  server.route('GET', '/drip', endless(Buffer.from(' '), 100, { 'content-type': 'application/json' }))
  server.route('GET', '/stall', (_q, r) => {
    r.writeHead(200, { 'content-length': '1000' })
    r.write(Buffer.alloc(10))
  })
  server.route('GET', '/creds', (request, response) => {
    seenAuth.creds = request.headers.authorization
    response.writeHead(503).end()
  })
  server.route('GET', '/ok.json', json(200, { ok: true }))
  server.route('GET', '/hop', (_q, r) => void r.writeHead(302, { location: '/ok.json' }).end())
})
afterAll(async () => {
  await server.close()
  await other.close()
  rmSync(work, { recursive: true, force: true })
})
beforeEach(() => {
  savedEnv = { ...process.env }
  stdout = []
  realWrite = process.stdout.write.bind(process.stdout)
  process.stdout.write = ((chunk: string) => stdout.push(String(chunk)) > 0) as typeof process.stdout.write
})
afterEach(() => {
  process.stdout.write = realWrite
  process.env = savedEnv
})

describe('a download file name is only ever a plain base name', () => {
  it.each([
    ['https://h/x%2F..%2F..%2Ftmp%2Fvictim', 'victim'],
    ['https://h/a%5C..%5C..%5Cwin.ini', 'win.ini'],
    ['https://h/dir/cmake-3.31.6-linux-x86_64.tar.gz', 'cmake-3.31.6-linux-x86_64.tar.gz'],
    ['https://h/x%2F..', undefined],
    ['https://h/..%2F', undefined],
    ['https://h/', undefined],
    ['https://h/a%00b', undefined]
  ])('%s -> %s', (url, expected) => {
    if (expected === undefined) expect(() => downloadFileName(url)).toThrow(/usable file name/)
    else expect(downloadFileName(url)).toBe(expected)
  })
})

describe('a credential goes only to https on the origin it was meant for', () => {
  it('drops the Authorization header on a redirect to another origin', async () => {
    await fetchJson(`${server.url}/to-other`, { ...fast, headers: { authorization: 'Bearer s3cret-token' } })
    expect(seenAuth.other).toBeUndefined()
  })

  it('sends it to the loopback origin it was meant for (the local stand-ins)', async () => {
    await fetchJson(`${server.url}/same`, { ...fast, headers: { authorization: 'Bearer s3cret-token' } })
    expect(seenAuth.same).toBe('Bearer s3cret-token')
  })

  it('never sends it to a URL on another origin than the one it was meant for', async () => {
    seenAuth.same = 'unset'
    await fetchJson(`${server.url}/same`, {
      ...fast,
      headers: { authorization: 'Bearer s3cret-token' },
      credentialOrigin: 'https://github.com'
    })
    expect(seenAuth.same).toBeUndefined()
  })

  it('never sends it over plain http to a host that is not loopback (reached through a proxy)', async () => {
    let upstreamAuth: string | undefined = 'unset'
    const upstream = http.createServer((request, response) => {
      upstreamAuth = request.headers.authorization
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
    const proxy = http.createServer()
    proxy.on('connect', (_request: http.IncomingMessage, client: net.Socket) => {
      const socket = net.connect((upstream.address() as AddressInfo).port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        socket.pipe(client)
        client.pipe(socket)
      })
      client.on('error', () => socket.destroy())
    })
    const listen = (s: net.Server) => new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
    await Promise.all([listen(upstream), listen(proxy)])
    try {
      process.env.http_proxy = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      const url = 'http://downloads.example.test/api'
      await fetchJson(url, { ...fast, retries: 0, headers: { authorization: 'Bearer s3cret-token' } })
      expect(upstreamAuth).toBeUndefined()
    } finally {
      await new Promise(resolve => upstream.close(resolve))
      await new Promise(resolve => proxy.close(resolve))
    }
  })
})

describe('URL credentials are never printed', () => {
  it('redacts user and password in every form', () => {
    expect(redactUrl('http://user:pa55word@mirror.example/x?y=1')).toBe('http://***@mirror.example/x?y=1')
    expect(redactUrl('https://tok3n@host/')).toBe('https://***@host/')
    expect(redactUrl('https://host/plain')).toBe('https://host/plain')
  })

  it('retry messages and the final error name the URL without them; the password is masked; the origin gets Basic', async () => {
    const url = server.url.replace('//', '//mirror-user:pa55word-xyz@') + '/creds'
    const error = await downloadFile(url, join(work, 'creds.bin'), { ...fast, retries: 1 }).then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(HttpError)
    const printed = stdout.join('')
    expect(printed).toContain('::add-mask::pa55word-xyz')
    const withoutMasks = printed
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
    expect(withoutMasks).toMatch(/Download of http:\/\/\*\*\*@127\.0\.0\.1:\d+\/creds failed/)
    expect(withoutMasks + error.message).not.toMatch(/pa55word|mirror-user/)
    expect(seenAuth.creds).toBe(`Basic ${Buffer.from('mirror-user:pa55word-xyz').toString('base64')}`)
  })
})

describe('no download, response or cache operation without a bound', () => {
  it('aborts a body that goes past its declared size, as it streams, and leaves nothing', async () => {
    const dest = join(work, 'declared.bin')
    const error = await downloadFile(`${server.url}/endless`, dest, {
      ...fast,
      size: 1_000_000,
      deadlineMs: 3000
    }).then(succeeded, (e: unknown) => e as Error)
    expect(error).toBeInstanceOf(SizeError)
    expect(error.message).toMatch(/more than its declared size \(1000000 bytes\)/)
    expect(existsSync(dest)).toBe(false)
    expect(readdirSync(work).filter(f => f.includes('.partial'))).toEqual([])
  })

  it('aborts past the hard cap when no size is declared', async () => {
    const error = await downloadFile(`${server.url}/endless`, join(work, 'cap.bin'), {
      ...fast,
      maxBytes: 2_000_000,
      deadlineMs: 3000
    }).then(succeeded, (e: unknown) => e as Error)
    expect(error).toBeInstanceOf(SizeError)
    expect(error.message).toMatch(/more than the download cap/)
  })

  it('refuses a body whose Content-Length announces more than the declared size, before reading it', async () => {
    const error = await downloadFile(`${server.url}/big-announced`, join(work, 'announced.bin'), {
      ...fast,
      size: 100
    }).then(succeeded, (e: unknown) => e as Error)
    expect(error).toBeInstanceOf(SizeError)
    expect(error.message).toMatch(/announces 4096 bytes/)
  })

  it('a server sending a byte every 100 ms cannot stretch an attempt past timeoutMs (timeout-seconds)', async () => {
    const before = server.count('/drip')
    const error = await fetchJson(`${server.url}/drip`, { timeoutMs: 500, retries: 1, retryDelayMs: 10 }).then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(HttpError)
    expect(error.message).toMatch(/did not complete within 500 ms/)
    expect(server.count('/drip') - before).toBe(2)
  })

  it('the whole call, retries included, ends at its deadline', async () => {
    const error = await fetchJson(`${server.url}/drip`, { timeoutMs: 400, deadlineMs: 1000, retryDelayMs: 10 }).then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(DeadlineError)
    expect(error.message).toMatch(/did not finish within 1 s/)
  })

  it('a body that stops sending is abandoned after the stall timeout', async () => {
    const error = await downloadFile(`${server.url}/stall`, join(work, 'stall.bin'), {
      timeoutMs: 300,
      retries: 0
    }).then(succeeded, (e: unknown) => e as Error)
    expect(error.message).toMatch(/stalled for 300 ms/)
  })

  it('a response read into memory is capped', async () => {
    const error = await fetchBuffer(`${server.url}/endless`, { ...fast, maxBytes: 1_000_000 }).then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error.message).toMatch(/sent more than 1000000 bytes/)
  })

  describe('cache operations have a time budget', () => {
    const spec = { tool: 'hostile', version: '1', arch: 'x64', key: 'v1-hostile' }
    const never = (): Promise<never> => new Promise(() => undefined)
    const hanging: RemoteCache = { available: () => true, lookup: never, restore: never, save: never }

    beforeEach(() => {
      process.env.RUNNER_TOOL_CACHE = mkdtempSync(join(work, 'tc-'))
      process.env.GITHUB_STATE = join(mkdtempSync(join(work, 'state-')), 'state')
      writeFileSync(process.env.GITHUB_STATE, '')
      process.env.CACHE_BUDGET_SECONDS = '0.3'
    })

    it('a restore from a service that never answers gives up with a warning', async () => {
      expect(await restoreTool(spec, { remote: hanging })).toBeUndefined()
      expect(stdout.join('')).toMatch(/::warning::Cache restore failed for v1-hostile.*took longer than 0.3 s/)
    })

    it('a save to a service that never answers gives up with a warning and claims nothing', async () => {
      mkdirSync(join(process.env.RUNNER_TOOL_CACHE as string, 'hostile', '1', 'x64'), { recursive: true })
      scheduleSave(spec)
      expect(await saveScheduled(hanging)).toEqual([])
      expect(stdout.join('')).toMatch(/::warning::Cache save failed for v1-hostile.*took longer than 0.3 s/)
      expect(stdout.join('')).not.toMatch(/Saved/)
    })
  })
})

describe('a DNS failure is a clear, retried network error', () => {
  it('names the host and the cause, after retrying', async () => {
    process.env.RUNNER_DEBUG = '1'
    const error = await fetchJson('http://no-such-host.invalid/x', { retryDelayMs: 10 }).then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).code).toMatch(/ENOTFOUND|EAI_AGAIN/)
    expect(error.message).toMatch(/^Network error: could not resolve no-such-host\.invalid \(DNS lookup failed/)
    expect(stdout.join('').match(/retrying in/g)?.length).toBeGreaterThanOrEqual(2)
  })
})

describe('installed archives: no link out of the tree, no setuid', () => {
  function tarOf(name: string, build: (root: string) => void): string {
    const root = mkdtempSync(join(work, `${name}-src-`))
    build(root)
    const archive = join(work, `${name}.tar.gz`)
    execFileSync('tar', ['-czf', archive, '-C', root, '.'])
    return archive
  }

  it('refuses an archive holding a symbolic link that leaves the tree, naming it', async () => {
    const archive = tarOf('escape', root => {
      mkdirSync(join(root, 'lib'))
      symlinkSync('../../../../etc/passwd', join(root, 'lib', 'libz.so'))
      symlinkSync('libz.so', join(root, 'lib', 'libz.so.1'))
    })
    const error = await extractArchive(archive, join(work, 'escape-out'), 'escape.tar.gz').then(
      succeeded,
      (e: unknown) => e as Error
    )
    expect(error?.message).toMatch(
      /symbolic link that points outside its own tree \(lib\/libz\.so -> \.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd\)/
    )
  })

  it('refuses an absolute link as well, and keeps links inside the tree', async () => {
    const absolute = tarOf('absolute', root => symlinkSync('/etc/shadow', join(root, 'shadow')))
    await expect(extractArchive(absolute, join(work, 'abs-out'), 'absolute.tar.gz')).rejects.toThrow(/-> \/etc\/shadow/)
    const inside = tarOf('inside', root => {
      writeFileSync(join(root, 'real'), 'x')
      symlinkSync('real', join(root, 'alias'))
    })
    await extractArchive(inside, join(work, 'inside-out'), 'inside.tar.gz')
    expect(existsSync(join(work, 'inside-out', 'alias'))).toBe(true)
  })

  it('strips setuid and setgid bits from what it installs', async () => {
    const archive = tarOf('setuid', root => {
      writeFileSync(join(root, 'tool'), '#!/bin/sh\n')
      chmodSync(join(root, 'tool'), 0o6755)
    })
    await extractArchive(archive, join(work, 'setuid-out'), 'setuid.tar.gz')
    expect(statSync(join(work, 'setuid-out', 'tool')).mode & 0o7777).toBe(0o755)
  })
})

describe('with RUNNER_DEBUG=1 every HTTP request is logged', () => {
  it('one ::debug:: line per request and redirect hop: method, URL without credentials, status, time', async () => {
    process.env.RUNNER_DEBUG = '1'
    await fetchJson(server.url.replace('//', '//u:debug-pw@') + '/hop', fast)
    const lines = stdout
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::debug::GET'))
    expect(lines).toEqual([
      expect.stringMatching(/^::debug::GET http:\/\/127\.0\.0\.1:\d+\/hop -> HTTP 302 in \d+ ms$/),
      expect.stringMatching(/^::debug::GET http:\/\/127\.0\.0\.1:\d+\/ok\.json -> HTTP 200 in \d+ ms$/)
    ])
    expect(stdout.join('').replace(/::add-mask::.*\n/g, '')).not.toMatch(/debug-pw/)
  })

  it('is silent without it', async () => {
    delete process.env.RUNNER_DEBUG
    await fetchJson(`${server.url}/ok.json`, fast)
    expect(stdout.join('')).not.toMatch(/::debug::/)
  })
})
