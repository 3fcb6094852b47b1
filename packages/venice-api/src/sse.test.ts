import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSseParser, readSseEvents, type SseEvent } from './sse'

function parseText(chunks: string[]): SseEvent[] {
  const events: SseEvent[] = []
  const parser = createSseParser((event) => events.push(event))
  for (const chunk of chunks) parser.push(chunk)
  parser.end()
  return events
}

function byteStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk)
      controller.close()
    },
  })
}

async function parseBytes(chunks: Uint8Array[]): Promise<SseEvent[]> {
  const events: SseEvent[] = []
  for await (const event of readSseEvents(byteStream(chunks))) events.push(event)
  return events
}

/** Cuts `length` items at the given points (any values; reduced into range, sorted, deduplicated). */
function splitPoints(length: number, points: number[]): number[] {
  const inRange = points.map((point) => (length === 0 ? 0 : point % (length + 1)))
  return [...new Set([0, ...inRange, length])].sort((a, b) => a - b)
}

function splitBytes(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const cuts = splitPoints(bytes.length, points)
  return cuts.slice(1).map((end, index) => bytes.subarray(cuts[index], end))
}

function splitText(text: string, points: number[]): string[] {
  const cuts = splitPoints(text.length, points)
  return cuts.slice(1).map((end, index) => text.slice(cuts[index], end))
}

describe('createSseParser', () => {
  it('dispatches an event on each blank line', () => {
    expect(parseText(['data: one\n\ndata: two\n\n'])).toEqual([
      { event: 'message', data: 'one' },
      { event: 'message', data: 'two' },
    ])
  })

  it('accepts \\r\\n and bare \\r line ends, also split between \\r and \\n', () => {
    expect(parseText(['data: a\r', '\ndata: b\r', '\r\ndata: c\r\r'])).toEqual([
      { event: 'message', data: 'a\nb' },
      { event: 'message', data: 'c' },
    ])
  })

  it('joins several data lines with \\n', () => {
    expect(parseText(['data: {"a":\ndata: 1}\n\n'])).toEqual([{ event: 'message', data: '{"a":\n1}' }])
  })

  it('ignores comments and drops events that carry no data', () => {
    expect(parseText([': keep-alive\n\nevent: ping\n\nid: 7\nretry: 10\n\ndata: x\n\n'])).toEqual([
      { event: 'message', data: 'x' },
    ])
  })

  it('keeps the event name, and resets it after each event', () => {
    expect(parseText(['event: error\ndata: boom\n\ndata: next\n\n'])).toEqual([
      { event: 'error', data: 'boom' },
      { event: 'message', data: 'next' },
    ])
  })

  it('strips exactly one space after the colon, and reads a bare field name as empty', () => {
    expect(parseText(['data:no-space\n\ndata:  two-spaces\n\ndata\n\n'])).toEqual([
      { event: 'message', data: 'no-space' },
      { event: 'message', data: ' two-spaces' },
      { event: 'message', data: '' },
    ])
  })

  it('delivers a last event that ended without its blank line', () => {
    expect(parseText(['data: a\n\ndata: [DONE]'])).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: '[DONE]' },
    ])
  })
})

const dataLine = fc.string({ unit: 'binary', maxLength: 12 }).map((text) => text.replace(/[\r\n]/g, ''))
const lineEnd = fc.constantFrom('\n', '\r\n', '\r')
const sseStream = fc.array(
  fc.record({
    event: fc.option(fc.constantFrom('delta', 'error', 'ünï'), { nil: undefined }),
    dataLines: fc.array(dataLine, { minLength: 1, maxLength: 3 }),
    comment: fc.option(dataLine, { nil: undefined }),
    emptyEventBefore: fc.boolean(),
    lineEnd,
  }),
  { maxLength: 6 },
)

/** Writes events the way servers do, with the noise a parser must skip. */
function encode(events: SseSpec[]): string {
  return events
    .map((spec) => {
      const lines = [
        ...(spec.emptyEventBefore ? ['event: ping', ''] : []),
        ...(spec.comment === undefined ? [] : [`:${spec.comment}`]),
        ...(spec.event === undefined ? [] : [`event: ${spec.event}`]),
        ...spec.dataLines.map((line) => `data: ${line}`),
        '',
      ]
      return lines.map((line) => line + spec.lineEnd).join('')
    })
    .join('')
}

type SseSpec = {
  event: string | undefined
  dataLines: string[]
  comment: string | undefined
  emptyEventBefore: boolean
  lineEnd: string
}

const expected = (events: SseSpec[]): SseEvent[] =>
  events.map((spec) => ({ event: spec.event ?? 'message', data: spec.dataLines.join('\n') }))

describe('SSE parsing of any split', () => {
  it('gives the same events however the text is cut into chunks', () => {
    fc.assert(
      fc.property(sseStream, fc.array(fc.nat()), (events, points) => {
        expect(parseText(splitText(encode(events), points))).toEqual(expected(events))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same events however the bytes are cut, even inside a multibyte character', async () => {
    await fc.assert(
      fc.asyncProperty(sseStream, fc.array(fc.nat()), async (events, points) => {
        const bytes = new TextEncoder().encode(encode(events))
        expect(await parseBytes(splitBytes(bytes, points))).toEqual(expected(events))
      }),
      { numRuns: 300 },
    )
  })

  it('splits a four-byte emoji byte by byte', async () => {
    const bytes = new TextEncoder().encode('data: 👋é\n\n')
    const oneByteEach = Array.from(bytes, (byte) => Uint8Array.of(byte))
    expect(await parseBytes(oneByteEach)).toEqual([{ event: 'message', data: '👋é' }])
  })

  it('drops a leading byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFFdata: x\n\n')
    expect(await parseBytes([bytes])).toEqual([{ event: 'message', data: 'x' }])
  })
})

describe('readSseEvents', () => {
  it('cancels the stream when the reader leaves early', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new TextEncoder().encode('data: again\n\n'))
      },
      cancel() {
        cancelled = true
      },
    })
    for await (const event of readSseEvents(body)) {
      expect(event.data).toBe('again')
      break
    }
    expect(cancelled).toBe(true)
  })
})
