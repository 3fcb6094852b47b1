import { holderAccounts } from '@rialto/contracts/devnet-accounts'
import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { parseCsv } from '@rialto/protocol/csv'
import { type Address, getAddress, hexToBigInt, isAddressEqual, isHex, parseUnits } from 'viem'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort } from '../scripts/local-server.mjs'
import { requiredEnv } from './browser'
import { contracts, devAccount, publicClient } from './chain'
import { serversWithHistorySettings } from './servers-with-history-settings'

const webUrl = requiredEnv('WEB_URL')
const historyCsv = (address: string, server = webUrl) => fetch(`${server}/treasury/history.csv?address=${address}`)
const otherServers = serversWithHistorySettings()
afterAll(() => otherServers.stopAll())
const tokenContracts: Record<string, Address> = { VVV: contracts.vvv, sVVV: contracts.staking, DIEM: contracts.diem }

/** Today's balances of the three tokens, straight from the chain. */
async function balancesOf(account: Address) {
  const balanceOf = { functionName: 'balanceOf', args: [account] } as const
  const [vvv, svvv, diem] = await Promise.all([
    publicClient.readContract({ address: contracts.vvv, abi: vvvAbi, ...balanceOf }),
    publicClient.readContract({ address: contracts.staking, abi: stakingAbi, ...balanceOf }),
    publicClient.readContract({ address: contracts.diem, abi: diemAbi, ...balanceOf }),
  ])
  return { VVV: vvv, sVVV: svvv, DIEM: diem }
}

// Accounts no other browser test moves: a seeded holder and a dev account that claims rewards in the seed.
const accounts = [holderAccounts[0]?.address, devAccount(2).address].filter((address) => address !== undefined)

describe('the token history CSV on the seeded devnet', () => {
  for (const account of accounts) {
    it(`exports ${account}’s movements: each a log of its transaction, summing to today’s balances`, async () => {
      const response = await historyCsv(account.toLowerCase())
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv;charset=utf-8')
      const today = new Date().toISOString().slice(0, 10)
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="rialto-history-${getAddress(account)}-${today}.csv"`,
      )
      expect(response.headers.get('cache-control')).toBe('no-store')
      // The download's own policy, not a page's (no nonce), and the headers every response carries.
      expect(response.headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      )
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')

      const [header, ...rows] = parseCsv(await response.text())
      expect(header).toEqual([
        'date',
        'block',
        'tx hash',
        'log index',
        'account',
        'token',
        'kind',
        'amount',
        'balance change (+ in / - out)',
        'counterparty',
      ])
      expect(rows.length).toBeGreaterThan(3)
      const sums: Record<string, bigint> = { VVV: 0n, sVVV: 0n, DIEM: 0n }
      for (const [
        date = '',
        block = '',
        txHash = '',
        logIndex = '',
        rowAccount = '',
        token = '',
        ,
        amount = '',
        change = '',
      ] of rows) {
        expect(rowAccount).toBe(getAddress(account))
        expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
        if (!isHex(txHash)) throw new Error(`"${txHash}" is not a transaction hash`)
        const receipt = await publicClient.getTransactionReceipt({ hash: txHash })
        expect(receipt.blockNumber, txHash).toBe(BigInt(block))
        const { timestamp } = await publicClient.getBlock({ blockNumber: receipt.blockNumber })
        expect(Date.parse(date) / 1000, txHash).toBe(Number(timestamp))
        const log = receipt.logs.find((candidate) => candidate.logIndex === Number(logIndex))
        const tokenContract = tokenContracts[token]
        expect(log && tokenContract && isAddressEqual(log.address, tokenContract), txHash).toBe(true)
        // Every movement's event carries its amount as its only unindexed field: exact to the wei in the file.
        expect(log && hexToBigInt(log.data), txHash).toBe(parseUnits(amount, 18))
        sums[token] = (sums[token] ?? 0n) + parseUnits(change, 18)
      }
      expect(sums).toEqual(await balancesOf(account))
    })
  }

  it('answers 503 with a sentence when the server has no indexer, or its indexer does not answer', async () => {
    const account = devAccount(2).address
    const withoutIndexer = await historyCsv(account, await otherServers.serveWith(undefined))
    expect(withoutIndexer.status).toBe(503)
    expect(await withoutIndexer.text()).toBe(
      'Token history needs the history indexer, and this server is not set up to read one.\n',
    )
    const silentIndexer = `http://127.0.0.1:${await freePort()}`
    const unreachable = await historyCsv(account, await otherServers.serveWith(silentIndexer))
    expect(unreachable.status).toBe(503)
    expect(unreachable.headers.get('cache-control')).toBe('no-store')
    // The indexer's URL stays on the server.
    const text = await unreachable.text()
    expect(text).toBe('The history indexer is unavailable: it could not be reached.\n')
    expect(text).not.toContain(silentIndexer)
  })

  it('answers 400 with a sentence for an address that is not one', async () => {
    const response = await historyCsv('0x1234')
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('text/plain;charset=utf-8')
    expect(await response.text()).toBe(
      '"0x1234" is not an address: it should be 0x followed by 40 hexadecimal digits.\n',
    )
  })
})
