import { BurnPanel } from '../features/diem/burn-panel'
import { DiemStakingPanel } from '../features/diem/diem-staking-panel'
import { ExitPath } from '../features/diem/exit-path'
import { MintPanel } from '../features/diem/mint-panel'
import { RewardsPanel } from '../features/stake/rewards-panel'
import { StakePanel } from '../features/stake/stake-panel'
import { UnstakePanel } from '../features/stake/unstake-panel'
import type { PositionActionProps } from '../position/action-props'

/** Everything the connected account can do, each through the one transaction flow. */
export function Actions(props: PositionActionProps) {
  return (
    <div className="flex flex-col gap-8" data-testid="actions">
      <section id="stake" className="grid scroll-mt-6 gap-6 lg:grid-cols-2" aria-label="VVV staking">
        <StakePanel {...props} />
        <UnstakePanel {...props} />
        <RewardsPanel {...props} />
      </section>
      <section id="diem" className="grid scroll-mt-6 gap-6 lg:grid-cols-2" aria-label="DIEM">
        <MintPanel {...props} />
        <BurnPanel {...props} />
        <DiemStakingPanel {...props} />
        <ExitPath position={props.position} />
      </section>
    </div>
  )
}
