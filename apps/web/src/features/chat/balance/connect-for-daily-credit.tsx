/** Shown without a wallet, and before the wallet code has loaded. */
export function ConnectForDailyCredit() {
  return (
    <span>
      Connect a wallet to see the daily credit your staked DIEM buys ·{' '}
      <a href="/#diem" className="text-amber-300 underline">
        DIEM
      </a>
    </span>
  )
}
