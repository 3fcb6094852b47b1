import * as v from 'valibot'
import type { VeniceClient } from './client'
import { UnexpectedResponseError } from './errors'
import { requestJson } from './request'
import { jsonObject, numericValue, orUndefined } from './response-schemas'

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

const tokenPriceSchema = v.pipe(
  jsonObject({ usd: orUndefined(numericValue), diem: orUndefined(numericValue) }),
  v.transform(({ usd, diem }): TokenPrice => ({ usd, diem })),
)

/** Venice's extra description of a model; every field is optional, since other servers send none of it. */
const modelSpecSchema = jsonObject({
  name: orUndefined(v.string()),
  availableContextTokens: orUndefined(numericValue),
  privacy: orUndefined(v.picklist(['private', 'anonymized'])),
  pricing: orUndefined(jsonObject({ input: tokenPriceSchema, output: tokenPriceSchema })),
  offline: orUndefined(v.boolean()),
})

/** One entry of the list: only a non-empty `id` is required. */
const modelSchema = v.pipe(
  jsonObject({
    id: v.pipe(v.string(), v.nonEmpty()),
    name: orUndefined(v.string()),
    context_length: orUndefined(numericValue),
    model_spec: orUndefined(modelSpecSchema),
  }),
  v.transform(
    ({ id, name, context_length, model_spec: spec }): VeniceModel => ({
      id,
      name: spec?.name ?? name,
      contextLength: spec?.availableContextTokens ?? context_length,
      privacy: spec?.privacy,
      pricing: spec?.pricing,
      offline: spec?.offline,
    }),
  ),
)

/** Venice and OpenAI send `{ data: [...] }`; some local servers send the bare array. */
const modelListSchema = v.union([
  v.array(v.unknown()),
  v.pipe(
    v.object({ data: v.array(v.unknown()) }),
    v.transform(({ data }) => data),
  ),
])

/**
 * The text models a server offers. Reads Venice's `model_spec` when present and falls back to the bare
 * OpenAI `{ data: [{ id }] }` that local model servers send. Entries it cannot read are skipped.
 */
export async function listModels(client: VeniceClient, options: { signal?: AbortSignal } = {}): Promise<VeniceModel[]> {
  const body = await requestJson(client, '/models?type=text', { signal: options.signal })
  const entries = v.safeParse(modelListSchema, body)
  if (!entries.success) throw new UnexpectedResponseError({ details: 'The model list has no "data" array.' })
  return entries.output.flatMap((entry) => {
    const model = v.safeParse(modelSchema, entry)
    return model.success ? [model.output] : []
  })
}
