import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChecksumError, downloadFile } from '../src/download.js'
import { HttpError, NetworkError, fetchJson } from '../src/http.js'
import { failFirst, json, serveBytes, startServer, type LocalServer } from '../../../test/support/local-server.js'

const data = randomBytes(3 * 1024 * 1024 + 17)
const sha256 = createHash('sha256').update(data).digest('hex')
const fast = { retryDelayMs: 10, timeoutMs: 2000 }
let server: LocalServer
let dir: string

beforeAll(async () => {
  server = await startServer()
  dir = mkdtempSync(join(tmpdir(), 'download-'))
  server.route('GET', '/ok', serveBytes(data))
  server.route('GET', '/flaky', failFirst(2, 503, serveBytes(data)))
  server.route('GET', '/always-500', json(500, {}))
  server.route('GET', '/missing', json(404, {}))
  server.route('GET', '/redirect', (_req, res) => void res.writeHead(302, { location: '/ok' }).end())
  let resets = 0
  server.route('GET', '/reset-once', (req, res, body) =>
    serveBytes(data, resets++ === 0 ? 'reset-mid-body' : undefined)(req, res, body)
  )
  server.route('GET', '/always-truncated', serveBytes(data, 'truncate'))
  server.route('GET', '/hang', serveBytes(data, 'hang'))
  server.route('GET', '/api', failFirst(1, 429, json(200, { ok: true })))
})
afterAll(() => server.close())

const leftovers = () => readdirSync(dir).filter(f => f.includes('.partial'))

describe('downloadFile', () => {
  test('streams to disk, computes sha256 while streaming, verifies', async () => {
    const result = await downloadFile(`${server.url}/ok`, join(dir, 'ok.bin'), { sha256 })
    expect(result).toEqual({ path: join(dir, 'ok.bin'), sha256, bytes: data.length })
    expect(readFileSync(result.path).equals(data)).toBe(true)
  })

  test('retries 5xx with backoff, then succeeds', async () => {
    const before = server.count('/flaky')
    await downloadFile(`${server.url}/flaky`, join(dir, 'flaky.bin'), { ...fast, sha256 })
    expect(server.count('/flaky') - before).toBe(3)
  })

  test('retries a connection reset mid-body', async () => {
    const result = await downloadFile(`${server.url}/reset-once`, join(dir, 'reset.bin'), { ...fast, sha256 })
    expect(result.sha256).toBe(sha256)
    expect(server.count('/reset-once')).toBe(2)
  })

  test('a body that stays truncated fails after the retries and leaves nothing behind', async () => {
    await expect(
      downloadFile(`${server.url}/always-truncated`, join(dir, 'trunc.bin'), { ...fast, retries: 2, sha256 })
    ).rejects.toThrow(/truncated|aborted/)
    expect(existsSync(join(dir, 'trunc.bin'))).toBe(false)
    expect(leftovers()).toEqual([])
  })

  test('a wrong checksum is a ChecksumError, the file never appears, no retry', async () => {
    const before = server.count('/ok')
    const error = await downloadFile(`${server.url}/ok`, join(dir, 'bad.bin'), { sha256: '0'.repeat(64) }).catch(e => e)
    expect(error).toBeInstanceOf(ChecksumError)
    expect(error.message).toContain(`got ${sha256}`)
    expect(server.count('/ok') - before).toBe(1)
    expect(existsSync(join(dir, 'bad.bin'))).toBe(false)
    expect(leftovers()).toEqual([])
  })

  test('404 is not retried; persistent 500 gives up with the status', async () => {
    const error = await downloadFile(`${server.url}/missing`, join(dir, 'm.bin'), fast).catch(e => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error.status).toBe(404)
    expect(server.count('/missing')).toBe(1)
    const failed = await downloadFile(`${server.url}/always-500`, join(dir, 'f.bin'), { ...fast, retries: 2 }).catch(
      e => e
    )
    expect(failed.status).toBe(500)
    expect(server.count('/always-500')).toBe(3)
  })

  test('follows redirects', async () => {
    const result = await downloadFile(`${server.url}/redirect`, join(dir, 'r.bin'), { sha256 })
    expect(result.bytes).toBe(data.length)
  })

  test('a server that never answers times out instead of hanging', async () => {
    const error = await downloadFile(`${server.url}/hang`, join(dir, 'h.bin'), {
      timeoutMs: 200,
      retries: 1,
      retryDelayMs: 10
    }).catch(e => e)
    expect(error.message).toMatch(/No response/)
    expect(server.count('/hang')).toBe(2)
  })

  test('a refused connection is retried then reported', async () => {
    const error = await downloadFile('http://127.0.0.1:9/x', join(dir, 'x.bin'), { ...fast, retries: 1 }).catch(e => e)
    expect(error).toBeInstanceOf(HttpError)
    expect(error).toBeInstanceOf(NetworkError)
    expect(error.message).toMatch(/Network error: could not connect to 127.0.0.1:9.*gave up after 2 attempts/)
  })
})

describe('fetchJson', () => {
  test('429 is retried and JSON parsed', async () => {
    const { data: body } = await fetchJson<{ ok: boolean }>(`${server.url}/api`, fast)
    expect(body).toEqual({ ok: true })
    expect(server.count('/api')).toBe(2)
  })
  test('a 404 carries its status for the caller to judge', async () => {
    const error = await fetchJson(`${server.url}/missing`, fast).catch(e => e)
    expect(error.status).toBe(404)
  })
})
