import * as v from 'valibot'
import type { VeniceClient } from './client'
import { errorFromFetchFailure, errorFromResponse, somethingAnswers } from './error-from-response'
import { NetworkError, UnexpectedResponseError, VeniceApiError } from './errors'
import { jsonText } from './response-schemas'

export type RequestOptions = {
  method?: 'GET' | 'POST'
  /** Sent as JSON. */
  body?: unknown
  signal?: AbortSignal
  /** The model asked for, so that a "not found" can name it. */
  model?: string
}

/**
 * One HTTP call to the API: adds the key, and turns every failure into a `VeniceApiError`. An abort by the
 * caller is rethrown as it came (an `AbortError`): stopping is not a failure.
 */
export async function request(client: VeniceClient, path: string, options: RequestOptions = {}): Promise<Response> {
  const { method = 'GET', body, signal, model } = options
  const url = `${client.baseUrl}${path}`
  const headers: Record<string, string> = {}
  if (client.apiKey !== undefined) headers.authorization = `Bearer ${client.apiKey}`
  if (body !== undefined) headers['content-type'] = 'application/json'

  let response: Response
  try {
    response = await client.fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      // Answers, balances and the endpoint's URL stay out of the browser's disk cache.
      cache: 'no-store',
    })
  } catch (error) {
    if (signal?.aborted || error instanceof VeniceApiError) throw error
    const failure = await errorFromFetchFailure(url, error, {
      probe: (target) => somethingAnswers(client.fetch, target, signal),
    })
    // Stopped while the probe ran: stopping is still not a failure.
    signal?.throwIfAborted()
    throw failure
  }
  if (!response.ok) {
    const text = await response.text().catch(() => '')
    throw errorFromResponse(response, text, { apiKey: client.apiKey, model })
  }
  return response
}

/** `request`, then the body as parsed JSON; a body that is not JSON (an HTML page at a wrong URL) is an error. */
export async function requestJson(client: VeniceClient, path: string, options: RequestOptions = {}): Promise<unknown> {
  const response = await request(client, path, options)
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (options.signal?.aborted) throw error
    // Headers arrived, so CORS allowed the call: losing the body is the connection's fault.
    throw new NetworkError({ cause: error })
  }
  const json = v.safeParse(jsonText, text)
  if (!json.success) throw new UnexpectedResponseError({ status: response.status })
  return json.output
}
