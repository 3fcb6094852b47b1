import { devnetBatchExecutor } from '@rialto/contracts-abi/addresses'
import { concat, getAddress, parseEther } from 'viem'
import { smartAccount, treasuryAccount } from './accounts'
import { DevnetError } from './anvil'
import { readArtifact } from './artifacts'
import type { DevnetSession } from './session'

/** The deployer's nonce for the executor: after VVV, staking, the ownership hand-over and the pool. */
const executorDeployNonce = 4

/** What an account's code is once it delegates to `executor` (EIP-7702's delegation designator). */
export const delegationDesignator = (executor: `0x${string}`) => concat(['0xef0100', executor])

/** Deploys the ERC-7821 batch executor where `devnetBatchExecutor` says, right after the Venice contracts. */
export async function deployBatchExecutor(session: DevnetSession): Promise<void> {
  const nonce = await session.publicClient.getTransactionCount({ address: treasuryAccount.address })
  if (nonce !== executorDeployNonce) {
    throw new DevnetError(`The batch executor must be the deployer's transaction ${executorDeployNonce}, not ${nonce}.`)
  }
  const { abi, bytecode } = readArtifact('BatchExecutor')
  const deployed = await session.deploy(treasuryAccount, abi, bytecode, [])
  if (getAddress(deployed) !== devnetBatchExecutor) {
    throw new DevnetError(
      `BatchExecutor deployed at ${deployed}, but @rialto/contracts-abi expects ${devnetBatchExecutor}: update addresses.ts.`,
    )
  }
}

/**
 * Makes the smart account: it signs an EIP-7702 authorization for the batch executor, which the treasury sends in
 * a type-4 transaction together with some ETH for gas; then the treasury gives it VVV to stake.
 */
export async function seedSmartAccount(session: DevnetSession, vvvAmount: bigint): Promise<void> {
  const { publicClient, walletFor, confirm, as } = session
  // Signed for the account's current nonce: the treasury sends it, so the account's nonce does not move first.
  const authorization = await walletFor(smartAccount).signAuthorization({ address: devnetBatchExecutor })
  await confirm(
    walletFor(treasuryAccount).sendTransaction({
      authorizationList: [authorization],
      to: smartAccount.address,
      value: parseEther('10'),
    }),
  )
  const code = await publicClient.getCode({ address: smartAccount.address })
  if (code?.toLowerCase() !== delegationDesignator(devnetBatchExecutor).toLowerCase()) {
    throw new DevnetError(`The smart account's code is ${code ?? 'empty'}, not a delegation to the batch executor.`)
  }
  await confirm(as(treasuryAccount).vvv.write.transfer([smartAccount.address, vvvAmount]))
}
