/**
 * Server-sent events, as the WHATWG spec parses them: lines end in `\n`, `\r\n` or `\r`; `:` starts a comment;
 * an event's `data:` lines are joined with `\n`; a blank line dispatches; an event without data is dropped.
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
  let partialLine = ''
  // The previous chunk ended in `\r`: a `\n` opening the next one completes that line break, not a new one.
  let skipLineFeed = false
  let dataLines: string[] = []
  let eventType = ''

  function dispatch() {
    if (dataLines.length > 0) onEvent({ event: eventType || 'message', data: dataLines.join('\n') })
    dataLines = []
    eventType = ''
  }

  function processLine(line: string) {
    if (line === '') return dispatch()
    if (line.startsWith(':')) return
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'data') dataLines.push(value)
    else if (field === 'event') eventType = value
    // `id` and `retry` only matter to EventSource's reconnection, which a fetch stream does not do.
  }

  return {
    push(text) {
      if (text === '') return
      let start = skipLineFeed && text.startsWith('\n') ? 1 : 0
      skipLineFeed = false
      for (let index = start; index < text.length; index++) {
        const char = text[index]
        if (char !== '\n' && char !== '\r') continue
        processLine(partialLine + text.slice(start, index))
        partialLine = ''
        if (char === '\r') {
          if (index + 1 === text.length) skipLineFeed = true
          else if (text[index + 1] === '\n') index++
        }
        start = index + 1
      }
      partialLine += text.slice(start)
    },
    end() {
      // The spec drops an unterminated last event; some OpenAI-compatible servers end on `data: [DONE]` alone.
      if (partialLine !== '') processLine(partialLine)
      partialLine = ''
      dispatch()
    },
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
