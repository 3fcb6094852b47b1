// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VeniceFixture} from "./utils/VeniceFixture.sol";
import {VeniceHandler} from "./handlers/VeniceHandler.sol";

/// @notice Stateful fuzzing: forge calls random VeniceHandler actions (several actors staking, unstaking,
/// claiming, minting and burning DIEM, staking DIEM, time passing, emission rate changes) and checks
/// these properties after every call.
contract VeniceInvariantsTest is VeniceFixture {
    VeniceHandler private handler;

    function setUp() public override {
        super.setUp();
        address[] memory actors = new address[](3);
        actors[0] = alice;
        actors[1] = bob;
        actors[2] = carol;
        handler = new VeniceHandler(staking, owner, actors);

        // Start every run from live positions, so short call sequences already reach DIEM staking and
        // cooldowns instead of spending most calls on setting up.
        for (uint256 i; i < actors.length; ++i) {
            handler.stake(i, i, 1_000_000e18);
            handler.mintDiem(i, 50_000e18);
            handler.diemStake(i, 300e18);
        }

        bytes4[] memory selectors = new bytes4[](15);
        selectors[0] = VeniceHandler.stake.selector;
        selectors[1] = VeniceHandler.initiateUnstake.selector;
        selectors[2] = VeniceHandler.finalizeUnstake.selector;
        selectors[3] = VeniceHandler.claim.selector;
        selectors[4] = VeniceHandler.claimAndStake.selector;
        selectors[5] = VeniceHandler.mintDiem.selector;
        selectors[6] = VeniceHandler.burnDiem.selector;
        selectors[7] = VeniceHandler.transferDiem.selector;
        selectors[8] = VeniceHandler.diemStake.selector;
        selectors[9] = VeniceHandler.diemInitiateUnstake.selector;
        selectors[10] = VeniceHandler.diemUnstake.selector;
        selectors[11] = VeniceHandler.warp.selector;
        selectors[12] = VeniceHandler.setEmissionRate.selector;
        // Time matters most for emissions and cooldowns: weight it by listing it three times.
        selectors[13] = VeniceHandler.warp.selector;
        selectors[14] = VeniceHandler.warp.selector;
        targetContract(address(handler));
        targetSelector(FuzzSelector({addr: address(handler), selectors: selectors}));
    }

    /// (a) VVV is conserved: the only new VVV is what staking minted (rewards to actors + treasury cuts),
    /// and that, plus everything still owed, never exceeds rate x time.
    function invariant_vvvMintedOnlyFromEmissions() public {
        vm.warp(handler.currentTime());
        uint256 treasuryCuts = vvv.balanceOf(treasury);
        uint256 mintedByStaking = handler.ghost_rewardsPaid() + treasuryCuts;
        assertEq(vvv.totalSupply(), vvv.GENESIS_SUPPLY() + mintedByStaking, "VVV supply = genesis + staking mints");
        assertLe(mintedByStaking, handler.ghost_emissionBudget(), "minted <= emitted");

        uint256 stillOwed;
        for (uint256 i; i < handler.actorCount(); ++i) {
            stillOwed += staking.pendingRewards(handler.actorAt(i));
        }
        assertLe(mintedByStaking + stillOwed, handler.ghost_emissionBudget(), "minted + pending <= emitted");
    }

    /// (b) sVVV is fully backed: every sVVV and every VVV in cooldown is VVV held by the staking contract.
    function invariant_stakesAreBacked() public view {
        uint256 sumBalances;
        uint256 sumCooldowns;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actorAt(i);
            sumBalances += staking.balanceOf(actor);
            (,, uint256 cooldownAmount) = staking.stakes(actor);
            sumCooldowns += cooldownAmount;
        }
        assertEq(staking.totalSupply(), sumBalances, "sVVV supply = sum of balances");
        assertEq(vvv.balanceOf(address(staking)), staking.totalSupply() + sumCooldowns, "VVV held = sVVV + cooldowns");
    }

    /// (c) Cooldowns hold: no finalize (sVVV) or unstake (DIEM) before the end, none refused after it.
    function invariant_cooldownsAreEnforced() public view {
        assertFalse(handler.ghost_finalizedBeforeCooldown(), "sVVV finalized before cooldown end");
        assertFalse(handler.ghost_finalizeRefusedAfterCooldown(), "sVVV finalize refused after cooldown end");
        assertFalse(handler.ghost_diemUnstakedBeforeCooldown(), "DIEM unstaked before cooldown end");
        assertFalse(handler.ghost_diemUnstakeRefusedAfterCooldown(), "DIEM unstake refused after cooldown end");
    }

    /// (d) Locks add up: burns never unlock more than mints locked, and DIEM supply is exactly what is owed.
    function invariant_locksAddUp() public view {
        uint256 sumLocked;
        uint256 sumOutstanding;
        for (uint256 i; i < handler.actorCount(); ++i) {
            address actor = handler.actorAt(i);
            (uint256 locked, uint256 outstanding) = staking.lockedStakes(actor);
            uint256 lockedByMints = handler.ghost_lockedByMints(actor);
            uint256 unlockedByBurns = handler.ghost_unlockedByBurns(actor);
            assertLe(unlockedByBurns, lockedByMints, "unlocked by burns <= locked by mints");
            assertEq(locked, lockedByMints - unlockedByBurns, "lock = locked - unlocked");
            assertLe(locked, staking.balanceOf(actor), "lock <= sVVV balance");
            if (outstanding == 0) assertEq(locked, 0, "no DIEM owed, nothing locked");
            sumLocked += locked;
            sumOutstanding += outstanding;
        }
        assertEq(staking.totalLockedStakedVVV(), sumLocked, "totalLockedStakedVVV = sum of locks");
        assertEq(diem.totalSupply(), sumOutstanding, "DIEM supply = sum of outstanding");
    }

    /// DIEM staking is backed: staked plus cooling-down DIEM is exactly what the DIEM contract holds.
    function invariant_diemStakesAreBacked() public view {
        uint256 sumStaked;
        uint256 sumCoolingDown;
        for (uint256 i; i < handler.actorCount(); ++i) {
            (uint256 staked,, uint256 coolDownAmount) = diem.stakedInfos(handler.actorAt(i));
            sumStaked += staked;
            sumCoolingDown += coolDownAmount;
        }
        assertEq(diem.totalStaked(), sumStaked, "totalStaked = sum of stakes");
        assertEq(diem.balanceOf(address(diem)), diem.totalStaked() + sumCoolingDown, "DIEM held = staked + cooldowns");
    }
}
