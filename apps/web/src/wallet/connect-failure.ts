import { describeError } from '@rialto/protocol/errors'

export type ConnectFailure = { refused: boolean; sentence: string }

const refusedSentence = 'The wallet refused the connection. Nothing was connected.'

/** The sentence for a failed connection request; a refusal (4001, as wagmi's connectors report it) says so. */
export function describeConnectFailure(error: unknown): ConnectFailure {
  const { kind, message } = describeError(error)
  if (kind === 'rejected') return { refused: true, sentence: refusedSentence }
  return { refused: false, sentence: `The wallet did not connect. ${message}` }
}
