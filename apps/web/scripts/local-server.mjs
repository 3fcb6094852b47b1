// Starting servers of our own, for the browser tests and the benchmarks: a free port, then waiting for an answer.
import { createServer } from 'node:net'

/** A loopback port nothing listens on right now, chosen by the OS. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** Resolves once `url` answers 2xx; rejects if `server` exits first or nothing answers within `timeoutMs`. */
export async function waitForHttp(url, server, { timeoutMs = 60_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server for ${url} exited with ${server.exitCode}.`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
