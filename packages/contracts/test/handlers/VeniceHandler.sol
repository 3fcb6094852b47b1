// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "../utils/Test.sol";
import {VeniceToken} from "../../src/VeniceToken.sol";
import {VeniceStaking} from "../../src/VeniceStaking.sol";
import {Diem} from "../../src/Diem.sol";

/// @notice Random but valid actions by a few actors against VVV / sVVV / DIEM, for the invariant tests.
/// Inputs are bounded so that no action reverts unexpectedly; the few calls that may legitimately fail
/// (finalize and unstake at random times) are tried and their outcome is checked against the cooldown.
/// The handler keeps its own clock and warps to it before each action, so time moves only through warp()
/// and the emission budget always matches the time that passed.
contract VeniceHandler is Test {
    VeniceToken public immutable vvv;
    VeniceStaking public immutable staking;
    Diem public immutable diem;
    address public immutable owner;

    address[] private actors;
    uint256 public currentTime;

    // ---- Ghost variables: what the handler observed, for the invariants to compare against ----

    /// Sum of emissionRatePerSecond * elapsed seconds: the most VVV the staking contract may ever mint.
    uint256 public ghost_emissionBudget;
    /// VVV minted to actors as rewards (paid out or compounded into sVVV).
    uint256 public ghost_rewardsPaid;
    /// A finalizeUnstake (or DIEM unstake) succeeded before its cooldown ended.
    bool public ghost_finalizedBeforeCooldown;
    bool public ghost_diemUnstakedBeforeCooldown;
    /// A finalizeUnstake (or DIEM unstake) reverted although its cooldown was over.
    bool public ghost_finalizeRefusedAfterCooldown;
    bool public ghost_diemUnstakeRefusedAfterCooldown;
    /// sVVV each actor locked by minting DIEM and unlocked by burning it.
    mapping(address actor => uint256) public ghost_lockedByMints;
    mapping(address actor => uint256) public ghost_unlockedByBurns;

    constructor(VeniceStaking staking_, address owner_, address[] memory actors_) {
        staking = staking_;
        vvv = VeniceToken(address(staking_.venice()));
        diem = staking_.diem();
        owner = owner_;
        actors = actors_;
        currentTime = block.timestamp;
    }

    modifier atCurrentTime() {
        vm.warp(currentTime);
        _;
    }

    function actorCount() external view returns (uint256) {
        return actors.length;
    }

    function actorAt(uint256 index) external view returns (address) {
        return actors[index];
    }

    // =============================================================================================
    // Staking actions
    // =============================================================================================

    function stake(uint256 payerSeed, uint256 recipientSeed, uint256 amount) external atCurrentTime {
        address payer = _actor(payerSeed);
        address recipient = _actor(recipientSeed);
        uint256 available = vvv.balanceOf(payer);
        if (available == 0) return;
        amount = bound(amount, 1, available);

        uint256 actorsVvvBefore = _actorsVvv();
        vm.prank(payer);
        staking.stake(recipient, amount);
        _recordRewards(actorsVvvBefore, amount, 0);
    }

    function initiateUnstake(uint256 actorSeed, uint256 amount) external atCurrentTime {
        address actor = _actor(actorSeed);
        uint256 unlocked = staking.balanceOfUnlocked(actor);
        if (unlocked == 0) return;
        amount = bound(amount, 1, unlocked);

        uint256 actorsVvvBefore = _actorsVvv();
        vm.prank(actor);
        staking.initiateUnstake(amount);
        _recordRewards(actorsVvvBefore, 0, 0);
    }

    /// Tried at any time, often right at the cooldown edge: it must succeed exactly when something is
    /// cooling down and the cooldown is over.
    function finalizeUnstake(uint256 actorSeed, uint256 timingSeed) external atCurrentTime {
        address actor = _actor(actorSeed);
        (, uint256 cooldownEnd, uint256 cooldownAmount) = staking.stakes(actor);
        _maybeJumpToEdge(cooldownEnd, timingSeed);
        bool allowed = cooldownAmount > 0 && block.timestamp >= cooldownEnd;

        uint256 actorsVvvBefore = _actorsVvv();
        vm.prank(actor);
        try staking.finalizeUnstake() {
            if (block.timestamp < cooldownEnd) ghost_finalizedBeforeCooldown = true;
            _recordRewards(actorsVvvBefore, 0, cooldownAmount);
        } catch {
            if (allowed) ghost_finalizeRefusedAfterCooldown = true;
        }
    }

    function claim(uint256 actorSeed) external atCurrentTime {
        address actor = _actor(actorSeed);
        if (staking.pendingRewards(actor) == 0) return;

        uint256 actorsVvvBefore = _actorsVvv();
        vm.prank(actor);
        staking.claim();
        _recordRewards(actorsVvvBefore, 0, 0);
    }

    function claimAndStake(uint256 actorSeed) external atCurrentTime {
        address actor = _actor(actorSeed);
        if (staking.pendingRewards(actor) == 0) return;

        uint256 sVvvBefore = staking.balanceOf(actor);
        vm.prank(actor);
        staking.claimAndStake();
        ghost_rewardsPaid += staking.balanceOf(actor) - sVvvBefore;
    }

    // =============================================================================================
    // DIEM minting and burning
    // =============================================================================================

    function mintDiem(uint256 actorSeed, uint256 amount) external atCurrentTime {
        address actor = _actor(actorSeed);
        uint256 unlocked = staking.balanceOfUnlocked(actor);
        if (unlocked == 0) return;
        amount = bound(amount, 1, unlocked);
        uint256 quote;
        try staking.getDiemAmountOut(amount) returns (uint256 diemOut) {
            quote = diemOut;
        } catch {
            return; // more sVVV than the rest of the curve sells
        }
        if (quote == 0) return;

        uint256 actorsVvvBefore = _actorsVvv();
        (uint256 lockedBefore,) = staking.lockedStakes(actor);
        vm.prank(actor);
        staking.mintDiem(amount, quote);
        (uint256 lockedAfter,) = staking.lockedStakes(actor);
        ghost_lockedByMints[actor] += lockedAfter - lockedBefore;
        _recordRewards(actorsVvvBefore, 0, 0);
    }

    function burnDiem(uint256 actorSeed, uint256 amount) external atCurrentTime {
        address actor = _actor(actorSeed);
        (uint256 lockedBefore, uint256 outstanding) = staking.lockedStakes(actor);
        uint256 burnable = _min(outstanding, diem.balanceOf(actor));
        if (burnable == 0) return;
        amount = bound(amount, 1, burnable);

        uint256 actorsVvvBefore = _actorsVvv();
        vm.prank(actor);
        staking.burnDiem(amount);
        (uint256 lockedAfter,) = staking.lockedStakes(actor);
        ghost_unlockedByBurns[actor] += lockedBefore - lockedAfter;
        _recordRewards(actorsVvvBefore, 0, 0);
    }

    /// DIEM changes hands, so actors burn DIEM they did not mint themselves.
    function transferDiem(uint256 fromSeed, uint256 toSeed, uint256 amount) external atCurrentTime {
        address from = _actor(fromSeed);
        uint256 available = diem.balanceOf(from);
        if (available == 0) return;
        amount = bound(amount, 1, available);
        vm.prank(from);
        assertTrue(diem.transfer(_actor(toSeed), amount), "DIEM transfer");
    }

    // =============================================================================================
    // DIEM staking
    // =============================================================================================

    function diemStake(uint256 actorSeed, uint256 amount) external atCurrentTime {
        address actor = _actor(actorSeed);
        uint256 available = diem.balanceOf(actor);
        if (available == 0) return;
        amount = bound(amount, 1, available);
        vm.prank(actor);
        diem.stake(amount);
    }

    function diemInitiateUnstake(uint256 actorSeed, uint256 amount) external atCurrentTime {
        address actor = _actor(actorSeed);
        (uint256 staked,,) = diem.stakedInfos(actor);
        if (staked == 0) return;
        amount = bound(amount, 1, staked);
        vm.prank(actor);
        diem.initiateUnstake(amount);
    }

    function diemUnstake(uint256 actorSeed, uint256 timingSeed) external atCurrentTime {
        address actor = _actor(actorSeed);
        (, uint256 coolDownEnd, uint256 coolDownAmount) = diem.stakedInfos(actor);
        _maybeJumpToEdge(coolDownEnd, timingSeed);
        bool allowed = coolDownAmount > 0 && block.timestamp >= coolDownEnd;
        vm.prank(actor);
        try diem.unstake() {
            if (block.timestamp < coolDownEnd) ghost_diemUnstakedBeforeCooldown = true;
        } catch {
            if (allowed) ghost_diemUnstakeRefusedAfterCooldown = true;
        }
    }

    // =============================================================================================
    // Time and admin
    // =============================================================================================

    function warp(uint256 secondsForward) external {
        _advanceTime(bound(secondsForward, 0, 8 days));
    }

    function setEmissionRate(uint256 ratePerSecond) external atCurrentTime {
        ratePerSecond = bound(ratePerSecond, 0, 100e18);
        vm.prank(owner);
        staking.setEmissionRate(ratePerSecond);
    }

    // =============================================================================================
    // Internals
    // =============================================================================================

    function _advanceTime(uint256 secondsForward) private {
        ghost_emissionBudget += staking.emissionRatePerSecond() * secondsForward;
        currentTime += secondsForward;
    }

    /// Three times in four, moves the clock to one second before, at, or one second after `cooldownEnd`
    /// (when that is ahead), where an off-by-one in a cooldown check shows; random warps rarely land there.
    function _maybeJumpToEdge(uint256 cooldownEnd, uint256 timingSeed) private {
        uint256 edge = timingSeed % 4;
        if (edge == 0 || cooldownEnd == 0) return;
        uint256 target = cooldownEnd + edge - 2;
        if (target <= currentTime) return;
        _advanceTime(target - currentTime);
        vm.warp(currentTime);
    }

    function _actor(uint256 seed) private view returns (address) {
        return actors[seed % actors.length];
    }

    function _actorsVvv() private view returns (uint256 total) {
        for (uint256 i; i < actors.length; ++i) {
            total += vvv.balanceOf(actors[i]);
        }
    }

    /// Actors hold VVV only from their start balance, stakes and unstakes, so whatever else they gained
    /// since `actorsVvvBefore` was minted to them as rewards.
    function _recordRewards(uint256 actorsVvvBefore, uint256 stakedIn, uint256 unstakedOut) private {
        ghost_rewardsPaid += _actorsVvv() + stakedIn - unstakedOut - actorsVvvBefore;
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }
}
