// The devnet's treasury Safe: a DAO sets up a 2-of-3 Safe in autumn 2025, receives VVV from the Venice treasury,
// and stakes, mints and stakes DIEM through the Safe itself (execTransaction, batched by MultiSendCallOnly).
import { devnet } from '@rialto/contracts-abi/chains'
import { devnetTreasurySafe, safeAbi, safeContracts, safeProxyFactoryAbi } from '@rialto/contracts-abi/safe'
import { approveVvvCall, mintDiemCall, stakeCall, stakeDiemCall } from '@rialto/protocol/actions'
import { type RawCall, toRawCall } from '@rialto/protocol/call-review'
import { type Address, encodeFunctionData, getAddress, type Hex, parseEther, parseEventLogs, zeroAddress } from 'viem'
import { treasuryAccount, treasurySafeOwners } from './accounts'
import { DevnetError } from './anvil'
import { executeSafeTransaction } from './safe-execution'
import type { DevnetSession } from './session'

const chainId = devnet.id
const safe = devnetTreasurySafe
const vvv = (amount: number) => parseEther(String(amount))
const diem = vvv

/** What the seed does with the Safe; the devnet tests read these back from the chain. */
export const treasurySafeStory = {
  grantVvv: vvv(500_000),
  stakedVvv: vvv(400_000),
  mintedDiem: diem(600),
  stakedDiem: diem(400),
} as const

/** Fixed, so that the proxy factory puts the Safe at the same address on every new devnet. */
export const treasurySafeSaltNonce = 20_251_001n
export const treasurySafeThreshold = 2n

/** Safe{Wallet}'s setup for a new Safe: owners, threshold and the fallback handler; no module, no payment. */
export const treasurySafeInitializer = (): Hex =>
  encodeFunctionData({
    abi: safeAbi,
    functionName: 'setup',
    args: [
      treasurySafeOwners.map((owner) => owner.address),
      treasurySafeThreshold,
      zeroAddress,
      '0x',
      safeContracts[chainId].compatibilityFallbackHandler,
      zeroAddress,
      0n,
      zeroAddress,
    ],
  })

type Schedule = (date: string, offsetSeconds: number, label: string, run: () => Promise<void>) => void
/** The sVVV a mint of `wantedDiemWei` costs now and the least DIEM it may give (the seed's own mint quote). */
type QuoteMint = (wantedDiemWei: bigint) => Promise<{ sVvvAmountWei: bigint; minDiemOutWei: bigint }>

/** Adds the treasury Safe's steps to the seed's timeline. */
export function scheduleTreasurySafe(session: DevnetSession, at: Schedule, quoteMint: QuoteMint): void {
  const [submitter] = treasurySafeOwners
  if (!submitter) throw new DevnetError('missing the treasury Safe owners')
  // Owner 21 submits each transaction once two owners have signed, as one does in Safe{Wallet}.
  const execute = async (calls: RawCall[]) => {
    await executeSafeTransaction({
      publicClient: session.publicClient,
      sender: session.walletFor(submitter),
      safe,
      calls,
      owners: treasurySafeOwners.slice(0, 2),
    })
  }

  at('2025-10-01', 10 * 3600, 'a DAO creates its 2-of-3 treasury Safe', async () => {
    for (const owner of treasurySafeOwners) {
      await session.testClient.setBalance({ address: owner.address, value: parseEther('10') })
    }
    await createTreasurySafe(session)
  })
  at('2025-10-02', 15 * 3600, 'the Venice treasury grants the DAO Safe VVV', () =>
    session.confirm(session.as(treasuryAccount).vvv.write.transfer([safe, treasurySafeStory.grantVvv])),
  )
  at('2025-10-06', 14 * 3600, 'the treasury Safe approves and stakes VVV', () =>
    execute([
      toRawCall(approveVvvCall(chainId, treasurySafeStory.stakedVvv)),
      toRawCall(stakeCall(chainId, safe, treasurySafeStory.stakedVvv)),
    ]),
  )
  at('2025-11-18', 16 * 3600, 'the treasury Safe mints DIEM and stakes part of it', async () => {
    const { sVvvAmountWei, minDiemOutWei } = await quoteMint(treasurySafeStory.mintedDiem)
    if (minDiemOutWei < treasurySafeStory.stakedDiem) throw new DevnetError('the Safe would stake DIEM it may not get')
    await execute([
      toRawCall(mintDiemCall(chainId, sVvvAmountWei, minDiemOutWei)),
      toRawCall(stakeDiemCall(chainId, treasurySafeStory.stakedDiem)),
    ])
  })
}

async function createTreasurySafe(session: DevnetSession): Promise<Address> {
  const { safeProxyFactory, safeL2 } = safeContracts[chainId]
  const [creator] = treasurySafeOwners
  if (!creator) throw new DevnetError('missing the treasury Safe owners')
  const hash = await session.walletFor(creator).writeContract({
    address: safeProxyFactory,
    abi: safeProxyFactoryAbi,
    functionName: 'createProxyWithNonce',
    args: [safeL2, treasurySafeInitializer(), treasurySafeSaltNonce],
  })
  const receipt = await session.publicClient.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  if (receipt.status !== 'success') throw new DevnetError(`createProxyWithNonce ${hash} reverted`)
  const [created] = parseEventLogs({ abi: safeProxyFactoryAbi, logs: receipt.logs, eventName: 'ProxyCreation' })
  const proxy = created?.args.proxy ?? zeroAddress
  if (getAddress(proxy) !== getAddress(safe)) {
    throw new DevnetError(
      `the treasury Safe landed at ${proxy}, but @rialto/contracts-abi expects ${safe}: update devnetTreasurySafe.`,
    )
  }
  return proxy
}
