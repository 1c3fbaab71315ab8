// Proxies (@actions/http-client's support, used by the toolkit's HTTP): real requests through a local forward proxy
// to local HTTP and HTTPS servers. The proxy maps the made-up host downloads.example.test to 127.0.0.1, so the client
// never resolves it itself: only a request that really went through the proxy can succeed.
import { afterAll, afterEach, beforeAll, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import net, { type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fetchBuffer, HttpError } from '../src/http.js'
import { requireTools } from '../../../test/support/require-tools.js'
import { selfSignedCertificate } from '../../../test/support/tls.js'

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
    const certificate = selfSignedCertificate(HOST, dir)
    const answer = (request: http.IncomingMessage, response: http.ServerResponse): void => {
      response.end(`${request.method} ${request.url} for ${request.headers.host}`)
    }
    const plain = http.createServer(answer)
    const secure = https.createServer(
      {
        key: certificate.key,
        cert: certificate.cert,
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

  it('sends plain HTTP through the proxy (a CONNECT tunnel), with the proxy credentials decoded', async () => {
    process.env.http_proxy = `http://ci:s%40cret@127.0.0.1:${proxyPort}`
    const url = `http://${HOST}:${httpPort}/file?x=1`
    const response = await fetchBuffer(url, { retries: 0 })
    expect(response.body.toString()).toBe(`GET /file?x=1 for ${HOST}:${httpPort}`)
    expect(seen).toEqual([
      { method: 'CONNECT', url: `${HOST}:${httpPort}`, auth: `Basic ${Buffer.from('ci:s@cret').toString('base64')}` }
    ])
  })

  it('HTTPS_PROXY in upper case is honoured as well', async () => {
    process.env.HTTPS_PROXY = `http://127.0.0.1:${proxyPort}`
    await expect(fetchBuffer(`https://${HOST}:${httpsPort}/asset`, { retries: 0 })).rejects.toThrow(/self-signed/)
    expect(seen.map(s => s.method)).toEqual(['CONNECT'])
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
    expect((error as HttpError).message).toMatch(/statusCode=407/)
    expect((error as HttpError).message).not.toMatch(/wrong/)
  })

  it('connects directly to hosts no_proxy names: the made-up host is then looked up by the client itself', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    process.env.no_proxy = `example.org,.example.test`
    await expect(fetchBuffer(`http://${HOST}:${httpPort}/direct`, { retries: 0 })).rejects.toThrow(
      /could not resolve downloads\.example\.test.*ENOTFOUND/
    )
    expect(seen).toEqual([])
  })

  it('never sends loopback requests to the proxy', async () => {
    process.env.http_proxy = `http://127.0.0.1:${proxyPort}`
    const response = await fetchBuffer(`http://127.0.0.1:${httpPort}/direct`, { retries: 0 })
    expect(response.body.toString()).toBe(`GET /direct for 127.0.0.1:${httpPort}`)
    expect(seen).toEqual([])
  })
})
