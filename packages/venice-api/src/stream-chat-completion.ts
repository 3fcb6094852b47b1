import { type ChatCompletionUsage, parseChatCompletionChunk } from './chat-completion-chunk'
import type { VeniceClient } from './client'
import { parseErrorBody, redactApiKey } from './error-from-response'
import { StreamCutError, type VeniceApiErrorOptions } from './errors'
import { request } from './request'
import { type ResponseInfo, readResponseInfo } from './response-headers'
import { readSseEvents, type SseEvent } from './sse'

export type { ChatCompletionUsage } from './chat-completion-chunk'

export type ChatMessage = {
  role: 'system' | 'user' | 'assistant'
  content: string
}

/** Venice's own switches (§4.2 of the protocol notes); other servers ignore or reject them, so send only when set. */
export type VeniceParameters = {
  character_slug?: string
  strip_thinking_response?: boolean
  disable_thinking?: boolean
  enable_web_search?: 'off' | 'on' | 'auto'
  enable_web_scraping?: boolean
  enable_web_citations?: boolean
  include_search_results_in_stream?: boolean
  return_search_results_as_documents?: boolean
  include_venice_system_prompt?: boolean
  enable_x_search?: boolean
  enable_e2ee?: boolean
}

export type StreamChatCompletionParameters = {
  model: string
  messages: readonly ChatMessage[]
  /** Aborting is the stop button: the stream ends with outcome `stopped`, keeping the text so far. */
  signal?: AbortSignal
  venice_parameters?: VeniceParameters
}

/** Always the last event. `text` is the whole answer, or as much of it as arrived. */
export type ChatCompletionEnd =
  | { type: 'end'; outcome: 'done'; text: string; usage?: ChatCompletionUsage; finishReason?: string }
  | { type: 'end'; outcome: 'stopped'; text: string; usage?: ChatCompletionUsage }
  | { type: 'end'; outcome: 'cut'; text: string; usage?: ChatCompletionUsage; error: StreamCutError }

export type ChatCompletionEvent =
  | { type: 'response'; info: ResponseInfo }
  | { type: 'delta'; text: string }
  | { type: 'usage'; usage: ChatCompletionUsage }
  | ChatCompletionEnd

/**
 * Streams a chat answer: first `response` (balance and rate-limit headers), then `delta`s of text, maybe `usage`,
 * and always one `end` saying `done`, `stopped` (the signal aborted) or `cut` (the stream broke off).
 * Throws a `VeniceApiError` only when there is no answer at all (bad key, no balance, rate limit, offline…).
 */
export async function* streamChatCompletion(
  client: VeniceClient,
  parameters: StreamChatCompletionParameters,
): AsyncGenerator<ChatCompletionEvent, void, undefined> {
  const { model, messages, signal, venice_parameters } = parameters
  let response: Response
  try {
    response = await request(client, '/chat/completions', {
      method: 'POST',
      signal,
      model,
      body: {
        model,
        messages,
        stream: true,
        stream_options: { include_usage: true },
        ...(venice_parameters === undefined ? {} : { venice_parameters }),
      },
    })
  } catch (error) {
    if (!signal?.aborted) throw error
    yield { type: 'end', outcome: 'stopped', text: '' }
    return
  }
  try {
    yield { type: 'response', info: readResponseInfo(response.headers) }
    yield* readAnswer(response, signal, client.apiKey)
  } finally {
    // A consumer that leaves before the body is read (a `break` on `response`) must still free the connection.
    if (response.body !== null && !response.body.locked) await response.body.cancel().catch(() => {})
  }
}

async function* readAnswer(
  response: Response,
  signal: AbortSignal | undefined,
  apiKey: string | undefined,
): AsyncGenerator<ChatCompletionEvent, void, undefined> {
  let text = ''
  let usage: ChatCompletionUsage | undefined
  let finishReason: string | undefined
  const done = (): ChatCompletionEnd => ({ type: 'end', outcome: 'done', text, usage, finishReason })
  const stopped = (): ChatCompletionEnd => ({ type: 'end', outcome: 'stopped', text, usage })
  const cut = (options: VeniceApiErrorOptions): ChatCompletionEnd => ({
    type: 'end',
    outcome: 'cut',
    text,
    usage,
    error: new StreamCutError({ ...options, partialText: text }),
  })

  try {
    for await (const { event, data } of answerEvents(response)) {
      // Events already received in one network chunk must not keep arriving after the stop button.
      if (signal?.aborted) return yield stopped()
      if (data.trim() === '[DONE]') return yield done()
      if (event === 'error') return yield cut({ details: redactApiKey(parseErrorBody(data).message ?? data, apiKey) })
      const chunk = parseChatCompletionChunk(data)
      if (chunk.kind === 'error') return yield cut({ details: redactApiKey(chunk.message, apiKey) })
      if (chunk.kind === 'malformed') return yield cut({ details: 'A streamed chunk was not valid JSON.' })
      if (chunk.text !== '') {
        text += chunk.text
        yield { type: 'delta', text: chunk.text }
      }
      if (chunk.usage !== undefined) {
        usage = chunk.usage
        yield { type: 'usage', usage }
      }
      finishReason = chunk.finishReason ?? finishReason
    }
  } catch (error) {
    if (signal?.aborted) return yield stopped()
    return yield cut({ cause: error })
  }
  // No [DONE]: the answer is whole only if the model had said why it finished.
  yield finishReason === undefined ? cut({ details: 'The stream ended without [DONE].' }) : done()
}

async function* answerEvents(response: Response): AsyncGenerator<SseEvent, void, undefined> {
  if (response.headers.get('content-type')?.includes('application/json')) {
    // A server that ignores `stream: true` sends the whole completion at once.
    yield { event: 'message', data: await response.text() }
    yield { event: 'message', data: '[DONE]' }
    return
  }
  if (response.body !== null) yield* readSseEvents(response.body)
}
