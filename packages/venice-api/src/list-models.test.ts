import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVeniceClient } from './client'
import { EndpointNotFoundError, UnexpectedResponseError } from './errors'
import { listModels } from './list-models'
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from './testing/openai-compatible-server'

let server: OpenAiCompatibleServer

beforeAll(async () => {
  server = await startOpenAiCompatibleServer()
})
afterAll(() => server.close())

const answering = (body: unknown, init?: ResponseInit) =>
  createVeniceClient({ fetch: async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), init) })

describe('listModels', () => {
  it("reads Venice's model_spec: name, context, privacy and prices", async () => {
    const models = await listModels(createVeniceClient({ baseUrl: server.url }))
    expect(models[0]).toEqual({
      id: 'venice-uncensored',
      name: 'Venice Uncensored',
      contextLength: 32_768,
      privacy: 'private',
      pricing: { input: { usd: 0.2, diem: 0.2 }, output: { usd: 0.9, diem: 0.9 } },
      offline: false,
    })
    expect(models.map((model) => model.id)).toContain('fail-429')
  })

  it('accepts the bare OpenAI list of a local model server', async () => {
    const models = await listModels(answering({ object: 'list', data: [{ id: 'llama3.2:3b', object: 'model' }] }))
    expect(models).toEqual([{ id: 'llama3.2:3b' }])
  })

  it('accepts a top-level array and skips entries without an id', async () => {
    const models = await listModels(answering([{ id: 'a', context_length: 8192 }, { name: 'no id' }, 'junk']))
    expect(models).toEqual([{ id: 'a', contextLength: 8192 }])
  })

  it('rejects an answer that is not a model list', async () => {
    await expect(listModels(answering('<!doctype html><p>Welcome</p>'))).rejects.toBeInstanceOf(UnexpectedResponseError)
    await expect(listModels(answering({ models: 'none' }))).rejects.toBeInstanceOf(UnexpectedResponseError)
  })

  it('says nothing answers at a wrong API address', async () => {
    const client = createVeniceClient({ baseUrl: server.url.replace('/api/v1', '/wrong') })
    await expect(listModels(client)).rejects.toBeInstanceOf(EndpointNotFoundError)
  })
})
