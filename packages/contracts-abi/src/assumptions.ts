/**
 * Every behaviour of the Venice contracts that our spec marks UNVERIFIED, and the choice Rialto makes.
 * The reference contracts (packages/contracts) implement these same choices; their comment block
 * "UNVERIFIED choices" in VeniceStaking.sol mirrors this list. Change both together.
 */
export const unverifiedChoices = {
  /** A second `initiateUnstake` during an active sVVV cooldown adds to the amount and restarts the 7-day timer (as DIEM does). */
  reinitiateUnstakeRestartsCooldown: true,
  /** `ACC_REWARD_SCALE` of the MasterChef-style reward accumulators. */
  accRewardScale: 10n ** 36n,
  /** `getDiemAmountOut` walks the 256-bucket table from the current DIEM supply, rounding cost up and output down. */
  mintWalksBucketsFromCurrentSupply: true,
  /** `burnDiem` unlocks the caller's own lock pro rata (`burned × locked / outstanding`), not at the current rate. */
  burnUnlocksOwnLockProRata: true,
  /** The staking contract owns VVV and mints emissions when rewards are paid. */
  stakingOwnsVvvAndMintsEmissions: true,
  /** sVVV's cooldown is finalized with `finalizeUnstake()`; one source says `unstake()`. */
  svvvFinalizeSelector: 'finalizeUnstake()',
  /** Staking event names (`Staked`, `UnstakeInitiated`, `DiemMinted`…) come from a prototype; history is read from Transfer events instead. */
  stakingEventNamesFromPrototype: true,
} as const
