import { stakingAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import {
  devnetTreasurySafe,
  type SafeContracts,
  safeAbi,
  safeContracts,
  safeOperation,
  safeProxyFactoryAbi,
} from '@rialto/contracts-abi/safe'
import { approveVvvCall, stakeCall } from '@rialto/protocol/actions'
import { toRawCall } from '@rialto/protocol/call-review'
import {
  getCompatibilityFallbackHandlerDeployment,
  getMultiSendCallOnlyDeployment,
  getMultiSendDeployment,
  getProxyFactoryDeployment,
  getSafeL2SingletonDeployment,
  getSafeSingletonDeployment,
  type SingletonDeployment,
} from '@safe-global/safe-deployments'
import { type Address, getAddress, keccak256, parseEther, parseEventLogs, sliceHex } from 'viem'
import { describe, expect, it } from 'vitest'
import { devAccounts, treasurySafeOwners } from './accounts'
import { readSafeArtifact } from './artifacts'
import { singletonFactory } from './deploy-safe'
import { executeSafeTransaction, safeTransactionFor, safeTransactionHash } from './safe-execution'
import { treasurySafeStory } from './seed-safe'
import { useSeededDevnet } from './seeded-devnet-for-tests'

const chainId = devnetChain.id
const safe = devnetTreasurySafe
const { staking, vvv } = veniceContracts[chainId]
const [owner21, owner22, owner23] = treasurySafeOwners
/** Not an owner: anyone may submit a transaction the owners signed. */
const submitter = devAccounts[7]

const devnet = useSeededDevnet('safe')

const canonical: Record<keyof SafeContracts, () => SingletonDeployment | undefined> = {
  safe: () => getSafeSingletonDeployment({ version: '1.4.1' }),
  safeL2: () => getSafeL2SingletonDeployment({ version: '1.4.1' }),
  safeProxyFactory: () => getProxyFactoryDeployment({ version: '1.4.1' }),
  multiSend: () => getMultiSendDeployment({ version: '1.4.1' }),
  multiSendCallOnly: () => getMultiSendCallOnlyDeployment({ version: '1.4.1' }),
  compatibilityFallbackHandler: () => getCompatibilityFallbackHandlerDeployment({ version: '1.4.1' }),
}

describe('Safe{Wallet} 1.4.1 on the devnet', () => {
  it.each(Object.keys(canonical) as (keyof SafeContracts)[])(
    '%s is at its canonical address, with the code hash @safe-global/safe-deployments gives',
    async (name) => {
      const deployment = canonical[name]()
      const expected = deployment?.deployments.canonical
      if (!deployment || !expected) throw new Error(`@safe-global/safe-deployments has no canonical 1.4.1 ${name}`)
      expect(deployment.version).toBe('1.4.1')
      expect(safeContracts[chainId][name]).toBe(getAddress(expected.address))
      // Base has the canonical deployment too, so one address map serves both chains.
      expect(deployment.networkAddresses['8453']).toBe(expected.address)
      const code = await devnet.session.publicClient.getCode({ address: safeContracts[chainId][name] })
      expect(code && keccak256(code)).toBe(expected.codeHash)
    },
  )

  it('was deployed through the Safe singleton factory, which Safe and SafeL2 name as version 1.4.1', async () => {
    const factory = singletonFactory()
    expect(await devnet.session.publicClient.getCode({ address: factory.address })).toMatch(/^0x.+/)
    for (const address of [safeContracts[chainId].safe, safeContracts[chainId].safeL2]) {
      expect(await devnet.session.publicClient.readContract({ address, abi: safeAbi, functionName: 'VERSION' })).toBe(
        '1.4.1',
      )
    }
  })
})

describe('the seeded treasury Safe', () => {
  it('was created by the proxy factory over SafeL2, at the address @rialto/contracts-abi gives', async () => {
    const created = await devnet.session.publicClient.getContractEvents({
      address: safeContracts[chainId].safeProxyFactory,
      abi: safeProxyFactoryAbi,
      eventName: 'ProxyCreation',
      fromBlock: 0n,
    })
    expect(created.map((event) => event.args)).toEqual([{ proxy: safe, singleton: safeContracts[chainId].safeL2 }])
    // A proxy keeps its singleton in storage slot 0.
    const slot0 = await devnet.session.publicClient.getStorageAt({ address: safe, slot: '0x0' })
    expect(getAddress(sliceHex(slot0 ?? '0x', 12))).toBe(safeContracts[chainId].safeL2)
  })

  it('has owners 21, 22 and 23 of the test mnemonic, and threshold 2', async () => {
    const read = { address: safe, abi: safeAbi } as const
    expect(await devnet.session.publicClient.readContract({ ...read, functionName: 'getOwners' })).toEqual(
      treasurySafeOwners.map((owner) => owner.address),
    )
    expect(await devnet.session.publicClient.readContract({ ...read, functionName: 'getThreshold' })).toBe(2n)
  })

  it('holds VVV, unlocked and locked sVVV, DIEM and staked DIEM', async () => {
    const { grantVvv, stakedVvv, mintedDiem, stakedDiem } = treasurySafeStory
    // Its VVV is what it did not stake, plus the rewards its mint harvested.
    expect(await devnet.session.read.vvv.read.balanceOf([safe])).toBeGreaterThan(grantVvv - stakedVvv)
    expect(await devnet.session.read.staking.read.balanceOf([safe])).toBe(stakedVvv)
    const [locked, outstandingDiem] = await devnet.session.read.staking.read.lockedStakes([safe])
    const unlocked = await devnet.session.read.staking.read.balanceOfUnlocked([safe])
    expect(locked).toBeGreaterThan(0n)
    expect(unlocked).toBeGreaterThan(0n)
    expect(locked + unlocked).toBe(stakedVvv)
    expect(outstandingDiem).toBeGreaterThanOrEqual(mintedDiem)
    expect(await devnet.session.read.diem.read.balanceOf([safe])).toBe(outstandingDiem - stakedDiem)
    const [diemStaked] = await devnet.session.read.diem.read.stakedInfos([safe])
    expect(diemStaked).toBe(stakedDiem)
  })

  it('did so through execTransaction, each batch a DELEGATECALL to MultiSendCallOnly', async () => {
    const transactions = await devnet.session.publicClient.getContractEvents({
      address: safe,
      abi: readSafeArtifact('SafeL2').abi,
      eventName: 'SafeMultiSigTransaction',
      fromBlock: 0n,
    })
    expect(transactions).toHaveLength(2)
    for (const { args } of transactions) {
      expect(args).toMatchObject({
        to: safeContracts[chainId].multiSendCallOnly,
        operation: safeOperation.delegateCall,
      })
    }
    expect(await devnet.session.publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' })).toBe(
      2n,
    )
  })
})

/** What a Safe transaction could change: the Safe's nonce, VVV, sVVV and the allowance it gives staking. */
const safeState = async () => ({
  nonce: await devnet.session.publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' }),
  vvv: await devnet.session.read.vvv.read.balanceOf([safe]),
  sVvv: await devnet.session.read.staking.read.balanceOf([safe]),
  allowance: await devnet.session.read.vvv.read.allowance([safe, staking]),
})

const approveAndStake = (approveWei: bigint, stakeWei: bigint) => [
  toRawCall(approveVvvCall(chainId, approveWei)),
  toRawCall(stakeCall(chainId, safe, stakeWei)),
]

describe('executeSafeTransaction on the treasury Safe', () => {
  const execute = (request: Omit<Parameters<typeof executeSafeTransaction>[0], 'publicClient' | 'sender' | 'safe'>) => {
    if (!submitter) throw new Error('no dev account')
    return executeSafeTransaction({
      publicClient: devnet.session.publicClient,
      sender: devnet.session.walletFor(submitter),
      safe,
      ...request,
    })
  }

  it('computes the SafeTx hash the Safe computes (getTransactionHash)', async () => {
    const nonce = await devnet.session.publicClient.readContract({ address: safe, abi: safeAbi, functionName: 'nonce' })
    const transaction = safeTransactionFor(chainId, approveAndStake(1n, 1n), { nonce, safeTxGas: 7n })
    const { to, value, data, operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver } = transaction
    const onChain = await devnet.session.publicClient.readContract({
      address: safe,
      abi: safeAbi,
      functionName: 'getTransactionHash',
      args: [to, value, data, operation, safeTxGas, baseGas, gasPrice, gasToken, refundReceiver, nonce],
    })
    expect(safeTransactionHash(chainId, safe, transaction)).toBe(onChain)
  })

  it('is refused with one signature of the two needed (GS020), and nothing changes', async () => {
    if (!owner21) throw new Error('no owner')
    const before = await safeState()
    await expect(
      execute({ calls: approveAndStake(parseEther('1000'), parseEther('1000')), owners: [owner21] }),
    ).rejects.toThrow(/GS020: too few signatures/)
    expect(await safeState()).toEqual(before)
  })

  it('approves and stakes for the Safe with two signatures (given out of address order)', async () => {
    if (!owner21 || !owner23) throw new Error('no owners')
    const before = await safeState()
    const amount = parseEther('1000')
    const receipt = await execute({ calls: approveAndStake(amount, amount), owners: [owner23, owner21] })
    expect(parseEventLogs({ abi: safeAbi, logs: receipt.logs, eventName: 'ExecutionSuccess' })).toHaveLength(1)
    // A stake first pays the Safe its pending rewards.
    const harvested = parseEventLogs({ abi: stakingAbi, logs: receipt.logs, eventName: 'Claimed' })
      .filter((log) => log.args.user === safe)
      .reduce((sum, log) => sum + log.args.amount, 0n)
    expect(harvested).toBeGreaterThan(0n)
    expect(await safeState()).toEqual({
      nonce: before.nonce + 1n,
      vvv: before.vvv - amount + harvested,
      sVvv: before.sVvv + amount,
      allowance: 0n,
    })
  })

  it('undoes a batch whose second call reverts: no approval left behind, the nonce kept (GS013)', async () => {
    if (!owner21 || !owner22) throw new Error('no owners')
    const before = await safeState()
    // The stake asks for more than the approval covers, so its transferFrom reverts after the approve ran.
    const calls = approveAndStake(parseEther('10'), parseEther('20'))
    await expect(execute({ calls, owners: [owner21, owner22] })).rejects.toThrow(/GS013/)
    expect(await safeState()).toEqual(before)
  })

  it('says ExecutionFailure when safeTxGas lets the Safe go on: the calls are undone, the nonce used', async () => {
    if (!owner22 || !owner23) throw new Error('no owners')
    const before = await safeState()
    const calls = approveAndStake(parseEther('10'), parseEther('20'))
    await expect(execute({ calls, owners: [owner22, owner23], safeTxGas: 500_000n })).rejects.toThrow(
      /emitted ExecutionFailure/,
    )
    expect(await safeState()).toEqual({ ...before, nonce: before.nonce + 1n })
  })

  it('sends a single call directly (CALL), not through MultiSendCallOnly', async () => {
    if (!owner21 || !owner22) throw new Error('no owners')
    const receipt = await execute({ calls: [toRawCall(approveVvvCall(chainId, 5n))], owners: [owner21, owner22] })
    const [transaction] = parseEventLogs({
      abi: readSafeArtifact('SafeL2').abi,
      logs: receipt.logs,
      eventName: 'SafeMultiSigTransaction',
    })
    expect(transaction?.args).toMatchObject({ to: vvv as Address, operation: safeOperation.call })
    expect(await devnet.session.read.vvv.read.allowance([safe, staking])).toBe(5n)
  })
})
