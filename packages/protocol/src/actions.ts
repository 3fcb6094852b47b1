import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { type Abi, type Address, type ContractFunctionParameters, maxUint256 } from 'viem'

// Every write Rialto makes, as a request for simulateContract/writeContract. One builder per contract function.
// Amounts are in base units (18 decimals) and their names say so.

export { maxUint256 }

const vvv = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].vvv, abi: vvvAbi }) as const
const staking = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].staking, abi: stakingAbi }) as const
const diem = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].diem, abi: diemAbi }) as const

/** Lets the staking contract pull `amountWei` VVV (0 revokes; `maxUint256` is unlimited). */
export const approveVvvCall = (chainId: SupportedChainId, amountWei: bigint) =>
  ({ ...vvv(chainId), functionName: 'approve', args: [veniceContracts[chainId].staking, amountWei] }) as const

export const stakeCall = (chainId: SupportedChainId, recipient: Address, amountWei: bigint) =>
  ({ ...staking(chainId), functionName: 'stake', args: [recipient, amountWei] }) as const

export const initiateUnstakeCall = (chainId: SupportedChainId, sVvvAmountWei: bigint) =>
  ({ ...staking(chainId), functionName: 'initiateUnstake', args: [sVvvAmountWei] }) as const

export const finalizeUnstakeCall = (chainId: SupportedChainId) =>
  ({ ...staking(chainId), functionName: 'finalizeUnstake' }) as const

export const claimCall = (chainId: SupportedChainId) => ({ ...staking(chainId), functionName: 'claim' }) as const

export const claimAndStakeCall = (chainId: SupportedChainId) =>
  ({ ...staking(chainId), functionName: 'claimAndStake' }) as const

export const mintDiemCall = (chainId: SupportedChainId, sVvvAmountWei: bigint, minDiemOutWei: bigint) =>
  ({ ...staking(chainId), functionName: 'mintDiem', args: [sVvvAmountWei, minDiemOutWei] }) as const

export const burnDiemCall = (chainId: SupportedChainId, diemAmountWei: bigint) =>
  ({ ...staking(chainId), functionName: 'burnDiem', args: [diemAmountWei] }) as const

export const stakeDiemCall = (chainId: SupportedChainId, diemAmountWei: bigint) =>
  ({ ...diem(chainId), functionName: 'stake', args: [diemAmountWei] }) as const

export const initiateDiemUnstakeCall = (chainId: SupportedChainId, diemAmountWei: bigint) =>
  ({ ...diem(chainId), functionName: 'initiateUnstake', args: [diemAmountWei] }) as const

export const unstakeDiemCall = (chainId: SupportedChainId) => ({ ...diem(chainId), functionName: 'unstake' }) as const

/**
 * Any write a builder above returns, each with its own ABI, function name and argument tuple: a plan that holds
 * these keeps viem's inference (a stake's `args[1]` is a bigint, not `unknown`). A new builder joins this union,
 * or no plan takes its call.
 */
export type WriteCall =
  | ReturnType<typeof approveVvvCall>
  | ReturnType<typeof stakeCall>
  | ReturnType<typeof initiateUnstakeCall>
  | ReturnType<typeof finalizeUnstakeCall>
  | ReturnType<typeof claimCall>
  | ReturnType<typeof claimAndStakeCall>
  | ReturnType<typeof mintDiemCall>
  | ReturnType<typeof burnDiemCall>
  | ReturnType<typeof stakeDiemCall>
  | ReturnType<typeof initiateDiemUnstakeCall>
  | ReturnType<typeof unstakeDiemCall>

/**
 * Any write, as viem's actions take it. A builder's call is precise (one ABI, one function, one argument tuple);
 * it is widened to this by assignment where it meets an action that takes any call, so one code path sends them all.
 */
export type AnyWriteCall = ContractFunctionParameters<Abi, 'nonpayable' | 'payable'> & { address: Address }
