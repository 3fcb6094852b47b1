// Waits for a server we started to answer, for the browser tests and the benchmarks.

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
