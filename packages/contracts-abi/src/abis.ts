// Hand-written `as const` ABIs of the Venice contracts on Base, as the spec lists them.
// Only what Rialto calls or decodes; a test compares them with the compiled reference contracts.

const erc20Abi = [
  { type: 'function', name: 'name', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'symbol', stateMutability: 'view', inputs: [], outputs: [{ type: 'string' }] },
  { type: 'function', name: 'decimals', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint8' }] },
  { type: 'function', name: 'totalSupply', stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] },
  {
    type: 'function',
    name: 'balanceOf',
    stateMutability: 'view',
    inputs: [{ name: 'account', type: 'address' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'allowance',
    stateMutability: 'view',
    inputs: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
    ],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'approve',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'spender', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'function',
    name: 'transfer',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'to', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'function',
    name: 'transferFrom',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'from', type: 'address' },
      { name: 'to', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [{ type: 'bool' }],
  },
  {
    type: 'event',
    name: 'Transfer',
    inputs: [
      { name: 'from', type: 'address', indexed: true },
      { name: 'to', type: 'address', indexed: true },
      { name: 'amount', type: 'uint256', indexed: false },
    ],
  },
  {
    type: 'event',
    name: 'Approval',
    inputs: [
      { name: 'owner', type: 'address', indexed: true },
      { name: 'spender', type: 'address', indexed: true },
      { name: 'amount', type: 'uint256', indexed: false },
    ],
  },
] as const

const uint256View = <const Name extends string>(name: Name) =>
  ({ type: 'function', name, stateMutability: 'view', inputs: [], outputs: [{ type: 'uint256' }] }) as const

const addressView = <const Name extends string>(name: Name) =>
  ({ type: 'function', name, stateMutability: 'view', inputs: [], outputs: [{ type: 'address' }] }) as const

const ownerOnlySetter = <const Name extends string>(name: Name, argType: 'uint256' | 'address') =>
  ({
    type: 'function',
    name,
    stateMutability: 'nonpayable',
    inputs: [{ name: 'value', type: argType }],
    outputs: [],
  }) as const

const userAmountEvent = <const Name extends string>(name: Name) =>
  ({
    type: 'event',
    name,
    inputs: [
      { name: 'user', type: 'address', indexed: true },
      { name: 'amount', type: 'uint256', indexed: false },
    ],
  }) as const

const customError = <const Name extends string, const Inputs extends readonly { name: string; type: string }[]>(
  name: Name,
  inputs: Inputs,
) => ({ type: 'error', name, inputs }) as const

/** OpenZeppelin's ERC-20 errors, which the DIEM reference contract raises. */
const erc20Errors = [
  customError('ERC20InsufficientBalance', [
    { name: 'sender', type: 'address' },
    { name: 'balance', type: 'uint256' },
    { name: 'needed', type: 'uint256' },
  ]),
  customError('ERC20InsufficientAllowance', [
    { name: 'spender', type: 'address' },
    { name: 'allowance', type: 'uint256' },
    { name: 'needed', type: 'uint256' },
  ]),
] as const

/** VVV: solmate ERC-20 with `Owned` and EIP-2612 permit. */
export const vvvAbi = [
  ...erc20Abi,
  addressView('owner'),
  {
    type: 'function',
    name: 'transferOwnership',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'newOwner', type: 'address' }],
    outputs: [],
  },
  {
    type: 'function',
    name: 'mint',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'to', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'nonces',
    stateMutability: 'view',
    inputs: [{ name: 'owner', type: 'address' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'DOMAIN_SEPARATOR',
    stateMutability: 'view',
    inputs: [],
    outputs: [{ type: 'bytes32' }],
  },
  {
    type: 'function',
    name: 'permit',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
      { name: 'v', type: 'uint8' },
      { name: 'r', type: 'bytes32' },
      { name: 's', type: 'bytes32' },
    ],
    outputs: [],
  },
  {
    type: 'event',
    name: 'OwnershipTransferred',
    inputs: [
      { name: 'user', type: 'address', indexed: true },
      { name: 'newOwner', type: 'address', indexed: true },
    ],
  },
] as const

/** The VVV staking contract (StakingV2 behind a UUPS proxy), which is also the non-transferable sVVV token. */
export const stakingAbi = [
  ...erc20Abi,
  {
    type: 'function',
    name: 'stake',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'recipient', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'initiateUnstake',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'amount', type: 'uint256' }],
    outputs: [],
  },
  { type: 'function', name: 'finalizeUnstake', stateMutability: 'nonpayable', inputs: [], outputs: [] },
  { type: 'function', name: 'claim', stateMutability: 'nonpayable', inputs: [], outputs: [] },
  { type: 'function', name: 'claimAndStake', stateMutability: 'nonpayable', inputs: [], outputs: [] },
  {
    type: 'function',
    name: 'mintDiem',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'sVVVAmountToLock', type: 'uint256' },
      { name: 'minDiemAmountOut', type: 'uint256' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'burnDiem',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'diemAmountToBurn', type: 'uint256' }],
    outputs: [],
  },
  {
    type: 'function',
    name: 'balanceOfUnlocked',
    stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'stakes',
    stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }],
    outputs: [
      { name: 'rewardDebt', type: 'uint256' },
      { name: 'cooldownEnd', type: 'uint256' },
      { name: 'cooldownAmount', type: 'uint256' },
    ],
  },
  {
    type: 'function',
    name: 'lockedStakes',
    stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }],
    outputs: [
      { name: 'sVVVLockedAmount', type: 'uint256' },
      { name: 'outstandingDiemAmount', type: 'uint256' },
    ],
  },
  {
    type: 'function',
    name: 'pendingRewards',
    stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'getDiemAmountOut',
    stateMutability: 'view',
    inputs: [{ name: 'sVVVAmountToLock', type: 'uint256' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'diemSupply',
    stateMutability: 'view',
    inputs: [{ name: 'index', type: 'uint256' }],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'function',
    name: 'diemMintRates',
    stateMutability: 'view',
    inputs: [{ name: 'index', type: 'uint256' }],
    outputs: [{ type: 'uint256' }],
  },
  uint256View('cooldownDuration'),
  uint256View('emissionRatePerSecond'),
  uint256View('lastRewardTimestamp'),
  uint256View('accRewardPerShare'),
  uint256View('accRewardPerShareLocked'),
  uint256View('ACC_REWARD_SCALE'),
  uint256View('totalLockedStakedVVV'),
  uint256View('veniceEmissionsPercentage'),
  uint256View('veniceEmissionsPercentageWhenLocked'),
  addressView('diem'),
  addressView('venice'),
  addressView('treasury'),
  addressView('owner'),
  ownerOnlySetter('setCooldownDuration', 'uint256'),
  ownerOnlySetter('setEmissionRate', 'uint256'),
  ownerOnlySetter('setTreasury', 'address'),
  ownerOnlySetter('setVeniceEmissionsPercentage', 'uint256'),
  ownerOnlySetter('setVeniceEmissionsPercentageWhenLocked', 'uint256'),
  {
    type: 'function',
    name: 'setDiemMintCurve',
    stateMutability: 'nonpayable',
    inputs: [
      { name: 'diemSupply', type: 'uint256[256]' },
      { name: 'diemMintRates', type: 'uint256[256]' },
    ],
    outputs: [],
  },
  // Event names below are UNVERIFIED on mainnet (see ./assumptions.ts); index history on Transfer instead.
  {
    type: 'event',
    name: 'EmissionRateUpdated',
    inputs: [{ name: 'emissionRatePerSecond', type: 'uint256', indexed: false }],
  },
  userAmountEvent('Claimed'),
  // The reference contract's errors, so reverts decode to a reason. Base's names are UNVERIFIED.
  ...erc20Errors,
  customError('ZeroAmount', []),
  customError('ZeroAddress', []),
  customError('InsufficientUnlockedBalance', [
    { name: 'requested', type: 'uint256' },
    { name: 'unlocked', type: 'uint256' },
  ]),
  customError('CooldownNotOver', [{ name: 'cooldownEnd', type: 'uint256' }]),
  customError('NothingToFinalize', []),
  customError('NothingToClaim', []),
  customError('SlippageExceeded', [
    { name: 'diemAmountOut', type: 'uint256' },
    { name: 'minDiemAmountOut', type: 'uint256' },
  ]),
  customError('ZeroDiemOut', []),
  customError('MintCurveExhausted', []),
  customError('NoOutstandingLock', []),
  customError('BurnExceedsOutstanding', [
    { name: 'requested', type: 'uint256' },
    { name: 'outstanding', type: 'uint256' },
  ]),
] as const

/** DIEM: an ERC-20 with staking built into the token (no separate staking contract). */
export const diemAbi = [
  ...erc20Abi,
  {
    type: 'function',
    name: 'stake',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'amount', type: 'uint256' }],
    outputs: [],
  },
  {
    type: 'function',
    name: 'initiateUnstake',
    stateMutability: 'nonpayable',
    inputs: [{ name: 'amount', type: 'uint256' }],
    outputs: [],
  },
  { type: 'function', name: 'unstake', stateMutability: 'nonpayable', inputs: [], outputs: [] },
  {
    type: 'function',
    name: 'stakedInfos',
    stateMutability: 'view',
    inputs: [{ name: 'user', type: 'address' }],
    outputs: [
      { name: 'amountStaked', type: 'uint256' },
      { name: 'coolDownEnd', type: 'uint256' },
      { name: 'coolDownAmount', type: 'uint256' },
    ],
  },
  uint256View('totalStaked'),
  uint256View('cooldownDuration'),
  // DIEM's events come from one interface file (SINGLE source, see ./assumptions.ts).
  userAmountEvent('Staked'),
  userAmountEvent('UnstakeInitiated'),
  userAmountEvent('Unstaked'),
  // The reference contract's errors, so reverts decode to a reason. Base's names are UNVERIFIED.
  ...erc20Errors,
  customError('ZeroAmount', []),
  customError('InsufficientStaked', [
    { name: 'requested', type: 'uint256' },
    { name: 'staked', type: 'uint256' },
  ]),
  customError('NothingToUnstake', []),
  customError('CooldownNotOver', [{ name: 'coolDownEnd', type: 'uint256' }]),
] as const

/**
 * The Aerodrome volatile VVV/DIEM pool (a reference constant-product pool on the devnet): what Rialto reads to
 * price DIEM in VVV. Tokens are sorted by address, so which of token0/token1 is VVV differs between chains:
 * read `token0()`, never assume.
 */
export const vvvDiemPoolAbi = [
  addressView('token0'),
  addressView('token1'),
  {
    type: 'function',
    name: 'getReserves',
    stateMutability: 'view',
    inputs: [],
    outputs: [
      { name: '_reserve0', type: 'uint256' },
      { name: '_reserve1', type: 'uint256' },
      { name: '_blockTimestampLast', type: 'uint256' },
    ],
  },
  {
    type: 'function',
    name: 'getAmountOut',
    stateMutability: 'view',
    inputs: [
      { name: 'amountIn', type: 'uint256' },
      { name: 'tokenIn', type: 'address' },
    ],
    outputs: [{ type: 'uint256' }],
  },
  {
    type: 'event',
    name: 'Swap',
    inputs: [
      { name: 'sender', type: 'address', indexed: true },
      { name: 'to', type: 'address', indexed: true },
      { name: 'amount0In', type: 'uint256', indexed: false },
      { name: 'amount1In', type: 'uint256', indexed: false },
      { name: 'amount0Out', type: 'uint256', indexed: false },
      { name: 'amount1Out', type: 'uint256', indexed: false },
    ],
  },
  {
    type: 'event',
    name: 'Sync',
    inputs: [
      { name: 'reserve0', type: 'uint256', indexed: false },
      { name: 'reserve1', type: 'uint256', indexed: false },
    ],
  },
] as const

/** Multicall3, deployed at the same address on nearly every chain (and on the devnet). */
export const multicall3Abi = [
  {
    type: 'function',
    name: 'aggregate3',
    stateMutability: 'payable',
    inputs: [
      {
        name: 'calls',
        type: 'tuple[]',
        components: [
          { name: 'target', type: 'address' },
          { name: 'allowFailure', type: 'bool' },
          { name: 'callData', type: 'bytes' },
        ],
      },
    ],
    outputs: [
      {
        name: 'returnData',
        type: 'tuple[]',
        components: [
          { name: 'success', type: 'bool' },
          { name: 'returnData', type: 'bytes' },
        ],
      },
    ],
  },
  uint256View('getBlockNumber'),
  uint256View('getCurrentBlockTimestamp'),
  {
    type: 'function',
    name: 'getEthBalance',
    stateMutability: 'view',
    inputs: [{ name: 'addr', type: 'address' }],
    outputs: [{ name: 'balance', type: 'uint256' }],
  },
] as const

/**
 * The devnet's ERC-7821 batch executor (OpenZeppelin's), the code a smart account delegates to with EIP-7702.
 * `execute` runs ERC-7821 batch-encoded calls as the account, all or nothing; only the account may call it.
 */
export const batchExecutorAbi = [
  {
    type: 'function',
    name: 'execute',
    stateMutability: 'payable',
    inputs: [
      { name: 'mode', type: 'bytes32' },
      { name: 'executionData', type: 'bytes' },
    ],
    outputs: [],
  },
  {
    type: 'function',
    name: 'supportsExecutionMode',
    stateMutability: 'view',
    inputs: [{ name: 'mode', type: 'bytes32' }],
    outputs: [{ name: 'result', type: 'bool' }],
  },
  { type: 'error', name: 'UnsupportedExecutionMode', inputs: [] },
  { type: 'error', name: 'AccountUnauthorized', inputs: [{ name: 'account', type: 'address' }] },
] as const
