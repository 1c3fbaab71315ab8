// Proxies: the choice of proxy from the environment (table), and real requests through a local forward proxy to
// local HTTP and HTTPS servers. The proxy maps the made-up host downloads.example.test to 127.0.0.1, so the client
// never resolves it itself: only a request that really went through the proxy can succeed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fetchBuffer, HttpError } from '../src/http.js'
import { bypassesProxy, proxyAuthorization, proxyFor } from '../src/proxy.js'
import { requireTools } from '../../../test/support/require-tools.js'

describe('proxyFor', () => {
  const https_proxy = 'http://proxy.corp:3128'
  it.each<[string, string, NodeJS.ProcessEnv, string | undefined]>([
    ['no proxy set', 'https://github.com/x', {}, undefined],
    ['https_proxy for https', 'https://github.com/x', { https_proxy }, 'http://proxy.corp:3128/'],
    ['HTTPS_PROXY too', 'https://github.com/x', { HTTPS_PROXY: https_proxy }, 'http://proxy.corp:3128/'],
    [
      'lower case first',
      'https://github.com/x',
      { https_proxy, HTTPS_PROXY: 'http://other:1' },
      'http://proxy.corp:3128/'
    ],
    ['http_proxy only for http', 'https://github.com/x', { http_proxy: https_proxy }, undefined],
    ['http_proxy for http', 'http://example.com/x', { http_proxy: 'proxy.corp:8080' }, 'http://proxy.corp:8080/'],
    ['no_proxy host', 'https://github.com/x', { https_proxy, no_proxy: 'github.com' }, undefined],
    ['no_proxy domain', 'https://api.github.com/x', { https_proxy, no_proxy: 'x.org, .github.com' }, undefined],
    ['no_proxy bare domain', 'https://api.github.com/x', { https_proxy, NO_PROXY: 'github.com' }, undefined],
    [
      'no_proxy is not a substring match',
      'https://notgithub.com/x',
      { https_proxy, no_proxy: 'github.com' },
      'http://proxy.corp:3128/'
    ],
    [
      'no_proxy with another port',
      'https://github.com/x',
      { https_proxy, no_proxy: 'github.com:8443' },
      'http://proxy.corp:3128/'
    ],
    ['no_proxy with the port', 'https://github.com:8443/x', { https_proxy, no_proxy: 'github.com:8443' }, undefined],
    ['no_proxy *', 'https://github.com/x', { https_proxy, no_proxy: '*' }, undefined],
    ['loopback never proxied', 'https://127.0.0.1:8443/x', { https_proxy }, undefined],
    ['localhost never proxied', 'http://localhost:8080/x', { http_proxy: https_proxy }, undefined]
  ])('%s', (_title, url, env, expected) => {
    expect(proxyFor(new URL(url), env)?.href).toBe(expected)
  })

  it('refuses a proxy it cannot use, saying which variable to check', () => {
    expect(() => proxyFor(new URL('https://github.com'), { https_proxy: 'https://proxy.corp:443' })).toThrow(
      /only http:\/\/ proxies are supported/
    )
    expect(() => proxyFor(new URL('https://github.com'), { https_proxy: 'http://[bad' })).toThrow(/https_proxy/)
  })

  it('sends credentials from the proxy URL as Basic Proxy-Authorization, decoded', () => {
    expect(proxyAuthorization(new URL('http://ci%40corp:p%3Ass@proxy:3128'))).toEqual({
      'proxy-authorization': `Basic ${Buffer.from('ci@corp:p:ss').toString('base64')}`
    })
    expect(proxyAuthorization(new URL('http://proxy:3128'))).toEqual({})
    expect(bypassesProxy(new URL('http://[::1]:80/'), '')).toBe(true)
  })
})

requireTools(['openssl'])('requests through a proxy', () => {
  const HOST = 'downloads.example.test'
  const dir = mkdtempSync(join(tmpdir(), 'proxy-test-'))
  const seen: { method: string; url: string; auth?: string }[] = []
  const servernames: string[] = []
  let httpPort = 0
  let httpsPort = 0
  let proxyPort = 0
  let requireAuth = false
  const saved = { ...process.env }
  const servers: net.Server[] = []

  const listen = (server: net.Server): Promise<number> =>
    new Promise(resolve => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

  beforeAll(async () => {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${HOST}`,
      '-addext', `subjectAltName=DNS:${HOST}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')
    ], { stdio: 'ignore' }) // prettier-ignore
    const answer = (request: http.IncomingMessage, response: http.ServerResponse): void => {
      response.end(`${request.method} ${request.url} for ${request.headers.host}`)
    }
    const plain = http.createServer(answer)
    const secure = https.createServer(
      {
        key: readFileSync(join(dir, 'key.pem')),
        cert: readFileSync(join(dir, 'cert.pem')),
        // Records the name the client asked for (SNI), then goes on with the default context.
        SNICallback: (name, done) => {
          servernames.push(name)
          done(null)
        }
      },
      answer
    )
    // A forward proxy: absolute-URI requests for plain HTTP, CONNECT tunnels for HTTPS.
    const proxy = http.createServer((request, response) => {
      seen.push({ method: request.method!, url: request.url!, auth: request.headers['proxy-authorization'] })
      const target = new URL(request.url!)
      const upstream = http.request(
        {
          host: '127.0.0.1',
          port: target.port,
          path: target.pathname + target.search,
          method: request.method,
          headers: request.headers
        },
        reply => {
          response.writeHead(reply.statusCode!, reply.headers)
          reply.pipe(response)
        }
      )
      request.pipe(upstream)
    })
    proxy.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
      const auth = request.headers['proxy-authorization']
      seen.push({ method: 'CONNECT', url: request.url!, auth })
      if (requireAuth && auth !== `Basic ${Buffer.from('ci:secret').toString('base64')}`) {
        client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n')
        return
      }
      const [host, port] = request.url!.split(':')
      if (host !== HOST) return client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      const upstream = net.connect(Number(port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    servers.push(plain, secure, proxy)
    ;[httpPort, httpsPort, proxyPort] = await Promise.all([listen(plain), listen(secure), listen(proxy)])
  })

  afterEach(() => {
    process.env = { ...saved }
    seen.length = 0
    servernames.length = 0
    requireAuth = false
  })

  afterAll(async () => {
    for (const server of servers) await new Promise(resolve => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  it('sends plain HTTP to the proxy with the whole URL on the request line', async () => {
    process.env.http_proxy = `http://ci:secret@127.0.0.1:${proxyPort}`
    const url = `http://${HOST}:${httpPort}/file?x=1`
    const response = await fetchBuffer(url, { retries: 0 })
    expect(response.body.toString()).toBe(`GET /file?x=1 for ${HOST}:${httpPort}`)
    expect(seen).toEqual([{ method: 'GET', url, auth: `Basic ${Buffer.from('ci:secret').toString('base64')}` }])
  })

  it('tunnels HTTPS through CONNECT with TLS end to end: the real host’s certificate, checked, with its SNI', async () => {
    process.env.https_proxy = `127.0.0.1:${proxyPort}`
    // The test server's certificate is self-signed, so the client refuses it: proof that the handshake reached the
    // real server through the tunnel (the made-up host cannot be resolved by the client) and was verified there.
    await expect(fetchBuffer(`https://${HOST}:${httpsPort}/asset`, { retries: 0 })).rejects.toThrow(/self-signed/)
    expect(seen).toEqual([{ method: 'CONNECT', url: `${HOST}:${httpsPort}`, auth: undefined }])
    expect(servernames).toEqual([HOST])
  })

  it('reports a proxy that refuses the tunnel, with the status and without the credentials', async () => {
    requireAuth = true
    process.env.https_proxy = `http://ci:wrong@127.0.0.1:${proxyPort}`
    const error = await fetchBuffer(`https://${HOST}:${httpsPort}/`, { retries: 0 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HttpError)
    expect((error as HttpError).message).toBe(
      `Proxy 127.0.0.1:${proxyPort} refused a tunnel to ${HOST}:${httpsPort}: HTTP 407`
    )
    expect((error as HttpError).message).not.toMatch(/wrong/)
  })

  it('connects directly to hosts no_proxy names: the made-up host is then looked up by the client itself', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    process.env.no_proxy = `example.org,.example.test`
    await expect(fetchBuffer(`http://${HOST}:${httpPort}/direct`, { retries: 0 })).rejects.toThrow(/ENOTFOUND/)
    expect(seen).toEqual([])
  })

  it('never sends loopback requests to the proxy', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    const response = await fetchBuffer(`http://127.0.0.1:${httpPort}/direct`, { retries: 0 })
    expect(response.body.toString()).toBe(`GET /direct for 127.0.0.1:${httpPort}`)
    expect(seen).toEqual([])
  })
})
