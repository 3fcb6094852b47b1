import { createParser } from 'eventsource-parser'

/**
 * Server-sent events, parsed by `eventsource-parser` (the WHATWG algorithm): lines end in `\n`, `\r\n` or `\r`;
 * `:` starts a comment; an event's `data:` lines are joined with `\n`; a blank line dispatches.
 */

export type SseEvent = {
  /** The `event:` field, `message` when absent. */
  event: string
  data: string
}

export type SseParser = {
  /** Feeds decoded text, split anywhere (even between `\r` and `\n`). */
  push(text: string): void
  /** The stream ended: a last event without its blank line is still delivered. */
  end(): void
}

export function createSseParser(onEvent: (event: SseEvent) => void): SseParser {
  const parser = createParser({
    onEvent: ({ event, data }) => onEvent({ event: event ?? 'message', data }),
  })
  return {
    push: (text) => parser.feed(text),
    // The spec drops an unterminated last event; some OpenAI-compatible servers end on `data: [DONE]` alone, so
    // the end of the stream ends its line and the event.
    end: () => parser.feed('\n\n'),
  }
}

/**
 * The events of a byte stream. UTF-8 is decoded in streaming mode, so a character split across chunks survives.
 * Leaving the loop early cancels the stream, which closes the connection.
 */
export async function* readSseEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<SseEvent, void, undefined> {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  const ready: SseEvent[] = []
  const parser = createSseParser((event) => ready.push(event))
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      parser.push(decoder.decode(value, { stream: true }))
      yield* ready.splice(0)
    }
    parser.push(decoder.decode())
    parser.end()
    yield* ready.splice(0)
  } finally {
    // Already-failed or finished streams reject or ignore the cancel; either way nothing is left to release.
    await reader.cancel().catch(() => {})
  }
}
