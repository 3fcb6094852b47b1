/**
 * Every failure this package reports, one class each. `message` is one plain sentence a person understands and
 * the only text a UI needs; `details` keeps what the server said (with the API key removed) for a "more" view.
 */

export type VeniceApiErrorOptions = {
  /** HTTP status, when the failure came from a response. */
  status?: number
  /** The server's error code, upper-cased (`INSUFFICIENT_BALANCE`, `CONTEXT_LENGTH_EXCEEDED`). */
  code?: string
  /** What the server said, already cleaned of the API key. */
  details?: string
  cause?: unknown
}

export class VeniceApiError extends Error {
  override name = 'VeniceApiError'
  readonly status: number | undefined
  readonly code: string | undefined
  readonly details: string | undefined

  constructor(message: string, options: VeniceApiErrorOptions = {}) {
    super(message, { cause: options.cause })
    this.status = options.status
    this.code = options.code
    this.details = options.details
  }
}

export class InvalidApiKeyError extends VeniceApiError {
  override name = 'InvalidApiKeyError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('This API key was not accepted: check it, or create a new one in your Venice account.', options)
  }
}

export class AccessDeniedError extends VeniceApiError {
  override name = 'AccessDeniedError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('This API key is not allowed to use this model or feature.', options)
  }
}

export class InsufficientBalanceError extends VeniceApiError {
  override name = 'InsufficientBalanceError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('Your Venice balance is empty: stake DIEM or add credit, then try again.', options)
  }
}

export class SpendLimitReachedError extends VeniceApiError {
  override name = 'SpendLimitReachedError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('This API key has reached its spending limit: raise the limit or wait for the next epoch.', options)
  }
}

const inSeconds = (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`)

export class RateLimitedError extends VeniceApiError {
  override name = 'RateLimitedError'
  /** Whole seconds to wait before retrying, when the server said. */
  readonly retryAfterSeconds: number | undefined

  constructor(options: VeniceApiErrorOptions & { retryAfterSeconds?: number } = {}) {
    const { retryAfterSeconds, ...rest } = options
    super(
      retryAfterSeconds === undefined
        ? 'Too many requests: wait a moment, then try again.'
        : `Too many requests: try again in ${inSeconds(retryAfterSeconds)}.`,
      rest,
    )
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export class ModelNotFoundError extends VeniceApiError {
  override name = 'ModelNotFoundError'
  readonly model: string | undefined

  constructor(options: VeniceApiErrorOptions & { model?: string } = {}) {
    const { model, ...rest } = options
    super(
      model === undefined
        ? 'This model does not exist on this server: pick another one.'
        : `The model "${model}" does not exist on this server: pick another one.`,
      rest,
    )
    this.model = model
  }
}

export class ModelUnavailableError extends VeniceApiError {
  override name = 'ModelUnavailableError'
  readonly retryAfterSeconds: number | undefined

  constructor(options: VeniceApiErrorOptions & { retryAfterSeconds?: number } = {}) {
    const { retryAfterSeconds, ...rest } = options
    super('This model is offline or at capacity right now: try again shortly, or pick another one.', rest)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export class ContentPolicyError extends VeniceApiError {
  override name = 'ContentPolicyError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('Venice declined this request under its content policy.', options)
  }
}

export class ContextTooLongError extends VeniceApiError {
  override name = 'ContextTooLongError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('This conversation is too long for the model: start a new chat or shorten it.', options)
  }
}

export class InvalidRequestError extends VeniceApiError {
  override name = 'InvalidRequestError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super(`The server refused this request${options.status ? ` (error ${options.status})` : ''}.`, options)
  }
}

export class EndpointNotFoundError extends VeniceApiError {
  override name = 'EndpointNotFoundError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('Nothing answers at this API address: check the URL in the settings.', options)
  }
}

export class ServerError extends VeniceApiError {
  override name = 'ServerError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super(
      `The server failed to answer${options.status ? ` (error ${options.status})` : ''}: try again in a moment.`,
      options,
    )
  }
}

export class UnexpectedResponseError extends VeniceApiError {
  override name = 'UnexpectedResponseError'
  constructor(options: VeniceApiErrorOptions = {}) {
    super('The server answered in a format this app does not understand: check the API address.', options)
  }
}

export class NetworkError extends VeniceApiError {
  override name = 'NetworkError'
  constructor(
    options: VeniceApiErrorOptions = {},
    message = 'Could not reach the server: check your internet connection.',
  ) {
    super(message, options)
  }
}

/**
 * The browser refused to let the page read the answer (CORS): something answered a bare `no-cors` request to the
 * same address, so the server is there but does not allow this site. It stays a `NetworkError` for code that only
 * checks that.
 */
export class CorsBlockedError extends NetworkError {
  override name = 'CorsBlockedError'
  readonly host: string
  readonly pageOrigin: string

  constructor(options: VeniceApiErrorOptions & { host: string; pageOrigin: string }) {
    const { host, pageOrigin, ...rest } = options
    super(
      rest,
      `The browser blocked the request to ${host} (CORS): that server does not allow calls from ${pageOrigin}.`,
    )
    this.host = host
    this.pageOrigin = pageOrigin
  }
}

/** Nothing answered at all, not even a bare `no-cors` request: usually a local model server that is not running. */
export class ServerUnreachableError extends NetworkError {
  override name = 'ServerUnreachableError'
  readonly host: string

  constructor(options: VeniceApiErrorOptions & { host: string }) {
    const { host, ...rest } = options
    super(rest, `Nothing answered at ${host} — is the server running?`)
    this.host = host
  }
}

/** The answer stopped before the server said it was complete; `partialText` is what arrived until then. */
export class StreamCutError extends VeniceApiError {
  override name = 'StreamCutError'
  readonly partialText: string

  constructor(options: VeniceApiErrorOptions & { partialText: string }) {
    const { partialText, ...rest } = options
    super('The answer was cut off before it finished.', rest)
    this.partialText = partialText
  }
}
