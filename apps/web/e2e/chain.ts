import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet } from '@rialto/contracts-abi/chains'
import {
  type Address,
  createPublicClient,
  createTestClient,
  createWalletClient,
  encodeAbiParameters,
  type Hash,
  http,
  keccak256,
  pad,
  parseEventLogs,
  type TransactionReceipt,
  zeroAddress,
} from 'viem'
import { mnemonicToAccount } from 'viem/accounts'
import { requiredEnv } from './browser'

/** viem clients on the e2e devnet: every assertion about balances reads the chain, not the screen. */
const transport = http(requiredEnv('DEVNET_RPC_URL'))
export const publicClient = createPublicClient({ chain: devnet, transport })
export const testClient = createTestClient({ chain: devnet, transport, mode: 'anvil' })
export const contracts = veniceContracts[devnet.id]

export const devAccount = (addressIndex: number) =>
  mnemonicToAccount('test test test test test test test test test test test junk', { addressIndex })

/** A wallet outside the page, for moving the chain under the app's feet (another holder minting DIEM). */
export const otherWallet = (addressIndex: number) =>
  createWalletClient({ chain: devnet, transport, account: devAccount(addressIndex) })

/** Everything the tests compare, read at one block. */
export async function chainState(account: Address, blockNumber?: bigint) {
  const at = { blockNumber } as const
  const [vvv, allowance, sVvv, unlocked, [locked, outstandingDiem], pendingRewards, stake, diem, diemInfo, nonce] =
    await Promise.all([
      publicClient.readContract({
        address: contracts.vvv,
        abi: vvvAbi,
        functionName: 'balanceOf',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.vvv,
        abi: vvvAbi,
        functionName: 'allowance',
        args: [account, contracts.staking],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'balanceOf',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'balanceOfUnlocked',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'lockedStakes',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'pendingRewards',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.staking,
        abi: stakingAbi,
        functionName: 'stakes',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.diem,
        abi: diemAbi,
        functionName: 'balanceOf',
        args: [account],
        ...at,
      }),
      publicClient.readContract({
        address: contracts.diem,
        abi: diemAbi,
        functionName: 'stakedInfos',
        args: [account],
        ...at,
      }),
      publicClient.getTransactionCount({ address: account, blockNumber }),
    ])
  return {
    vvv,
    allowance,
    sVvv,
    unlocked,
    locked,
    outstandingDiem,
    pendingRewards,
    unstake: { amount: stake[2], cooldownEnd: stake[1] },
    diem,
    diemStaked: diemInfo[0],
    diemUnstake: { amount: diemInfo[2], cooldownEnd: diemInfo[1] },
    nonce,
  }
}

/** The state just before and just after the block of `hash`, and that block's timestamp. */
export async function aroundTransaction(account: Address, hash: Hash) {
  const receipt = await publicClient.getTransactionReceipt({ hash })
  const [before, after, block] = await Promise.all([
    chainState(account, receipt.blockNumber - 1n),
    chainState(account, receipt.blockNumber),
    publicClient.getBlock({ blockNumber: receipt.blockNumber }),
  ])
  return { receipt, before, after, timestamp: block.timestamp }
}

/** Moves the chain's clock forward and mines a block at the new time. */
export async function advanceTime(seconds: number) {
  await testClient.increaseTime({ seconds })
  await testClient.mine({ blocks: 1 })
}

/** Stops the 1-second blocks, so transactions wait in the pool until `mine`. */
export const pauseMining = () => testClient.setIntervalMining({ interval: 0 })
export const resumeMining = () => testClient.setIntervalMining({ interval: devnet.blockTime / 1_000 })

/** A block for every transaction the moment it arrives, and none otherwise; `resumeMining` undoes it. */
export async function mineEveryTransaction() {
  await testClient.setIntervalMining({ interval: 0 })
  await testClient.setAutomine(true)
}
export async function restoreIntervalMining() {
  await testClient.setAutomine(false)
  await resumeMining()
}

/**
 * Empties `account`'s VVV balance without a transaction (storage write), so a transaction waiting in the pool
 * that needs the VVV reverts when it is mined. The mapping's slot is found by probing the first slots.
 */
export async function emptyVvvBalance(account: Address) {
  const balance = await publicClient.readContract({
    address: contracts.vvv,
    abi: vvvAbi,
    functionName: 'balanceOf',
    args: [account],
  })
  for (let slot = 0n; slot < 16n; slot++) {
    const key = keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }], [account, slot]))
    const stored = await publicClient.getStorageAt({ address: contracts.vvv, slot: key })
    if (stored !== undefined && BigInt(stored) === balance) {
      await testClient.setStorageAt({ address: contracts.vvv, index: key, value: pad('0x0') })
      return
    }
  }
  throw new Error(`No VVV storage slot holds ${account}'s balance`)
}

/** VVV minted to `account` in a transaction: the staking rewards it harvested. */
export function rewardsPaid(receipt: TransactionReceipt, account: Address): bigint {
  return parseEventLogs({ abi: vvvAbi, eventName: 'Transfer', logs: receipt.logs })
    .filter((log) => log.address.toLowerCase() === contracts.vvv.toLowerCase())
    .filter(({ args }) => args.from === zeroAddress && args.to === account)
    .reduce((sum, { args }) => sum + args.amount, 0n)
}
