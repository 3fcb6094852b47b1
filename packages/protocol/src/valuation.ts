/**
 * DIEM holdings valued in VVV two ways, because they differ: what burning the DIEM would unlock of the account's
 * own lock (spec §3.4: pro rata to its lock, not the mint curve), and what the VVV/DIEM pool would pay.
 * Rates are VVV wei per whole DIEM (1e18-scaled), rounded down. The USD side is `dailyApiCreditUsdForDiem`
 * in ./position.
 */

const wad = 10n ** 18n

/** sVVV the account locked per DIEM it minted: what `burnDiem` gives back per DIEM. `null` with nothing minted. */
export function lockedSvvvPerDiem(lockedSvvv: bigint, outstandingDiem: bigint): bigint | null {
  if (outstandingDiem === 0n) return null
  return (lockedSvvv * wad) / outstandingDiem
}

/**
 * The pool's spot price, VVV per DIEM. `null` while either reserve is empty. A mid price: a real swap gets less,
 * by the pool's fee and its price impact.
 */
export function poolPriceVvvPerDiem(reserveVvv: bigint, reserveDiem: bigint): bigint | null {
  if (reserveVvv === 0n || reserveDiem === 0n) return null
  return (reserveVvv * wad) / reserveDiem
}

export type DiemValue = {
  /** VVV wei that burning `diem` would unlock at the account's own rate; `null` without a lock. */
  atLockedRate: bigint | null
  /** VVV wei at the pool's spot price; `null` without a pool price. */
  atPoolPrice: bigint | null
}

export function valueDiemBothWays({
  diem,
  lockedSvvvPerDiem,
  poolPrice,
}: {
  diem: bigint
  lockedSvvvPerDiem: bigint | null
  poolPrice: bigint | null
}): DiemValue {
  const at = (rate: bigint | null) => (rate === null ? null : (diem * rate) / wad)
  return { atLockedRate: at(lockedSvvvPerDiem), atPoolPrice: at(poolPrice) }
}
