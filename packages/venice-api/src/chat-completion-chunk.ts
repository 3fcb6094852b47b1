import { isRecord, type JsonRecord, parseJson, readNumber, readRecord, readString } from './json-fields'

export type ChatCompletionUsage = {
  promptTokens: number
  completionTokens: number
  totalTokens: number
}

/** What one streamed `data:` payload (or a whole non-streamed completion) carries for us. */
export type ChatCompletionChunk =
  | { kind: 'content'; text: string; finishReason?: string; usage?: ChatCompletionUsage }
  | { kind: 'error'; message: string }
  | { kind: 'malformed' }

/** Reads an OpenAI chat completion chunk (`choices[0].delta`) or full completion (`choices[0].message`). */
export function parseChatCompletionChunk(data: string): ChatCompletionChunk {
  const json = parseJson(data)
  if (!isRecord(json)) return { kind: 'malformed' }
  const error = json.error
  if (error !== undefined && error !== null) {
    const message = typeof error === 'string' ? error : isRecord(error) ? readString(error, 'message') : undefined
    return { kind: 'error', message: message ?? 'The server reported an error mid-stream.' }
  }
  const choices = Array.isArray(json.choices) ? json.choices : []
  const choice: unknown = choices[0]
  const first = isRecord(choice) ? choice : {}
  const part = readRecord(first, 'delta') ?? readRecord(first, 'message') ?? {}
  return {
    kind: 'content',
    text: readString(part, 'content') ?? '',
    finishReason: readString(first, 'finish_reason'),
    usage: parseUsage(readRecord(json, 'usage')),
  }
}

function parseUsage(usage: JsonRecord | undefined): ChatCompletionUsage | undefined {
  if (usage === undefined) return undefined
  const promptTokens = readNumber(usage, 'prompt_tokens') ?? 0
  const completionTokens = readNumber(usage, 'completion_tokens') ?? 0
  return {
    promptTokens,
    completionTokens,
    totalTokens: readNumber(usage, 'total_tokens') ?? promptTokens + completionTokens,
  }
}
