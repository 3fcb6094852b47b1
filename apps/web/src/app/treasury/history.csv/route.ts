import { tokenHistoryCsvResponse } from '../../../features/token-history/token-history-csv-response'
import { historySourceOnServer } from '../../../history/history-on-server'

/** `GET /treasury/history.csv?address=0x…`: an account's token movements as CSV, read from the indexer here. */

// Each download is the history as of now: never cached, never pre-rendered.
export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  return tokenHistoryCsvResponse(new URL(request.url).searchParams.get('address'), historySourceOnServer())
}
