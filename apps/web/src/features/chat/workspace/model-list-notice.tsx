import { Notice } from '@rialto/ui/notice'
import type { EndpointMode } from '../endpoint/chat-settings'
import { shouldOfferPassThrough } from '../endpoint/endpoint'
import { errorSentence } from '../errors/error-sentence'

export type ModelListNoticeProps = {
  error: unknown
  mode: EndpointMode
  onUsePassThrough: () => void
}

/** Why the model list did not load; the pass-through is offered when the browser blocked a direct call. */
export function ModelListNotice({ error, mode, onUsePassThrough }: ModelListNoticeProps) {
  if (!error) return null
  return (
    <Notice tone="error" title={`The model list could not be loaded: ${errorSentence(error)}`}>
      {shouldOfferPassThrough(error, mode) ? (
        <button type="button" className="mt-1 text-amber-300 underline" onClick={onUsePassThrough}>
          Use Rialto’s pass-through (stores nothing)
        </button>
      ) : null}
    </Notice>
  )
}
