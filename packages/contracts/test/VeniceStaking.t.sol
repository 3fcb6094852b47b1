// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VeniceFixture} from "./utils/VeniceFixture.sol";
import {VeniceStaking} from "../src/VeniceStaking.sol";
import {Diem} from "../src/Diem.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract VeniceStakingTest is VeniceFixture {
    /// Sum over all 256 test buckets of 500 DIEM x (90 + i) sVVV: the sVVV that buys the whole curve.
    uint256 private constant WHOLE_CURVE_COST = 27_840_000e18;

    function stakeInfo(address user) private view returns (uint256 rewardDebt, uint256 cooldownEnd, uint256 amount) {
        return staking.stakes(user);
    }

    function lockInfo(address user) private view returns (uint256 locked, uint256 outstanding) {
        return staking.lockedStakes(user);
    }

    // =============================================================================================
    // Deployment
    // =============================================================================================

    function test_deployment() public view {
        assertEq(staking.name(), "Staked Venice Token", "name");
        assertEq(staking.symbol(), "sVVV", "symbol");
        assertEq(staking.decimals(), 18, "decimals");
        assertEq(address(staking.venice()), address(vvv), "venice");
        assertEq(staking.treasury(), treasury, "treasury");
        assertEq(staking.owner(), owner, "owner");
        assertEq(staking.emissionRatePerSecond(), EMISSION_RATE, "rate");
        assertEq(staking.cooldownDuration(), COOLDOWN, "cooldown");
        assertEq(staking.lastRewardTimestamp(), START_TIME, "lastRewardTimestamp");
        assertEq(staking.ACC_REWARD_SCALE(), 1e36, "scale");
        assertEq(staking.veniceEmissionsPercentage(), 0, "venice cut");
        assertEq(staking.veniceEmissionsPercentageWhenLocked(), 2e17, "locked cut");
        assertEq(staking.diemSupply(0), 500e18, "first bucket bound");
        assertEq(staking.diemSupply(255), 128_000e18, "last bucket bound");
        assertEq(staking.diemMintRates(255), 345e18, "last bucket rate");
        assertEq(vvv.owner(), address(staking), "staking mints VVV");
        // DIEM is created by the staking contract, which alone can mint and burn it.
        assertEq(address(staking.diem()), address(diem), "diem");
        assertEq(diem.staking(), address(staking), "diem minter");
        assertEq(diem.owner(), owner, "diem owner");
    }

    function test_curveIndex256Reverts() public {
        // Public array getters revert without data past the end.
        vm.expectRevert(bytes(""));
        staking.diemSupply(256);
        vm.expectRevert(bytes(""));
        staking.diemMintRates(256);
    }

    function test_constructor_rejectsBadCurve() public {
        (uint256[256] memory supplies, uint256[256] memory rates) = buildTestMintCurve();
        supplies[7] = supplies[6];
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InvalidMintCurve.selector, 7));
        new VeniceStaking(address(vvv), treasury, EMISSION_RATE, COOLDOWN, supplies, rates, owner);
    }

    function test_constructor_rejectsZeroAddresses() public {
        (uint256[256] memory supplies, uint256[256] memory rates) = buildTestMintCurve();
        vm.expectRevert(VeniceStaking.ZeroAddress.selector);
        new VeniceStaking(address(0), treasury, EMISSION_RATE, COOLDOWN, supplies, rates, owner);
        vm.expectRevert(VeniceStaking.ZeroAddress.selector);
        new VeniceStaking(address(vvv), address(0), EMISSION_RATE, COOLDOWN, supplies, rates, owner);
    }

    // =============================================================================================
    // stake
    // =============================================================================================

    function test_stake_mintsSvvvOneToOne() public {
        vm.expectEmit(address(staking));
        emit VeniceStaking.Staked(alice, 100e18);
        stakeAs(alice, 100e18);

        assertEq(staking.balanceOf(alice), 100e18, "sVVV");
        assertEq(staking.balanceOfUnlocked(alice), 100e18, "unlocked");
        assertEq(staking.totalSupply(), 100e18, "supply");
        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18, "VVV pulled");
        assertEq(vvv.balanceOf(address(staking)), 100e18, "VVV held");
    }

    function test_stake_forAnotherRecipient() public {
        vm.prank(alice);
        staking.stake(bob, 40e18);

        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 40e18, "payer pays");
        assertEq(vvv.balanceOf(bob), ACTOR_VVV, "recipient pays nothing");
        assertEq(staking.balanceOf(bob), 40e18, "recipient gets sVVV");
        assertEq(staking.balanceOf(alice), 0, "payer gets none");
    }

    function test_stake_paysRecipientsPendingRewardsFirst() public {
        stakeAs(alice, 100e18);
        skipTime(10);
        vm.prank(bob);
        staking.stake(alice, 50e18);

        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18 + 10e18, "10 s of rewards harvested to alice");
        assertEq(staking.pendingRewards(alice), 0, "nothing pending");
        // From now on alice earns on 150 sVVV.
        skipTime(10);
        // 10 VVV over 150 sVVV does not divide evenly: the accumulator rounds down by a wei.
        assertApproxEqAbs(staking.pendingRewards(alice), 10e18, 1, "whole emission, new balance");
    }

    function test_stake_revertsOnZeroAmount() public {
        vm.expectRevert(VeniceStaking.ZeroAmount.selector);
        stakeAs(alice, 0);
    }

    function test_stake_revertsOnZeroRecipient() public {
        vm.expectRevert(VeniceStaking.ZeroAddress.selector);
        vm.prank(alice);
        staking.stake(address(0), 1e18);
    }

    function test_stake_revertsWithoutAllowance() public {
        address stranger = makeAddr("stranger");
        vm.prank(genesis);
        assertTrue(vvv.transfer(stranger, 10e18), "fund stranger");
        // VVV is solmate: a missing allowance underflows (panic 0x11) instead of a custom error.
        vm.expectRevert(abi.encodeWithSignature("Panic(uint256)", 0x11));
        vm.prank(stranger);
        staking.stake(stranger, 10e18);
    }

    // =============================================================================================
    // sVVV is not transferable
    // =============================================================================================

    function test_transfer_revertsNotTransferrable() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(bytes("NOT_TRANSFERRABLE"));
        vm.prank(alice);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        staking.transfer(bob, 1e18);
    }

    function test_transferFrom_revertsNotTransferrable() public {
        stakeAs(alice, 100e18);
        vm.prank(alice);
        staking.approve(bob, type(uint256).max);
        vm.expectRevert(bytes("NOT_TRANSFERRABLE"));
        vm.prank(bob);
        // forge-lint: disable-next-line(erc20-unchecked-transfer)
        staking.transferFrom(alice, bob, 1e18);
    }

    // =============================================================================================
    // Emissions and rewards
    // =============================================================================================

    function test_rewards_accruePerSecond() public {
        stakeAs(alice, 100e18);
        skipTime(1);
        assertEq(staking.pendingRewards(alice), 1e18, "one second");
        skipTime(99);
        assertEq(staking.pendingRewards(alice), 100e18, "live, without any transaction");
    }

    function test_rewards_splitProRata() public {
        stakeAs(alice, 100e18);
        stakeAs(bob, 300e18);
        skipTime(100);
        assertEq(staking.pendingRewards(alice), 25e18, "alice 1/4");
        assertEq(staking.pendingRewards(bob), 75e18, "bob 3/4");
    }

    function test_rewards_nothingEmittedWhileNothingIsStaked() public {
        skipTime(1000);
        stakeAs(alice, 100e18);
        assertEq(staking.lastRewardTimestamp(), block.timestamp, "clock moved");
        assertEq(vvv.balanceOf(treasury), 0, "no cut");
        skipTime(10);
        assertEq(staking.pendingRewards(alice), 10e18, "only time since staking counts");
    }

    function test_rewards_lockedStakeGetsEightyPercentAndTreasuryTwenty() public {
        stakeAs(alice, 100e18);
        stakeAs(bob, 100e18);
        mintDiemAs(bob, 100e18); // all of bob's sVVV is now locked
        assertEq(staking.totalLockedStakedVVV(), 100e18, "locked");

        skipTime(100); // 100 VVV emitted: 50 to the unlocked half, 50 to the locked half
        assertEq(staking.pendingRewards(alice), 50e18, "unlocked pool keeps all");
        assertEq(staking.pendingRewards(bob), 40e18, "locked pool keeps 80%");

        vm.prank(alice);
        staking.claim(); // accrues: the treasury's 20% of the locked half is minted now
        assertEq(vvv.balanceOf(treasury), 10e18, "treasury gets 20% of the locked half");
        assertEq(staking.accRewardPerShare(), 0.5e36, "per unlocked sVVV");
        assertEq(staking.accRewardPerShareLocked(), 0.4e36, "per locked sVVV");
    }

    function test_rewards_veniceCutAppliesToAllEmissions() public {
        vm.prank(owner);
        staking.setVeniceEmissionsPercentage(1e17);
        stakeAs(alice, 100e18);
        stakeAs(bob, 100e18);
        mintDiemAs(bob, 100e18);

        skipTime(100); // 10 to Venice, then 45 / 45
        assertEq(staking.pendingRewards(alice), 45e18, "unlocked");
        assertEq(staking.pendingRewards(bob), 36e18, "locked, after the 20% cut");
        vm.prank(bob);
        staking.claim();
        assertEq(vvv.balanceOf(treasury), 10e18 + 9e18, "both cuts");
    }

    function test_rewards_partlyLockedPositionEarnsFromBothPools() public {
        stakeAs(alice, 100e18);
        mintDiemAs(alice, 50e18);
        skipTime(100);
        assertEq(staking.pendingRewards(alice), 50e18 + 40e18, "50 unlocked + 80% of 50 locked");
    }

    // =============================================================================================
    // claim / claimAndStake
    // =============================================================================================

    function test_claim_paysPendingInVvv() public {
        stakeAs(alice, 100e18);
        skipTime(30);
        vm.expectEmit(address(staking));
        emit VeniceStaking.Claimed(alice, 30e18);
        vm.prank(alice);
        staking.claim();

        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18 + 30e18, "paid");
        assertEq(staking.pendingRewards(alice), 0, "nothing left");
        assertEq(vvv.totalSupply(), 100_000_000e18 + 30e18, "minted, not taken from stakes");
        assertEq(vvv.balanceOf(address(staking)), 100e18, "stakes untouched");
    }

    function test_claim_revertsWithNothingPending() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(VeniceStaking.NothingToClaim.selector);
        vm.prank(alice);
        staking.claim();
    }

    function test_claimAndStake_compoundsIntoSvvv() public {
        stakeAs(alice, 100e18);
        skipTime(50);
        vm.prank(alice);
        staking.claimAndStake();

        assertEq(staking.balanceOf(alice), 150e18, "rewards staked");
        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18, "nothing paid out");
        assertEq(vvv.balanceOf(address(staking)), 150e18, "backed by VVV");
        assertEq(staking.pendingRewards(alice), 0, "nothing left");
    }

    function test_claimAndStake_revertsWithNothingPending() public {
        vm.expectRevert(VeniceStaking.NothingToClaim.selector);
        vm.prank(alice);
        staking.claimAndStake();
    }

    // =============================================================================================
    // initiateUnstake / finalizeUnstake
    // =============================================================================================

    function test_initiateUnstake_burnsSvvvAndStartsCooldown() public {
        stakeAs(alice, 100e18);
        vm.expectEmit(address(staking));
        emit VeniceStaking.UnstakeInitiated(alice, 30e18);
        vm.prank(alice);
        staking.initiateUnstake(30e18);

        (, uint256 cooldownEnd, uint256 cooldownAmount) = stakeInfo(alice);
        assertEq(cooldownAmount, 30e18, "cooling down");
        assertEq(cooldownEnd, block.timestamp + COOLDOWN, "end");
        assertEq(staking.balanceOf(alice), 70e18, "sVVV burned");
        assertEq(staking.totalSupply(), 70e18, "supply");
        assertEq(vvv.balanceOf(address(staking)), 100e18, "VVV still held until finalize");
    }

    function test_initiateUnstake_paysPendingRewards() public {
        stakeAs(alice, 100e18);
        skipTime(20);
        vm.prank(alice);
        staking.initiateUnstake(100e18);
        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18 + 20e18, "harvested");
        skipTime(20);
        assertEq(staking.pendingRewards(alice), 0, "cooling VVV earns nothing");
    }

    function test_initiateUnstake_twiceAddsAndResetsTimer() public {
        stakeAs(alice, 100e18);
        vm.prank(alice);
        staking.initiateUnstake(30e18);
        uint256 firstEnd = block.timestamp + COOLDOWN;

        skipTime(3 days);
        vm.prank(alice);
        staking.initiateUnstake(20e18);
        (, uint256 cooldownEnd, uint256 cooldownAmount) = stakeInfo(alice);
        assertEq(cooldownAmount, 50e18, "amounts add");
        assertEq(cooldownEnd, block.timestamp + COOLDOWN, "timer restarts for everything");

        vm.warp(firstEnd);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.CooldownNotOver.selector, cooldownEnd));
        vm.prank(alice);
        staking.finalizeUnstake();

        vm.warp(cooldownEnd);
        vm.prank(alice);
        staking.finalizeUnstake();
        uint256 harvestedOnSecondInitiate = 3 days * EMISSION_RATE; // alice was the only staker
        // 1 wei short: the per-share accumulator rounds down (70 sVVV does not divide 1 VVV evenly).
        assertApproxEqAbs(
            vvv.balanceOf(alice), ACTOR_VVV - 100e18 + harvestedOnSecondInitiate + 50e18, 1, "all 50 back"
        );
    }

    function test_initiateUnstake_revertsOnZero() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(VeniceStaking.ZeroAmount.selector);
        vm.prank(alice);
        staking.initiateUnstake(0);
    }

    function test_initiateUnstake_revertsOnLockedSvvv() public {
        stakeAs(alice, 100e18);
        mintDiemAs(alice, 90e18);
        assertEq(staking.balanceOfUnlocked(alice), 10e18, "only 10 unlocked");
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InsufficientUnlockedBalance.selector, 11e18, 10e18));
        vm.prank(alice);
        staking.initiateUnstake(11e18);
    }

    function test_finalizeUnstake_revertsBeforeCooldown() public {
        stakeAs(alice, 100e18);
        vm.prank(alice);
        staking.initiateUnstake(100e18);
        skipTime(COOLDOWN - 1);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.CooldownNotOver.selector, block.timestamp + 1));
        vm.prank(alice);
        staking.finalizeUnstake();
    }

    function test_finalizeUnstake_paysVvvAtCooldownEnd() public {
        stakeAs(alice, 100e18);
        vm.prank(alice);
        staking.initiateUnstake(60e18);
        skipTime(COOLDOWN);

        vm.expectEmit(address(staking));
        emit VeniceStaking.UnstakeFinalized(alice, 60e18);
        vm.prank(alice);
        staking.finalizeUnstake();

        (, uint256 cooldownEnd, uint256 cooldownAmount) = stakeInfo(alice);
        assertEq(cooldownAmount, 0, "cleared amount");
        assertEq(cooldownEnd, 0, "cleared end");
        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 40e18, "60 VVV back");
        assertEq(vvv.balanceOf(address(staking)), 40e18, "rest still staked");
    }

    function test_finalizeUnstake_revertsWithNothingCoolingDown() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(VeniceStaking.NothingToFinalize.selector);
        vm.prank(alice);
        staking.finalizeUnstake();
    }

    // =============================================================================================
    // getDiemAmountOut / mintDiem
    // =============================================================================================

    function test_getDiemAmountOut_firstBucket() public view {
        assertEq(staking.getDiemAmountOut(90e18), 1e18, "90 sVVV per DIEM");
        assertEq(staking.getDiemAmountOut(100e18), uint256(100e18) * 1e18 / 90e18, "rounded down");
        assertEq(staking.getDiemAmountOut(0), 0, "nothing for nothing");
    }

    function test_getDiemAmountOut_spansBuckets() public view {
        // Bucket 0 (500 DIEM at 90) costs 45,000 sVVV; then 100 DIEM of bucket 1 at 91.
        assertEq(staking.getDiemAmountOut(45_000e18 + 9_100e18), 600e18, "exactly 600");
        assertEq(
            staking.getDiemAmountOut(45_000e18 + 50e18), 500e18 + uint256(50e18) * 1e18 / 91e18, "partial second bucket"
        );
        // Three whole buckets: 500 x (90 + 91 + 92).
        assertEq(staking.getDiemAmountOut(136_500e18), 1_500e18, "three buckets");
    }

    function test_getDiemAmountOut_wholeCurveThenExhausted() public view {
        assertEq(staking.getDiemAmountOut(WHOLE_CURVE_COST), 128_000e18, "the last bucket ends the curve");
    }

    function test_getDiemAmountOut_revertsPastLastBucket() public {
        vm.expectRevert(VeniceStaking.MintCurveExhausted.selector);
        staking.getDiemAmountOut(WHOLE_CURVE_COST + 1);
    }

    function test_mintDiem_mintsExactlyTheQuote() public {
        stakeAs(alice, 1_000_000e18);
        uint256 quote = staking.getDiemAmountOut(123_456e18);

        vm.expectEmit(address(staking));
        emit VeniceStaking.DiemMinted(123_456e18, quote);
        vm.prank(alice);
        staking.mintDiem(123_456e18, quote);

        assertEq(diem.balanceOf(alice), quote, "DIEM minted to the caller");
        (uint256 locked, uint256 outstanding) = lockInfo(alice);
        assertEq(locked, 123_456e18, "locked");
        assertEq(outstanding, quote, "outstanding");
        assertEq(staking.totalLockedStakedVVV(), 123_456e18, "total locked");
        assertEq(staking.balanceOf(alice), 1_000_000e18, "sVVV balance unchanged");
        assertEq(staking.balanceOfUnlocked(alice), 1_000_000e18 - 123_456e18, "unlocked shrinks");
    }

    function test_mintDiem_spanningBucketsMovesThePrice() public {
        stakeAs(alice, 100_000e18);
        assertEq(mintDiemAs(alice, 54_100e18), 600e18, "bucket 0 and part of bucket 1");
        assertEq(diem.totalSupply(), 600e18, "supply");
        assertEq(staking.getDiemAmountOut(91e18), 1e18, "next DIEM is at bucket 1's rate");
    }

    function test_mintDiem_revertsOnSlippage() public {
        stakeAs(alice, 1_000e18);
        uint256 quote = staking.getDiemAmountOut(900e18);
        // Someone else mints first and moves the price.
        stakeAs(bob, 100_000e18);
        mintDiemAs(bob, 45_000e18);
        uint256 newQuote = staking.getDiemAmountOut(900e18);

        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.SlippageExceeded.selector, newQuote, quote));
        vm.prank(alice);
        staking.mintDiem(900e18, quote);
    }

    function test_mintDiem_revertsOnZeroAmount() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(VeniceStaking.ZeroAmount.selector);
        vm.prank(alice);
        staking.mintDiem(0, 0);
    }

    function test_mintDiem_revertsWhenOutputRoundsToZero() public {
        stakeAs(alice, 100e18);
        vm.expectRevert(VeniceStaking.ZeroDiemOut.selector);
        vm.prank(alice);
        staking.mintDiem(89, 0); // 89 wei of sVVV buys 0.98 wei of DIEM
    }

    function test_mintDiem_revertsAboveUnlocked() public {
        stakeAs(alice, 100e18);
        mintDiemAs(alice, 60e18);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InsufficientUnlockedBalance.selector, 41e18, 40e18));
        vm.prank(alice);
        staking.mintDiem(41e18, 0);
    }

    function test_mintDiem_revertsPastTheCurve() public {
        address whale = makeAddr("whale");
        vm.prank(genesis);
        assertTrue(vvv.transfer(whale, WHOLE_CURVE_COST + 1), "fund whale");
        vm.startPrank(whale);
        vvv.approve(address(staking), type(uint256).max);
        staking.stake(whale, WHOLE_CURVE_COST + 1);
        vm.expectRevert(VeniceStaking.MintCurveExhausted.selector);
        staking.mintDiem(WHOLE_CURVE_COST + 1, 0);
        vm.stopPrank();
    }

    function test_mintDiem_paysPendingRewardsFirst() public {
        stakeAs(alice, 100e18);
        skipTime(10);
        mintDiemAs(alice, 100e18);
        assertEq(vvv.balanceOf(alice), ACTOR_VVV - 100e18 + 10e18, "unlocked-rate rewards paid before locking");
        skipTime(10);
        assertEq(staking.pendingRewards(alice), 8e18, "now at the locked rate");
    }

    // =============================================================================================
    // burnDiem
    // =============================================================================================

    function test_burnDiem_partialUnlocksProRata() public {
        stakeAs(bob, 1_000e18);
        assertEq(mintDiemAs(bob, 900e18), 10e18, "900 sVVV at 90 = 10 DIEM");

        vm.expectEmit(address(staking));
        emit VeniceStaking.DiemBurned(360e18, 4e18);
        vm.prank(bob);
        staking.burnDiem(4e18);

        (uint256 locked, uint256 outstanding) = lockInfo(bob);
        assertEq(locked, 540e18, "4/10 of the lock released");
        assertEq(outstanding, 6e18, "outstanding");
        assertEq(staking.balanceOfUnlocked(bob), 460e18, "unlocked");
        assertEq(diem.balanceOf(bob), 6e18, "DIEM burned");
        assertEq(diem.totalSupply(), 6e18, "DIEM supply");
        assertEq(staking.totalLockedStakedVVV(), 540e18, "total locked");
    }

    function test_burnDiem_fullBurnUnlocksEverything() public {
        stakeAs(bob, 1_000e18);
        uint256 minted = mintDiemAs(bob, 1_000e18); // 11.11… DIEM: not a round number
        vm.prank(bob);
        staking.burnDiem(minted / 3);
        vm.prank(bob);
        staking.burnDiem(minted - minted / 3);

        (uint256 locked, uint256 outstanding) = lockInfo(bob);
        assertEq(locked, 0, "no rounding dust left locked");
        assertEq(outstanding, 0, "outstanding");
        assertEq(staking.balanceOfUnlocked(bob), 1_000e18, "all unlocked");
        assertEq(staking.totalLockedStakedVVV(), 0, "total locked");
    }

    function test_burnDiem_unlocksAtOwnRateNotCurrentPrice() public {
        stakeAs(alice, 1_000e18);
        uint256 aliceDiem = mintDiemAs(alice, 900e18); // 10 DIEM at 90
        stakeAs(bob, 200_000e18);
        mintDiemAs(bob, 100_000e18); // the price rises for everyone after
        vm.prank(alice);
        staking.burnDiem(aliceDiem);
        assertEq(staking.balanceOfUnlocked(alice), 1_000e18, "alice gets back exactly her 900");
    }

    function test_burnDiem_withDiemBoughtFromSomeoneElse() public {
        stakeAs(alice, 1_000e18);
        mintDiemAs(alice, 900e18); // alice: 10 DIEM outstanding
        stakeAs(bob, 1_000e18);
        mintDiemAs(bob, 900e18);
        // alice sells her DIEM to bob; bob burns 20 against his own 10 outstanding: too much.
        vm.prank(alice);
        assertTrue(diem.transfer(bob, 10e18), "sell DIEM");
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.BurnExceedsOutstanding.selector, 20e18, 10e18));
        vm.prank(bob);
        staking.burnDiem(20e18);
        // Any 10 DIEM releases bob's own lock.
        vm.prank(bob);
        staking.burnDiem(10e18);
        (uint256 locked,) = lockInfo(bob);
        assertEq(locked, 0, "bob unlocked");
        (uint256 aliceLocked, uint256 aliceOutstanding) = lockInfo(alice);
        assertEq(aliceLocked, 900e18, "alice's lock is hers alone");
        assertEq(aliceOutstanding, 10e18, "alice still owes her DIEM");
    }

    function test_burnDiem_revertsAboveOutstanding() public {
        stakeAs(bob, 1_000e18);
        mintDiemAs(bob, 900e18);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.BurnExceedsOutstanding.selector, 10e18 + 1, 10e18));
        vm.prank(bob);
        staking.burnDiem(10e18 + 1);
    }

    function test_burnDiem_revertsWithoutOutstandingLock() public {
        vm.expectRevert(VeniceStaking.NoOutstandingLock.selector);
        vm.prank(alice);
        staking.burnDiem(1e18);
    }

    function test_burnDiem_revertsOnZero() public {
        vm.expectRevert(VeniceStaking.ZeroAmount.selector);
        vm.prank(alice);
        staking.burnDiem(0);
    }

    function test_burnDiem_revertsWhenDiemIsStaked() public {
        stakeAs(bob, 1_000e18);
        mintDiemAs(bob, 900e18);
        vm.prank(bob);
        diem.stake(10e18);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, bob, 0, 10e18));
        vm.prank(bob);
        staking.burnDiem(10e18);
    }

    function test_burnDiem_paysPendingRewardsFirst() public {
        stakeAs(bob, 100e18);
        uint256 minted = mintDiemAs(bob, 100e18);
        skipTime(10);
        vm.prank(bob);
        staking.burnDiem(minted);
        assertEq(vvv.balanceOf(bob), ACTOR_VVV - 100e18 + 8e18, "locked-rate rewards paid before unlocking");
        skipTime(10);
        assertEq(staking.pendingRewards(bob), 10e18, "back at the unlocked rate");
    }

    // =============================================================================================
    // Admin
    // =============================================================================================

    function test_admin_revertsForNonOwner() public {
        (uint256[256] memory supplies, uint256[256] memory rates) = buildTestMintCurve();
        bytes memory unauthorized = abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice);
        vm.startPrank(alice);
        vm.expectRevert(unauthorized);
        staking.setCooldownDuration(1);
        vm.expectRevert(unauthorized);
        staking.setDiemMintCurve(supplies, rates);
        vm.expectRevert(unauthorized);
        staking.setEmissionRate(1);
        vm.expectRevert(unauthorized);
        staking.setTreasury(alice);
        vm.expectRevert(unauthorized);
        staking.setVeniceEmissionsPercentage(1);
        vm.expectRevert(unauthorized);
        staking.setVeniceEmissionsPercentageWhenLocked(1);
        vm.stopPrank();
    }

    function test_setCooldownDuration() public {
        vm.expectEmit(address(staking));
        emit VeniceStaking.CooldownDurationUpdated(3 days);
        vm.prank(owner);
        staking.setCooldownDuration(3 days);
        assertEq(staking.cooldownDuration(), 3 days, "updated");

        stakeAs(alice, 10e18);
        vm.prank(alice);
        staking.initiateUnstake(10e18);
        (, uint256 cooldownEnd,) = stakeInfo(alice);
        assertEq(cooldownEnd, block.timestamp + 3 days, "used by new cooldowns");
    }

    function test_setEmissionRate_accruesAtTheOldRateFirst() public {
        stakeAs(alice, 100e18);
        skipTime(100);
        vm.expectEmit(address(staking));
        emit VeniceStaking.EmissionRateUpdated(2e18);
        vm.prank(owner);
        staking.setEmissionRate(2e18);
        assertEq(staking.emissionRatePerSecond(), 2e18, "updated");
        skipTime(100);
        assertEq(staking.pendingRewards(alice), 100e18 + 200e18, "100 s at 1/s then 100 s at 2/s");
    }

    function test_setTreasury_sendsLaterCutsToTheNewTreasury() public {
        address newTreasury = makeAddr("newTreasury");
        stakeAs(alice, 100e18);
        mintDiemAs(alice, 100e18);
        skipTime(100);
        vm.prank(owner);
        staking.setTreasury(newTreasury);
        assertEq(staking.treasury(), newTreasury, "updated");
        assertEq(vvv.balanceOf(treasury), 20e18, "cut so far went to the old treasury");

        skipTime(100);
        vm.prank(alice);
        staking.claim();
        assertEq(vvv.balanceOf(newTreasury), 20e18, "later cut goes to the new one");
    }

    function test_setTreasury_revertsOnZero() public {
        vm.expectRevert(VeniceStaking.ZeroAddress.selector);
        vm.prank(owner);
        staking.setTreasury(address(0));
    }

    function test_setVeniceEmissionsPercentages() public {
        stakeAs(alice, 100e18);
        skipTime(100);
        vm.startPrank(owner);
        staking.setVeniceEmissionsPercentage(5e17);
        staking.setVeniceEmissionsPercentageWhenLocked(1e18);
        vm.stopPrank();
        assertEq(staking.veniceEmissionsPercentage(), 5e17, "unlocked cut");
        assertEq(staking.veniceEmissionsPercentageWhenLocked(), 1e18, "locked cut");

        skipTime(100);
        assertEq(staking.pendingRewards(alice), 100e18 + 50e18, "old cut before the change, new cut after");
    }

    function test_setVeniceEmissionsPercentages_revertAbove100Percent() public {
        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.PercentageTooHigh.selector, 1e18 + 1));
        staking.setVeniceEmissionsPercentage(1e18 + 1);
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.PercentageTooHigh.selector, 1e18 + 1));
        staking.setVeniceEmissionsPercentageWhenLocked(1e18 + 1);
        vm.stopPrank();
    }

    function test_setDiemMintCurve_replacesTheTable() public {
        (uint256[256] memory supplies, uint256[256] memory rates) = buildTestMintCurve();
        rates[0] = 100e18;
        vm.prank(owner);
        staking.setDiemMintCurve(supplies, rates);
        assertEq(staking.diemMintRates(0), 100e18, "rate updated");
        assertEq(staking.getDiemAmountOut(100e18), 1e18, "quote uses the new rate");
    }

    function test_setDiemMintCurve_requiresStrictlyIncreasingSupplyAndNonZeroRates() public {
        (uint256[256] memory supplies, uint256[256] memory rates) = buildTestMintCurve();
        supplies[200] = supplies[199] - 1;
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InvalidMintCurve.selector, 200));
        vm.prank(owner);
        staking.setDiemMintCurve(supplies, rates);

        (supplies, rates) = buildTestMintCurve();
        supplies[0] = 0;
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InvalidMintCurve.selector, 0));
        vm.prank(owner);
        staking.setDiemMintCurve(supplies, rates);

        (supplies, rates) = buildTestMintCurve();
        rates[9] = 0;
        vm.expectRevert(abi.encodeWithSelector(VeniceStaking.InvalidMintCurve.selector, 9));
        vm.prank(owner);
        staking.setDiemMintCurve(supplies, rates);
    }

    // =============================================================================================
    // Fuzz
    // =============================================================================================

    function testFuzz_stakeUnstakeRoundTrip(uint256 amount, uint256 unstakeAmount, uint256 wait) public {
        amount = bound(amount, 1, ACTOR_VVV);
        unstakeAmount = bound(unstakeAmount, 1, amount);
        wait = bound(wait, 0, 30 days);

        stakeAs(alice, amount);
        vm.prank(alice);
        staking.initiateUnstake(unstakeAmount); // same block as the stake: no rewards to harvest
        uint256 cooldownEnd = block.timestamp + COOLDOWN;
        skipTime(wait);

        vm.prank(alice);
        if (wait < COOLDOWN) {
            vm.expectRevert(abi.encodeWithSelector(VeniceStaking.CooldownNotOver.selector, cooldownEnd));
            staking.finalizeUnstake();
        } else {
            staking.finalizeUnstake();
            assertEq(vvv.balanceOf(alice), ACTOR_VVV - amount + unstakeAmount, "VVV back 1:1");
        }
        assertEq(staking.balanceOf(alice), amount - unstakeAmount, "sVVV left");
    }

    function testFuzz_rewardsMatchEmissionsAndNeverExceedThem(
        uint256 amountA,
        uint256 amountB,
        uint256 lockB,
        uint256 dt1,
        uint256 dt2
    ) public {
        amountA = bound(amountA, 1, ACTOR_VVV);
        amountB = bound(amountB, 1, ACTOR_VVV);
        dt1 = bound(dt1, 0, 365 days);
        dt2 = bound(dt2, 1, 365 days);

        stakeAs(alice, amountA);
        skipTime(dt1);
        stakeAs(bob, amountB);
        lockB = bound(lockB, 0, amountB);
        if (lockB > 0 && staking.getDiemAmountOut(lockB) > 0) mintDiemAs(bob, lockB);
        skipTime(dt2);

        address[2] memory stakers = [alice, bob];
        for (uint256 i; i < 2; ++i) {
            uint256 pending = staking.pendingRewards(stakers[i]);
            if (pending == 0) continue;
            uint256 balanceBefore = vvv.balanceOf(stakers[i]);
            vm.prank(stakers[i]);
            staking.claim();
            assertEq(vvv.balanceOf(stakers[i]) - balanceBefore, pending, "claim pays exactly pendingRewards");
        }
        uint256 totalMinted = vvv.totalSupply() - 100_000_000e18;
        uint256 emitted = EMISSION_RATE * (dt1 + dt2);
        assertLe(totalMinted, emitted, "never more than emitted");
        // Rounding loses at most a few wei per accrual and per user.
        assertApproxEqAbs(totalMinted, emitted, 10, "everything emitted is paid out or cut");
    }

    function testFuzz_mintDiemMatchesQuote(uint256 existingLock, uint256 lockAmount) public {
        existingLock = bound(existingLock, 0, 5_000_000e18);
        lockAmount = bound(lockAmount, 1, ACTOR_VVV);
        if (existingLock > 0) {
            stakeAs(bob, existingLock);
            if (staking.getDiemAmountOut(existingLock) > 0) mintDiemAs(bob, existingLock);
        }
        stakeAs(alice, lockAmount);

        uint256 quote = staking.getDiemAmountOut(lockAmount);
        uint256 supplyBefore = diem.totalSupply();
        vm.prank(alice);
        if (quote == 0) {
            vm.expectRevert(VeniceStaking.ZeroDiemOut.selector);
            staking.mintDiem(lockAmount, 0);
            return;
        }
        staking.mintDiem(lockAmount, quote);
        assertEq(diem.balanceOf(alice), quote, "minted == quote");
        assertEq(diem.totalSupply(), supplyBefore + quote, "supply");
        // Every DIEM costs at least the cheapest rate.
        assertLe(quote, lockAmount * 1e18 / BASE_RATE, "never cheaper than bucket 0");
    }

    function testFuzz_quoteIsMonotonicAndSplitMintsNeverBeatOneMint(uint256 amount, uint256 split) public {
        amount = bound(amount, 2, 5_000_000e18);
        split = bound(split, 1, amount - 1);
        uint256 single = staking.getDiemAmountOut(amount);
        assertLe(staking.getDiemAmountOut(split), single, "more sVVV never buys less DIEM");

        stakeAs(alice, amount);
        uint256 first = staking.getDiemAmountOut(split);
        if (first > 0) mintDiemAs(alice, split);
        else split = 0;
        uint256 second = staking.getDiemAmountOut(amount - split);
        // Splitting rounds down twice and the second part pays the higher price: never more DIEM in total.
        assertLe(first + second, single, "split <= single");
    }

    function testFuzz_burnUnlocksProRataAndNeverMoreThanLocked(uint256 lockAmount, uint256 burnAmount) public {
        lockAmount = bound(lockAmount, 90, ACTOR_VVV);
        stakeAs(bob, lockAmount);
        uint256 minted = mintDiemAs(bob, lockAmount);
        burnAmount = bound(burnAmount, 1, minted);

        vm.prank(bob);
        staking.burnDiem(burnAmount);
        (uint256 locked, uint256 outstanding) = lockInfo(bob);
        uint256 unlocked = lockAmount - locked;
        assertEq(outstanding, minted - burnAmount, "outstanding");
        assertEq(unlocked, burnAmount == minted ? lockAmount : burnAmount * lockAmount / minted, "pro rata");
        assertLe(unlocked, lockAmount, "never more than locked");

        if (outstanding > 0) {
            vm.prank(bob);
            staking.burnDiem(outstanding);
        }
        (locked,) = lockInfo(bob);
        assertEq(locked, 0, "burning everything unlocks everything");
        assertEq(staking.balanceOfUnlocked(bob), lockAmount, "all unlocked");
    }
}
