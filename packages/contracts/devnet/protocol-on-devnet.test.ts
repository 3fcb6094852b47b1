import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import {
  approveVvvCall,
  claimCall,
  finalizeUnstakeCall,
  initiateUnstakeCall,
  mintDiemCall,
  stakeCall,
} from '@rialto/protocol/actions'
import { describeError } from '@rialto/protocol/errors'
import { previewBurn, previewMint, readMintRateTable } from '@rialto/protocol/mint-preview'
import { readPosition } from '@rialto/protocol/position'
import { createWalletClient, http, parseEther, UserRejectedRequestError } from 'viem'
import { describe, expect, it } from 'vitest'
import { devAccounts } from './accounts'
import { useSeededDevnet } from './seeded-devnet-for-tests'

const chainId = devnetChain.id
const [dev0, dev1, , , dev4] = devAccounts

const devnet = useSeededDevnet('protocol')

const simulate = async (
  account: typeof dev0,
  request: Parameters<typeof devnet.session.publicClient.simulateContract>[0],
) => {
  try {
    await devnet.session.publicClient.simulateContract({ ...request, account })
    return null
  } catch (error) {
    return describeError(error)
  }
}

describe('readPosition', () => {
  it('reads in one multicall what the contracts say one call at a time', async () => {
    const address = dev0?.address ?? '0x'
    const blockNumber = await devnet.session.publicClient.getBlockNumber()
    const position = await readPosition(devnet.session.publicClient, { chainId, address })
    expect(position.blockNumber).toBe(blockNumber)
    const at = { blockNumber }
    expect(position.vvv.balance).toBe(await devnet.session.read.vvv.read.balanceOf([address], at))
    expect(position.staking.balance).toBe(await devnet.session.read.staking.read.balanceOf([address], at))
    expect(position.staking.unlocked).toBe(await devnet.session.read.staking.read.balanceOfUnlocked([address], at))
    expect(position.staking.pendingRewards).toBe(await devnet.session.read.staking.read.pendingRewards([address], at))
    const [locked, outstanding] = await devnet.session.read.staking.read.lockedStakes([address], at)
    expect([position.staking.locked, position.staking.outstandingDiem]).toEqual([locked, outstanding])
    const [, cooldownEnd, cooldownAmount] = await devnet.session.read.staking.read.stakes([address], at)
    expect(position.staking.unstake).toEqual({ amount: cooldownAmount, cooldownEnd })
    const [staked, diemCooldownEnd, diemCooldownAmount] = await devnet.session.read.diem.read.stakedInfos([address], at)
    expect(position.diem).toEqual({
      balance: await devnet.session.read.diem.read.balanceOf([address], at),
      staked,
      unstake: { amount: diemCooldownAmount, cooldownEnd: diemCooldownEnd },
    })
    expect(position.network.totalStaked).toBe(await devnet.session.read.staking.read.totalSupply(at))
    expect(position.network.cooldownDuration).toBe(7n * 86_400n)
    expect(position.network.diemCooldownDuration).toBe(86_400n)
  })
})

describe('previewMint and previewBurn', () => {
  it('preview exactly what the contract quotes and mints, across buckets', async () => {
    const table = await readMintRateTable(devnet.session.publicClient, chainId)
    const supply = await devnet.session.read.diem.read.totalSupply()
    for (const sVvv of [parseEther('1'), parseEther('5000'), parseEther('900000')]) {
      const preview = previewMint(table, supply, sVvv, 50)
      expect(preview?.diemOut).toBe(await devnet.session.read.staking.read.getDiemAmountOut([sVvv]))
      expect(preview?.minDiemOut).toBe(((preview?.diemOut ?? 0n) * 9950n) / 10_000n)
    }
    const large = previewMint(table, supply, parseEther('900000'), 50)
    expect(large?.bucketsCrossed).toBeGreaterThan(0)
    expect(large?.priceImpact).toBeGreaterThan(0)
  })

  it('previewBurn matches the sVVV a real burn unlocks', async () => {
    const account = dev0
    if (!account) throw new Error('no dev account')
    const [locked, outstandingDiem] = await devnet.session.read.staking.read.lockedStakes([account.address])
    const expected = previewBurn({ locked, outstandingDiem }, parseEther('7'))
    const before = await devnet.session.read.staking.read.balanceOfUnlocked([account.address])
    await devnet.session.confirm(devnet.session.as(account).staking.write.burnDiem([parseEther('7')]))
    expect((await devnet.session.read.staking.read.balanceOfUnlocked([account.address])) - before).toBe(expected)
  })
})

describe('actions and describeError on real reverts', () => {
  it('simulates a correct stake after an exact approval', async () => {
    const account = dev4
    if (!account) throw new Error('no dev account')
    const amount = parseEther('100')
    const wallet = createWalletClient({ account, chain: devnetChain, transport: http(devnet.session.rpcUrl) })
    const { request } = await devnet.session.publicClient.simulateContract({
      ...approveVvvCall(chainId, amount),
      account,
    })
    await devnet.session.publicClient.waitForTransactionReceipt({ hash: await wallet.writeContract(request) })
    expect(await simulate(account, stakeCall(chainId, account.address, amount))).toBeNull()
  })

  it('says why: no allowance, cooldown not over, slippage, nothing to claim', async () => {
    if (!dev0 || !dev1 || !dev4) throw new Error('no dev accounts')
    expect(await simulate(dev4, stakeCall(chainId, dev4.address, parseEther('1000')))).toMatchObject({
      kind: 'insufficient-balance',
    })
    expect(await simulate(dev0, finalizeUnstakeCall(chainId))).toMatchObject({ kind: 'cooldown' })
    const quoted = await devnet.session.read.staking.read.getDiemAmountOut([parseEther('100')])
    expect(await simulate(dev0, mintDiemCall(chainId, parseEther('100'), quoted + 1n))).toMatchObject({
      kind: 'slippage',
    })
    expect(await simulate(dev4, claimCall(chainId))).toMatchObject({ message: 'There are no rewards to claim yet.' })
    expect(await simulate(dev4, initiateUnstakeCall(chainId, parseEther('1')))).toMatchObject({
      kind: 'insufficient-balance',
    })
  })

  it('says when the wallet rejected, and when the node is down', async () => {
    const rejected = new UserRejectedRequestError(new Error('User denied transaction signature.'))
    expect(describeError(rejected).kind).toBe('rejected')
    const offline = createWalletClient({ chain: devnetChain, transport: http('http://127.0.0.1:1', { retryCount: 0 }) })
    const error = await offline.getChainId().catch((thrown: unknown) => thrown)
    expect(describeError(error).kind).toBe('rpc-down')
  })
})
