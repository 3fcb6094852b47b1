import { bench, describe } from 'vitest'
import { readSseEvents } from './sse'

const event = `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'Venice says hello, ça va? 👋 ' } }] })}\n\n`
const bytes = new TextEncoder().encode(event.repeat(2000))

function streamOf(chunkSize: number): ReadableStream<Uint8Array> {
  let offset = 0
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close()
      controller.enqueue(bytes.subarray(offset, offset + chunkSize))
      offset += chunkSize
    },
  })
}

async function drain(chunkSize: number) {
  for await (const _ of readSseEvents(streamOf(chunkSize))) {
    // Parsing is the work being measured.
  }
}

describe('readSseEvents, 2,000 chat chunks', () => {
  bench('in 1 KiB network chunks', () => drain(1024))
  bench('in 16-byte network chunks', () => drain(16))
})
