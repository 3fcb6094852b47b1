// A counting proxy in front of the devnet's JSON-RPC endpoint, for the benchmarks: every HTTP request the app's
// server and its pages send reaches anvil through it, so a figure includes the server-side reads as well.
import { createServer } from 'node:http'

/**
 * Forwards every request to `targetUrl` and records each POST: when, whether a browser sent it (browsers send an
 * `Origin` on a cross-origin fetch, the Next server does not), and its JSON-RPC methods (a batch is one request).
 */
export async function startRpcProxy(targetUrl, port) {
  const requests = []
  const server = createServer(async (incoming, outgoing) => {
    const chunks = []
    for await (const chunk of incoming) chunks.push(chunk)
    const body = Buffer.concat(chunks)
    if (incoming.method === 'POST') {
      let methods = []
      try {
        const parsed = JSON.parse(body.toString('utf8'))
        methods = (Array.isArray(parsed) ? parsed : [parsed]).map((message) => String(message?.method))
      } catch {
        methods = ['(not JSON)']
      }
      requests.push({ at: Date.now(), from: incoming.headers.origin ? 'browser' : 'server', methods })
    }
    const headers = { ...incoming.headers }
    delete headers.host
    delete headers['content-length']
    try {
      const answer = await fetch(targetUrl, {
        method: incoming.method,
        headers,
        body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : body,
      })
      const answerHeaders = Object.fromEntries(answer.headers)
      delete answerHeaders['content-encoding']
      delete answerHeaders['content-length']
      outgoing.writeHead(answer.status, answerHeaders)
      outgoing.end(Buffer.from(await answer.arrayBuffer()))
    } catch (error) {
      outgoing.writeHead(502).end(String(error))
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    /** The requests recorded since `since` (a `Date.now()`), oldest first. */
    requestsSince: (since) => requests.filter(({ at }) => at >= since),
    stop: () => new Promise((resolve) => server.close(resolve)),
  }
}
