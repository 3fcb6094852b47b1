import { createVeniceClient } from '@rialto/venice-api/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type AnswerResult, streamAnswer } from './answer-stream'

const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`
const finished = `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`

/** A server whose answer the test writes piece by piece, between ticks of the fake clock. */
function scriptedServer() {
  const encoder = new TextEncoder()
  let body: ReadableStreamDefaultController<Uint8Array> | undefined
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      body = controller
    },
  })
  const client = createVeniceClient({
    baseUrl: 'http://127.0.0.1:11434/v1',
    fetch: async () => new Response(stream, { headers: { 'content-type': 'text/event-stream' } }),
  })
  return {
    client,
    say: (piece: string) => body?.enqueue(encoder.encode(chunk(piece))),
    finish() {
      body?.enqueue(encoder.encode(finished))
      body?.close()
    },
  }
}

describe('streaming an answer', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves the answer so far every 5 s while a long answer streams, one save at a time, and waits for the last', async () => {
    const server = scriptedServer()
    const saves: string[] = []
    let finishSave: (() => void) | undefined
    const onCheckpoint = (text: string) => {
      saves.push(text)
      return new Promise<void>((resolve) => {
        finishSave = resolve
      })
    }
    const stop = new AbortController()
    let result: AnswerResult | undefined
    const streaming = streamAnswer(
      server.client,
      { model: 'm', messages: [{ role: 'user', content: 'hi' }], signal: stop.signal },
      { onText: () => undefined, onCheckpoint },
    ).then((ended) => {
      result = ended
    })

    // One piece a second for 12 s; the first save takes until 11 s to be written.
    for (let second = 1; second <= 12; second++) {
      server.say(`${second} `)
      await vi.advanceTimersByTimeAsync(1_000)
      if (second === 11) finishSave?.()
    }
    // At 5 s; not at 10 s, when the first was still being written; at 11 s, once it was.
    expect(saves).toEqual(['1 2 3 4 5 6 ', '1 2 3 4 5 6 7 8 9 10 11 12 '])

    server.finish()
    await vi.advanceTimersByTimeAsync(0)
    // The stream has ended, but a save is still running: the answer is not over until it is written.
    expect(result).toBeUndefined()
    finishSave?.()
    await streaming
    expect(result).toEqual({ kind: 'answer', text: '1 2 3 4 5 6 7 8 9 10 11 12 ', ending: undefined })
  })

  it('does not save a short answer before it ends', async () => {
    const server = scriptedServer()
    const onCheckpoint = vi.fn(async () => undefined)
    const streaming = streamAnswer(
      server.client,
      { model: 'm', messages: [], signal: new AbortController().signal },
      { onText: () => undefined, onCheckpoint },
    )
    server.say('quick ')
    await vi.advanceTimersByTimeAsync(4_000)
    server.finish()
    await expect(streaming).resolves.toMatchObject({ text: 'quick ' })
    expect(onCheckpoint).not.toHaveBeenCalled()
  })
})
