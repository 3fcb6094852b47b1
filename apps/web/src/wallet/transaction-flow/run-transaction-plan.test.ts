// runTransactionPlan against a real seeded devnet, signed by the app's own dev-account connector: no mocked
// transport, so a revert, a rejection or a missing receipt is what the chain and the wallet really answer.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Devnet, freePort, startDevnet } from '@rialto/contracts/devnet'
import { stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import { devnet as devnetChain } from '@rialto/contracts-abi/chains'
import { approveVvvCall, finalizeUnstakeCall, stakeCall } from '@rialto/protocol/actions'
import {
  type Address,
  AtomicityNotSupportedError,
  BaseError,
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  createPublicClient,
  createTestClient,
  type Hash,
  http,
  parseEther,
  UserRejectedRequestError,
} from 'viem'
import { afterAll, assert, beforeAll, describe, expect, it, vi } from 'vitest'
import { connect, getAccount } from 'wagmi/actions'
import { createWalletConfig, type WalletConfig } from '../config'
import { devAccountConnector } from '../dev-account/dev-account-connector'
import { createDevAccountControls, type DevAccountControls } from '../dev-account/dev-account-controls'
import { devAccountAddresses } from '../dev-account/dev-accounts'
import type { SafeTransactions } from '../safe-app/safe-apps-sdk'
import type { SafeTransactionDetails } from '../safe-app/safe-transaction-status'
import {
  AccountSwitchedError,
  PartialPlanError,
  SafeTransactionCancelledError,
  SafeTransactionUnprovenError,
} from './describe-flow-error'
import type { FlowState } from './flow-state'
import { type RunContext, runTransactionPlan } from './run-transaction-plan'
import type { TxPlan } from './transaction-plan'

const chainId = devnetChain.id
const { vvv, staking } = veniceContracts[chainId]
const stateDir = mkdtempSync(join(tmpdir(), 'rialto-run-plan-'))
let devnet: Devnet
let chain: ReturnType<typeof openChain>

const openChain = (rpcUrl: string) => ({
  public: createPublicClient({ chain: devnetChain, transport: http(rpcUrl) }),
  test: createTestClient({ chain: devnetChain, mode: 'anvil', transport: http(rpcUrl) }),
})

beforeAll(async () => {
  devnet = await startDevnet({ port: await freePort(), stateDir, blockTimeSeconds: 1 })
  chain = openChain(devnet.rpcUrl)
  // The app's wagmi config reads its devnet URL from the environment, as a build does.
  vi.stubEnv('NEXT_PUBLIC_DEVNET_RPC_URL', devnet.rpcUrl)
}, 120_000)

afterAll(async () => {
  vi.unstubAllEnvs()
  await devnet?.stop()
  rmSync(stateDir, { recursive: true, force: true })
})

type Wallet = { config: WalletConfig; controls: DevAccountControls; account: Address }

/** The app's wagmi config with the dev-account connector, connected as dev account `index`. */
async function connectDevAccount(index: number): Promise<Wallet> {
  const controls = createDevAccountControls(null)
  controls.selectAccount(index)
  const config = createWalletConfig([devAccountConnector({ chain: devnetChain, rpcUrl: devnet.rpcUrl, controls })])
  const [connector] = config.connectors
  assert(connector, 'the dev-account connector is configured')
  const {
    accounts: [account],
  } = await connect(config, { connector, chainId })
  return { config, controls, account }
}

/** A run context like `useTransactionFlow`'s, recording what the runner reports. */
function recordingContext(
  { config, account }: Wallet,
  options: { safe?: SafeTransactions; whenSent?: () => void } = {},
) {
  const statuses: FlowState['status'][] = []
  const states: FlowState[] = []
  const sent: Hash[] = []
  const context: RunContext = {
    config,
    chainId,
    account,
    safe: options.safe ?? null,
    accountStillConnected: () => getAccount(config).address === account,
    onProgress: (state) => {
      statuses.push(state.status)
      states.push(state)
    },
    onSent: (hash) => {
      sent.push(hash)
      options.whenSent?.()
    },
    onSettled: () => {},
  }
  return { context, statuses, states, sent }
}

/** What `promise` threw; a promise that resolves fails the test. */
async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  const outcome = await promise.then(
    (value) => ({ resolved: true, value }),
    (error: unknown) => ({ resolved: false, value: error }),
  )
  if (outcome.resolved) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value, bigintsAsText)}`)
  return outcome.value
}

const bigintsAsText = (_key: string, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)

const allowanceOf = (account: Address, blockNumber?: bigint) =>
  chain.public.readContract({
    address: vvv,
    abi: vvvAbi,
    functionName: 'allowance',
    args: [account, staking],
    blockNumber,
  })
const vvvBalanceOf = (account: Address) =>
  chain.public.readContract({ address: vvv, abi: vvvAbi, functionName: 'balanceOf', args: [account] })
const stakedBalanceOf = (account: Address) =>
  chain.public.readContract({ address: staking, abi: stakingAbi, functionName: 'balanceOf', args: [account] })
const nonceOf = (account: Address, blockTag: 'latest' | 'pending' = 'pending') =>
  chain.public.getTransactionCount({ address: account, blockTag })

function approveThenStake(account: Address, amountWei: bigint, batch = false) {
  return {
    label: 'Approve and stake',
    steps: [
      { label: 'Approve', call: approveVvvCall(chainId, amountWei) },
      { label: 'Stake', call: stakeCall(chainId, account, amountWei) },
    ],
    batch,
  } satisfies TxPlan
}

/** The error of `type` somewhere in the cause chain of `error`, or null. */
function causeOf<T extends Error>(error: unknown, type: new (...args: never[]) => T): T | null {
  if (error instanceof type) return error
  if (!(error instanceof BaseError)) return null
  const found = error.walk((cause) => cause instanceof type)
  return found instanceof type ? found : null
}

describe('runTransactionPlan, one step after another', () => {
  it('approves, then stakes once the approval is mined, and returns both confirmations', async () => {
    // Dev account 4 has never staked: no rewards are paid out with the stake to blur its VVV balance.
    const wallet = await connectDevAccount(4)
    const amountWei = parseEther('3')
    const [vvvBefore, stakedBefore] = await Promise.all([vvvBalanceOf(wallet.account), stakedBalanceOf(wallet.account)])
    const { context, statuses, sent } = recordingContext(wallet)

    const result = await runTransactionPlan(approveThenStake(wallet.account, amountWei), context)

    assert(result.kind === 'confirmed')
    expect(result.confirmations).toHaveLength(2)
    expect(result.confirmations.map(({ transactionHash }) => transactionHash)).toEqual(sent)
    const [approval, stake] = result.confirmations
    assert(approval && stake)
    expect(stake.blockNumber).toBeGreaterThan(approval.blockNumber)
    // The approval was on chain, whole, before the stake spent it.
    expect(await allowanceOf(wallet.account, approval.blockNumber)).toBe(amountWei)
    expect(await allowanceOf(wallet.account)).toBe(0n)
    expect(await vvvBalanceOf(wallet.account)).toBe(vvvBefore - amountWei)
    expect(await stakedBalanceOf(wallet.account)).toBe(stakedBefore + amountWei)
    expect(statuses).toEqual(['simulating', 'signing', 'pending', 'simulating', 'signing', 'pending'])
  }, 20_000)

  it('names the confirmed approval when the stake is then rejected in the wallet', async () => {
    const wallet = await connectDevAccount(3)
    const amountWei = parseEther('2')
    const [nonceBefore, stakedBefore] = await Promise.all([nonceOf(wallet.account), stakedBalanceOf(wallet.account)])
    // The person approves, then refuses the stake's signature.
    const { context } = recordingContext(wallet, { whenSent: () => wallet.controls.setRejectNextSignature(true) })

    const error = await failureOf(runTransactionPlan(approveThenStake(wallet.account, amountWei), context))

    assert(error instanceof PartialPlanError, String(error))
    expect(error.confirmedLabels).toEqual(['Approve'])
    expect(causeOf(error.cause, UserRejectedRequestError)).not.toBeNull()
    expect(await allowanceOf(wallet.account)).toBe(amountWei)
    expect(await stakedBalanceOf(wallet.account)).toBe(stakedBefore)
    expect(await nonceOf(wallet.account)).toBe(nonceBefore + 1)
  }, 20_000)

  it('does not let another account sign the stake when the wallet switched after the approval', async () => {
    const wallet = await connectDevAccount(2)
    const other = devAccountAddresses[6]
    const amountWei = parseEther('1')
    const [nonceBefore, otherNonceBefore] = await Promise.all([nonceOf(wallet.account), nonceOf(other)])
    const { context } = recordingContext(wallet, { whenSent: () => wallet.controls.selectAccount(6) })

    const error = await failureOf(runTransactionPlan(approveThenStake(wallet.account, amountWei), context))

    assert(error instanceof PartialPlanError, String(error))
    expect(error.confirmedLabels).toEqual(['Approve'])
    assert(error.cause instanceof AccountSwitchedError, String(error.cause))
    expect(error.cause.label).toBe('Stake')
    expect(await nonceOf(wallet.account)).toBe(nonceBefore + 1)
    expect(await nonceOf(other)).toBe(otherNonceBefore)
  }, 20_000)

  it('sends nothing when the simulation reverts', async () => {
    const wallet = await connectDevAccount(7)
    const nonceBefore = await nonceOf(wallet.account)
    const { context, statuses, sent } = recordingContext(wallet)
    const plan: TxPlan = {
      label: 'Receive',
      steps: [{ label: 'Receive', call: finalizeUnstakeCall(chainId) }],
      batch: false,
    }

    const error = await failureOf(runTransactionPlan(plan, context))

    expect(causeOf(error, ContractFunctionRevertedError)?.data?.errorName).toBe('NothingToFinalize')
    expect(statuses).toEqual(['simulating'])
    expect(sent).toEqual([])
    expect(await nonceOf(wallet.account)).toBe(nonceBefore)
  }, 20_000)
})

describe('runTransactionPlan, batched (EIP-5792)', () => {
  // The dev account is an EOA: it cannot promise atomic execution, and no connector here can, so the batch that
  // succeeds is not tested. What is: the batch is simulated as a whole, and a non-atomic wallet is refused.

  it('simulates the calls together and sends nothing when a later one would revert', async () => {
    const wallet = await connectDevAccount(1)
    const nonceBefore = await nonceOf(wallet.account)
    const { context, statuses } = recordingContext(wallet)
    // The approval covers less than the stake: only simulating the stake on top of it shows the revert.
    const plan: TxPlan = {
      label: 'Approve and stake',
      steps: [
        { label: 'Approve', call: approveVvvCall(chainId, parseEther('1')) },
        { label: 'Stake', call: stakeCall(chainId, wallet.account, parseEther('2')) },
      ],
      batch: true,
    }

    const error = await failureOf(runTransactionPlan(plan, context))

    expect(causeOf(error, ContractFunctionExecutionError)?.functionName).toBe('stake')
    expect(statuses).toEqual(['simulating'])
    expect(await nonceOf(wallet.account)).toBe(nonceBefore)
  }, 20_000)

  it('refuses to split the batch when the wallet cannot run it atomically', async () => {
    const wallet = await connectDevAccount(1)
    const nonceBefore = await nonceOf(wallet.account)
    const allowanceBefore = await allowanceOf(wallet.account)
    const { context, statuses } = recordingContext(wallet)

    const error = await failureOf(runTransactionPlan(approveThenStake(wallet.account, parseEther('1'), true), context))

    expect(causeOf(error, AtomicityNotSupportedError)).not.toBeNull()
    expect(statuses).toEqual(['simulating', 'signing'])
    expect(await nonceOf(wallet.account)).toBe(nonceBefore)
    expect(await allowanceOf(wallet.account)).toBe(allowanceBefore)
  }, 20_000)
})

describe('runTransactionPlan, inside the Safe web app', () => {
  // The chain is real; the Safe web app's side (sendTransactions, getTxBySafeTxHash) is scripted here, since
  // Safe{Wallet} does not run offline. Whether the execution really happened is always asked of the chain.
  const safeTxHash: Hash = '0x6f3a9d1c2b8e4f5a6d7c8b9a0e1f2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6'
  const multisig = (submitted: number) => ({
    type: 'MULTISIG' as const,
    confirmations: Array.from({ length: submitted }, () => ({})),
    confirmationsRequired: 2,
  })

  /** A Safe web app that records what it is sent and answers each read with the next report (the last repeats). */
  function scriptedSafeWebApp(reports: readonly SafeTransactionDetails[]) {
    const sent: { to: string; value: string; data: string }[][] = []
    let reads = 0
    const safe: SafeTransactions = {
      send: async ({ txs }) => {
        sent.push(txs)
        return { safeTxHash }
      },
      getBySafeTxHash: async (hash) => {
        expect(hash).toBe(safeTxHash)
        const report = reports[Math.min(reads++, reports.length - 1)]
        assert(report, 'a scripted report')
        return report
      },
    }
    return { safe, sent, reads: () => reads }
  }

  it('proposes every step as one Safe transaction and, while owners are missing, says so and never confirmed', async () => {
    const wallet = await connectDevAccount(5)
    const nonceBefore = await nonceOf(wallet.account)
    const webApp = scriptedSafeWebApp([{ txStatus: 'AWAITING_CONFIRMATIONS', detailedExecutionInfo: multisig(1) }])
    const { context, statuses, states } = recordingContext(wallet, { safe: webApp.safe })
    const plan = approveThenStake(wallet.account, parseEther('1'))
    let timer: ReturnType<typeof setTimeout> | undefined
    const outcome = await Promise.race([
      runTransactionPlan(plan, context).then(
        () => 'ended' as const,
        () => 'failed' as const,
      ),
      new Promise<'still following'>((resolve) => {
        timer = setTimeout(() => resolve('still following'), 5_000)
      }),
    ])
    clearTimeout(timer)

    expect(outcome).toBe('still following')
    expect(webApp.sent).toHaveLength(1)
    expect(webApp.sent[0]?.map(({ to }) => to)).toEqual([vvv, staking])
    expect(webApp.sent[0]?.every(({ value }) => value === '0')).toBe(true)
    expect(webApp.reads()).toBeGreaterThanOrEqual(2)
    expect([...new Set(statuses)]).toEqual(['simulating', 'signing', 'awaiting-signers'])
    expect(states.at(-1)).toEqual({
      status: 'awaiting-signers',
      label: plan.label,
      safeTxHash,
      confirmations: { submitted: 1, required: 2 },
      readyToExecute: false,
    })
    // The Safe web app sends; nothing left this account.
    expect(await nonceOf(wallet.account)).toBe(nonceBefore)
  }, 20_000)

  it('does not call it confirmed when the reported execution is not this Safe executing it', async () => {
    const wallet = await connectDevAccount(5)
    // A real, successful transaction on chain, but no Safe's ExecutionSuccess in it.
    const unrelated = await chain.test.sendUnsignedTransaction({ from: wallet.account, to: wallet.account, value: 0n })
    const webApp = scriptedSafeWebApp([{ txStatus: 'SUCCESS', txHash: unrelated, detailedExecutionInfo: multisig(2) }])
    const { context, statuses } = recordingContext(wallet, { safe: webApp.safe })

    const error = await failureOf(runTransactionPlan(approveThenStake(wallet.account, parseEther('1')), context))

    expect(error).toBeInstanceOf(SafeTransactionUnprovenError)
    expect(statuses).not.toContain('confirmed')
    expect(statuses.at(-1)).toBe('pending')
  }, 20_000)

  it('ends with a cancellation when the owners replaced the proposal', async () => {
    const wallet = await connectDevAccount(5)
    const webApp = scriptedSafeWebApp([{ txStatus: 'CANCELLED' }])
    const { context } = recordingContext(wallet, { safe: webApp.safe })

    const error = await failureOf(runTransactionPlan(approveThenStake(wallet.account, parseEther('1')), context))

    expect(error).toBeInstanceOf(SafeTransactionCancelledError)
  }, 20_000)

  it('proposes nothing when the batch would revert', async () => {
    const wallet = await connectDevAccount(5)
    const webApp = scriptedSafeWebApp([{ txStatus: 'AWAITING_CONFIRMATIONS' }])
    const { context, statuses } = recordingContext(wallet, { safe: webApp.safe })
    const tooMuch = (await vvvBalanceOf(wallet.account)) + 1n

    await failureOf(runTransactionPlan(approveThenStake(wallet.account, tooMuch), context))

    expect(webApp.sent).toEqual([])
    expect(statuses).toEqual(['simulating'])
  }, 20_000)
})
