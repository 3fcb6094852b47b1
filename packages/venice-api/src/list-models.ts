import type { VeniceClient } from './client'
import { UnexpectedResponseError } from './errors'
import { isRecord, type JsonRecord, readNumber, readRecord, readString } from './json-fields'
import { requestJson } from './request'

/** Price per million tokens, in each currency Venice bills in. */
export type TokenPrice = { usd?: number; diem?: number }

export type ModelPricing = { input: TokenPrice; output: TokenPrice }

export type VeniceModel = {
  id: string
  name?: string
  /** Tokens the model accepts in one conversation. */
  contextLength?: number
  /** `private`: Venice keeps nothing; `anonymized`: a third party serves it without knowing who asks. */
  privacy?: 'private' | 'anonymized'
  pricing?: ModelPricing
  /** Listed but not answering right now. */
  offline?: boolean
}

/**
 * The text models a server offers. Reads Venice's `model_spec` when present and falls back to the bare
 * OpenAI `{ data: [{ id }] }` that local model servers send.
 */
export async function listModels(client: VeniceClient, options: { signal?: AbortSignal } = {}): Promise<VeniceModel[]> {
  const body = await requestJson(client, '/models?type=text', { signal: options.signal })
  const entries = Array.isArray(body) ? body : isRecord(body) && Array.isArray(body.data) ? body.data : undefined
  if (entries === undefined) throw new UnexpectedResponseError({ details: 'The model list has no "data" array.' })
  return entries.filter(isRecord).flatMap((entry) => {
    const model = toModel(entry)
    return model === undefined ? [] : [model]
  })
}

function toModel(entry: JsonRecord): VeniceModel | undefined {
  const id = readString(entry, 'id')
  if (id === undefined || id === '') return undefined
  const spec = readRecord(entry, 'model_spec') ?? {}
  const privacy = readString(spec, 'privacy')
  const offline = spec.offline
  return {
    id,
    name: readString(spec, 'name') ?? readString(entry, 'name'),
    contextLength: readNumber(spec, 'availableContextTokens') ?? readNumber(entry, 'context_length'),
    privacy: privacy === 'private' || privacy === 'anonymized' ? privacy : undefined,
    pricing: toPricing(readRecord(spec, 'pricing')),
    offline: typeof offline === 'boolean' ? offline : undefined,
  }
}

function toPricing(pricing: JsonRecord | undefined): ModelPricing | undefined {
  const input = pricing && readRecord(pricing, 'input')
  const output = pricing && readRecord(pricing, 'output')
  if (input === undefined || output === undefined) return undefined
  return { input: toTokenPrice(input), output: toTokenPrice(output) }
}

const toTokenPrice = (price: JsonRecord): TokenPrice => ({
  usd: readNumber(price, 'usd'),
  diem: readNumber(price, 'diem'),
})
