import * as v from 'valibot'
import { jsonObject, jsonText, numericValue, orUndefined } from './response-schemas'

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

const usageSchema = v.pipe(
  jsonObject({
    prompt_tokens: v.fallback(numericValue, 0),
    completion_tokens: v.fallback(numericValue, 0),
    total_tokens: orUndefined(numericValue),
  }),
  v.transform(
    ({ prompt_tokens, completion_tokens, total_tokens }): ChatCompletionUsage => ({
      promptTokens: prompt_tokens,
      completionTokens: completion_tokens,
      totalTokens: total_tokens ?? prompt_tokens + completion_tokens,
    }),
  ),
)

/** `delta` in a streamed chunk, `message` in a whole completion. */
const messagePartSchema = jsonObject({ content: v.fallback(v.string(), '') })

const choiceSchema = jsonObject({
  delta: orUndefined(messagePartSchema),
  message: orUndefined(messagePartSchema),
  finish_reason: orUndefined(v.string()),
})

const chunkSchema = v.pipe(
  jsonText,
  jsonObject({
    // Any `error` but null ends the answer, readable or not.
    error: v.optional(v.unknown()),
    // Only the first choice is read: we never ask for more than one.
    choices: v.fallback(v.looseTuple([orUndefined(choiceSchema)]), [undefined]),
    usage: orUndefined(usageSchema),
  }),
)

/** Venice sends `"error": "text"`, OpenAI `"error": { "message": "text" }`. */
const errorMessageSchema = v.union([
  v.string(),
  v.pipe(
    jsonObject({ message: v.string() }),
    v.transform(({ message }) => message),
  ),
])

/** Reads an OpenAI chat completion chunk (`choices[0].delta`) or full completion (`choices[0].message`). */
export function parseChatCompletionChunk(data: string): ChatCompletionChunk {
  const chunk = v.safeParse(chunkSchema, data)
  if (!chunk.success) return { kind: 'malformed' }
  const { error, choices, usage } = chunk.output
  if (error !== undefined && error !== null) {
    const message = v.safeParse(errorMessageSchema, error)
    return { kind: 'error', message: message.success ? message.output : 'The server reported an error mid-stream.' }
  }
  const [choice] = choices
  return {
    kind: 'content',
    text: (choice?.delta ?? choice?.message)?.content ?? '',
    finishReason: choice?.finish_reason,
    usage,
  }
}
