import { vvvDiemPoolAbi } from '@rialto/contracts-abi/abis'

const error = <const Name extends string>(name: Name) => ({ type: 'error', name, inputs: [] }) as const

/**
 * The devnet's ReferencePool: Rialto's `vvvDiemPoolAbi` plus what only the seed calls. `swap` has Aerodrome's
 * signature (send the input first); `addLiquidity` exists only on the reference pool (Aerodrome mints LP tokens).
 */
export const referencePoolAbi = [
  ...vvvDiemPoolAbi,
  {
    type: 'function',
    name: 'addLiquidity',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'amount0', type: 'uint256' },
      { name: 'amount1', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'swap',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'amount0Out', type: 'uint256' },
      { name: 'amount1Out', type: 'uint256' },
      { name: 'to', type: 'address' },
      { name: 'data', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'event',
    name: 'Mint',
    inputs: [
      { name: 'sender', type: 'address', indexed: true },
      { name: 'amount0', type: 'uint256', indexed: false },
      { name: 'amount1', type: 'uint256', indexed: false },
    ],
  },
  error('InsufficientLiquidityMinted'),
  error('InsufficientOutputAmount'),
  error('InsufficientInputAmount'),
  error('InsufficientLiquidity'),
  error('InvalidTo'),
  error('HooksUnsupported'),
  error('K'),
] as const
