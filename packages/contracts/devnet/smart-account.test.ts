import { batchExecutorAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { devnetBatchExecutor, veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import { approveVvvCall, stakeCall } from '@rialto/protocol/actions'
import { encodeFunctionData, type Hex, parseEther, parseEventLogs } from 'viem'
import { encodeExecuteData } from 'viem/experimental/erc7821'
import { describe, expect, it } from 'vitest'
import { smartAccount } from './accounts'
import { useSeededDevnet } from './seeded-devnet-for-tests'
import { delegationDesignator } from './smart-account'

const chainId = devnetChain.id
const account = smartAccount.address
const { staking } = veniceContracts[chainId]

const devnet = useSeededDevnet('smart-account')

const allowance = () => devnet.session.read.vvv.read.allowance([account, staking])
const nonce = () => devnet.session.publicClient.getTransactionCount({ address: account })

/** The account calls itself: `execute` runs the calls as the account (ERC-7821 batch mode). */
async function sendBatch(calls: { to: Hex; data: Hex }[], gas?: bigint) {
  const hash = await devnet.session.walletFor(smartAccount).sendTransaction({
    to: account,
    data: encodeExecuteData({ calls }),
    gas,
  })
  return devnet.session.publicClient.waitForTransactionReceipt({ hash })
}

/** An exact approval of `amountWei` for staking, then its stake: the calls the stake panel sends. */
function approveAndStake(amountWei: bigint) {
  const approve = approveVvvCall(chainId, amountWei)
  const stake = stakeCall(chainId, account, amountWei)
  return [
    { to: approve.address, data: encodeFunctionData(approve) },
    { to: stake.address, data: encodeFunctionData(stake) },
  ]
}

describe('the smart account (dev account #20)', () => {
  it('is delegated to the batch executor with EIP-7702, and holds ETH and VVV', async () => {
    expect(await devnet.session.publicClient.getCode({ address: account })).toBe(
      delegationDesignator(devnetBatchExecutor).toLowerCase(),
    )
    const batchMode = `0x01${'00'.repeat(31)}` as const
    const supported = await devnet.session.publicClient.readContract({
      address: account,
      abi: batchExecutorAbi,
      functionName: 'supportsExecutionMode',
      args: [batchMode],
    })
    expect(supported).toBe(true)
    expect(await devnet.session.publicClient.getBalance({ address: account })).toBeGreaterThan(0n)
    expect(await devnet.session.read.vvv.read.balanceOf([account])).toBe(parseEther('20000'))
  })

  it('approves and stakes in one transaction', async () => {
    const amount = parseEther('250')
    const nonceBefore = await nonce()
    const sVvvBefore = await devnet.session.read.staking.read.balanceOf([account])
    const receipt = await sendBatch(approveAndStake(amount))
    expect(receipt.status).toBe('success')
    expect(await nonce()).toBe(nonceBefore + 1)
    // Both calls' events sit in this one receipt: the approval, then the stake taking the VVV.
    const vvvLogs = parseEventLogs({ abi: vvvAbi, logs: receipt.logs })
    expect(vvvLogs.filter(({ eventName }) => eventName === 'Approval')).toMatchObject([{ args: { owner: account } }])
    expect(
      vvvLogs.filter(({ eventName, args }) => eventName === 'Transfer' && 'to' in args && args.to === staking),
    ).toMatchObject([{ args: { from: account, amount } }])
    expect((await devnet.session.read.staking.read.balanceOf([account])) - sVvvBefore).toBe(amount)
    expect(await allowance()).toBe(0n)
    console.info(`approve + stake as one batch: ${receipt.gasUsed} gas`)
  })

  it('reverts the whole batch when its stake fails: the approval is not left behind', async () => {
    const tooMuch = (await devnet.session.read.vvv.read.balanceOf([account])) + 1n
    const allowanceBefore = await allowance()
    const vvvBefore = await devnet.session.read.vvv.read.balanceOf([account])
    // An explicit gas limit, so the node mines the failing batch instead of refusing its estimate.
    const receipt = await sendBatch(approveAndStake(tooMuch), 500_000n)
    expect(receipt.status).toBe('reverted')
    expect(receipt.logs).toEqual([])
    expect(await allowance()).toBe(allowanceBefore)
    expect(await devnet.session.read.vvv.read.balanceOf([account])).toBe(vvvBefore)
  })

  it('costs less gas as one batch than as two transactions', async () => {
    const amount = parseEther('250')
    const wallet = devnet.session.walletFor(smartAccount)
    const approve = await devnet.session.publicClient.waitForTransactionReceipt({
      hash: await wallet.writeContract({ ...approveVvvCall(chainId, amount), account: smartAccount }),
    })
    const stake = await devnet.session.publicClient.waitForTransactionReceipt({
      hash: await wallet.writeContract({ ...stakeCall(chainId, account, amount), account: smartAccount }),
    })
    const batch = await sendBatch(approveAndStake(amount))
    const separate = approve.gasUsed + stake.gasUsed
    console.info(
      `approve ${approve.gasUsed} + stake ${stake.gasUsed} = ${separate} gas; one batch ${batch.gasUsed} gas`,
    )
    expect(batch.gasUsed).toBeLessThan(separate)
  })
})
