/**
 * Starts the OpenAI-compatible test server for browser tests: `PORT` (default 8788), `API_KEY` (default
 * `test-key`), `CORS=off` to leave out CORS headers. Stops on SIGINT or SIGTERM.
 */
import { startOpenAiCompatibleServer } from './openai-compatible-server'

const server = await startOpenAiCompatibleServer({
  port: Number(process.env.PORT ?? 8788),
  apiKey: process.env.API_KEY,
  cors: process.env.CORS !== 'off',
})
// The one line a script waits for before it starts the browser.
process.stdout.write(`OpenAI-compatible test server listening at ${server.url}\n`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(() => process.exit(0))
  })
}
