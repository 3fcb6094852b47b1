import { failureModes, streamModes } from './failure-modes'

/** The JSON the test server reads and answers with: deterministic, shaped like Venice's. */

const models = [
  { id: 'venice-uncensored', name: 'Venice Uncensored', context: 32_768, privacy: 'private', usd: [0.2, 0.9] },
  { id: 'qwen3-4b', name: 'Venice Small', context: 40_960, privacy: 'private', usd: [0.05, 0.15] },
  { id: 'llama-3.3-70b', name: 'Llama 3.3 70B', context: 65_536, privacy: 'anonymized', usd: [0.7, 2.8] },
] as const

const created = 1_767_225_600 // 2026-01-01, fixed so answers never change

export const isKnownModel = (id: string) => models.some((model) => model.id === id) || id in streamModes

export function modelList() {
  const regular = models.map((model) => ({
    id: model.id,
    object: 'model',
    created,
    owned_by: 'venice.ai',
    type: 'text',
    model_spec: {
      name: model.name,
      availableContextTokens: model.context,
      privacy: model.privacy,
      offline: false,
      pricing: {
        input: { usd: model.usd[0], diem: model.usd[0] },
        output: { usd: model.usd[1], diem: model.usd[1] },
      },
    },
  }))
  // Listed so a browser test can pick them from the model menu; bare, like a model from a local server.
  const special = [...Object.keys(failureModes), ...Object.keys(streamModes)].map((id) => ({ id, object: 'model' }))
  return { object: 'list', type: 'text', data: [...regular, ...special] }
}

export function balanceBody(balance: { diem: number | null; usd: number }) {
  const { diem, usd } = balance
  return {
    canConsume: (diem ?? 0) > 0 || usd > 0,
    consumptionCurrency: diem === null ? 'USD' : 'DIEM',
    balances: { diem, usd },
    diemEpochAllocation: diem === null ? 0 : 100,
  }
}

export const answerTo = (lastUserMessage: string | undefined) => `You said: ${lastUserMessage ?? 'nothing'}`

/** The answer as streamed: word by word, spaces kept, so the pieces join back to the answer. */
export const answerPieces = (answer: string) => answer.match(/\S+\s*|\s+/g) ?? []

export function usage(answer: string, pieces: number) {
  const promptTokens = answer.split(/\s+/).length
  return { prompt_tokens: promptTokens, completion_tokens: pieces, total_tokens: promptTokens + pieces }
}

export function completionBody(model: string, answer: string) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }],
    usage: usage(answer, answerPieces(answer).length),
  }
}

export function chunkEvent(model: string, fields: object): string {
  return `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created, model, ...fields })}\n\n`
}

export type ChatRequest = { model: string; stream: boolean; lastUserMessage?: string }

export function parseChatRequest(text: string): ChatRequest | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null || !('model' in body) || typeof body.model !== 'string') {
    return undefined
  }
  const messages: unknown[] = 'messages' in body && Array.isArray(body.messages) ? body.messages : []
  const userContents = messages.flatMap((message) =>
    typeof message === 'object' &&
    message !== null &&
    'role' in message &&
    message.role === 'user' &&
    'content' in message &&
    typeof message.content === 'string'
      ? [message.content]
      : [],
  )
  return { model: body.model, stream: 'stream' in body && body.stream === true, lastUserMessage: userContents.at(-1) }
}
