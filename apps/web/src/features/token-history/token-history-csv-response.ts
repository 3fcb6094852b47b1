import { csvMediaType, tokenMovementsCsv } from '@rialto/protocol/csv'
import type { HistorySource } from '@rialto/protocol/history'
import { utcDay } from '@rialto/protocol/history-series'
import { getAddress, isAddress } from 'viem'
import { historyFailure } from '../../history/history-on-server'

const headers = {
  // One account's history, changing with every block: never kept by a browser or a proxy.
  'cache-control': 'no-store',
  // Not a page (the proxy's policy is for pages): should a browser ever show it, it may run and load nothing.
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
}

/**
 * The CSV of an account's token movements (`?address=0x…`), or a one-sentence plain-text answer saying why not:
 * 400 for a missing or bad address, 503 when the indexer is not configured or cannot give the history.
 */
export async function tokenHistoryCsvResponse(
  addressParam: string | null,
  source: HistorySource | null,
  now: Date = new Date(),
): Promise<Response> {
  if (!addressParam) return sentence(400, 'Say whose token history to export with ?address=0x… in the URL.')
  if (!isAddress(addressParam, { strict: false })) {
    // Echoed back only while short enough to be a typo of an address.
    const given = addressParam.length <= 64 ? `"${addressParam}"` : 'That'
    return sentence(400, `${given} is not an address: it should be 0x followed by 40 hexadecimal digits.`)
  }
  if (!source)
    return sentence(503, 'Token history needs the history indexer, and this server is not set up to read one.')
  const account = getAddress(addressParam)
  let history: Awaited<ReturnType<HistorySource['account']>>
  try {
    history = await source.account(account)
  } catch (error) {
    const reason = historyFailure(error)
    console.warn(`Token history export failed (${reason}).`)
    return sentence(503, `The history indexer is unavailable: ${reason}.`)
  }
  const filename = `rialto-history-${account}-${utcDay(Math.floor(now.getTime() / 1000))}.csv`
  return new Response(tokenMovementsCsv(account, history.movements), {
    status: 200,
    headers: {
      ...headers,
      'content-type': csvMediaType,
      'content-disposition': `attachment; filename="${filename}"`,
    },
  })
}

function sentence(status: 400 | 503, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...headers, 'content-type': 'text/plain;charset=utf-8' },
  })
}
