/**
 * A real HTTP server on 127.0.0.1 for tests: routes by method and path, counts requests, and injects faults
 * (status codes, resets mid-body, truncated bodies, hangs). Used for download, API and service stand-ins.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (request: IncomingMessage, response: ServerResponse, body: Buffer) => void | Promise<void>

export interface LocalServer {
  url: string
  /** Requests seen, as `METHOD /path?query`. */
  requests: string[]
  count(pathPrefix: string): number
  route(method: string, path: string | RegExp, handler: Handler): void
  close(): Promise<void>
}

export async function startServer(): Promise<LocalServer> {
  const routes: { method: string; path: string | RegExp; handler: Handler }[] = []
  const requests: string[] = []
  const sockets = new Set<import('node:net').Socket>()
  const server: Server = createServer((request, response) => void handle(request, response))
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    requests.push(`${request.method} ${request.url}`)
    const path = (request.url ?? '/').split('?')[0] ?? '/'
    const route = [...routes]
      .reverse()
      .find(r => r.method === request.method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)))
    if (!route) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}')
      return
    }
    try {
      await route.handler(request, response, Buffer.concat(chunks))
    } catch (error) {
      if (!response.headersSent) response.writeHead(500).end(String(error))
    }
  }
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: prefix => requests.filter(r => r.split(' ')[1]?.startsWith(prefix)).length,
    route: (method, path, handler) => void routes.push({ method, path, handler }),
    close: () =>
      new Promise(resolve => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/** Serves a buffer; `fault` breaks the transfer the way networks do. */
export function serveBytes(
  data: Buffer,
  fault?: 'reset-mid-body' | 'truncate' | 'hang',
  headers: Record<string, string> = {}
): Handler {
  return (_request, response) => {
    if (fault === 'hang') return // never answer; the client must time out
    response.writeHead(200, {
      'content-length': String(data.length),
      'content-type': 'application/octet-stream',
      ...headers
    })
    if (fault === 'reset-mid-body') {
      response.write(data.subarray(0, Math.floor(data.length / 2)), () => response.socket?.destroy())
    } else if (fault === 'truncate') {
      response.end(data.subarray(0, Math.floor(data.length / 2)))
      response.socket?.end()
    } else {
      response.end(data)
    }
  }
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
  }
}

/** Answers the first `failures` requests with `status`, then delegates. */
export function failFirst(failures: number, status: number, then: Handler): Handler {
  let seen = 0
  return (request, response, body) => {
    if (seen++ < failures) {
      response.writeHead(status).end()
      return
    }
    return then(request, response, body)
  }
}
