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
  /**
   * What the indexer (apps/indexer) reads history from. Amounts and levels come from ERC-20 `Transfer` events (VVV,
   * sVVV, DIEM) and from getters read at the event's block; an uncertain event is used only as a *trigger* to read
   * getters, never for its amounts, except where nothing else exists:
   * - `EmissionRateUpdated` triggers a read of `emissionRatePerSecond()` (the event exists by name on Base).
   * - `Claimed(user, amount)` is the only record of rewards paid to one account (prototype name).
   * - DIEM `Staked` / `UnstakeInitiated` (one source) give staked DIEM per account. Staking moves the DIEM into the
   *   token contract's own balance with a `Transfer` (balanceOf drops, as on Base; an ERC-20 transfer emits one),
   *   and `unstake()` moves it back the same way, so balances come from Transfers alone.
   * - Locked sVVV has no event of certain shape: `totalLockedStakedVVV()` and `lockedStakes(minter)` are read at each
   *   DIEM mint and burn.
   * - VVV leaving the staking contract is an unstake being finalized: rewards are minted, not paid from its balance
   *   (`stakingOwnsVvvAndMintsEmissions`).
   * - Each account's token movements are the Transfers of VVV (all of them), sVVV and DIEM that touch it, read from
   *   the account's side: VVV minted to it is a reward (emissions; the genesis mint, from a contract creation, is
   *   not), VVV to staking a stake, VVV from staking an unstake finalized; sVVV minted is a stake (a reward when the
   *   transaction calls `claimAndStake()` directly), sVVV burned an unstake started; DIEM to or from the DIEM
   *   contract is staking or `unstake()`. DIEM `UnstakeInitiated` adds the one movement no Transfer shows.
   */
  historyFromTransfersAndGetters: true,
} as const
