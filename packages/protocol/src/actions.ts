import { diemAbi, stakingAbi, vvvAbi } from '@rialto/contracts-abi/abis'
import { veniceContracts } from '@rialto/contracts-abi/addresses'
import type { SupportedChainId } from '@rialto/contracts-abi/chains'
import { type Address, maxUint256 } from 'viem'

// Every write Rialto makes, as a request for simulateContract/writeContract. One builder per contract function.

export { maxUint256 }

const vvv = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].vvv, abi: vvvAbi }) as const
const staking = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].staking, abi: stakingAbi }) as const
const diem = (chainId: SupportedChainId) => ({ address: veniceContracts[chainId].diem, abi: diemAbi }) as const

/** Lets the staking contract pull `amount` VVV (0 revokes; `maxUint256` is unlimited). */
export const approveVvvCall = (chainId: SupportedChainId, amount: bigint) =>
  ({ ...vvv(chainId), functionName: 'approve', args: [veniceContracts[chainId].staking, amount] }) as const

export const stakeCall = (chainId: SupportedChainId, recipient: Address, amount: bigint) =>
  ({ ...staking(chainId), functionName: 'stake', args: [recipient, amount] }) as const

export const initiateUnstakeCall = (chainId: SupportedChainId, amount: bigint) =>
  ({ ...staking(chainId), functionName: 'initiateUnstake', args: [amount] }) as const

export const finalizeUnstakeCall = (chainId: SupportedChainId) =>
  ({ ...staking(chainId), functionName: 'finalizeUnstake' }) as const

export const claimCall = (chainId: SupportedChainId) => ({ ...staking(chainId), functionName: 'claim' }) as const

export const claimAndStakeCall = (chainId: SupportedChainId) =>
  ({ ...staking(chainId), functionName: 'claimAndStake' }) as const

export const mintDiemCall = (chainId: SupportedChainId, sVvvAmount: bigint, minDiemOut: bigint) =>
  ({ ...staking(chainId), functionName: 'mintDiem', args: [sVvvAmount, minDiemOut] }) as const

export const burnDiemCall = (chainId: SupportedChainId, diemAmount: bigint) =>
  ({ ...staking(chainId), functionName: 'burnDiem', args: [diemAmount] }) as const

export const stakeDiemCall = (chainId: SupportedChainId, amount: bigint) =>
  ({ ...diem(chainId), functionName: 'stake', args: [amount] }) as const

export const initiateDiemUnstakeCall = (chainId: SupportedChainId, amount: bigint) =>
  ({ ...diem(chainId), functionName: 'initiateUnstake', args: [amount] }) as const

export const unstakeDiemCall = (chainId: SupportedChainId) => ({ ...diem(chainId), functionName: 'unstake' }) as const
