// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VeniceFixture} from "./utils/VeniceFixture.sol";
import {Diem} from "../src/Diem.sol";
import {IERC20Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

contract DiemTest is VeniceFixture {
    function setUp() public override {
        super.setUp();
        // DIEM is normally minted through staking.mintDiem; here the staking contract mints directly.
        vm.startPrank(address(staking));
        diem.mint(alice, 100e18);
        diem.mint(bob, 50e18);
        vm.stopPrank();
    }

    function stakedInfo(address user)
        private
        view
        returns (uint256 staked, uint256 coolDownEnd, uint256 coolDownAmount)
    {
        return diem.stakedInfos(user);
    }

    // ---- Deployment ----

    function test_deployment() public view {
        assertEq(diem.name(), "Diem", "name");
        assertEq(diem.symbol(), "DIEM", "symbol");
        assertEq(diem.decimals(), 18, "decimals");
        assertEq(diem.staking(), address(staking), "created by staking");
        assertEq(diem.owner(), owner, "owner");
        assertEq(diem.cooldownDuration(), 1 days, "cooldown");
        assertEq(diem.totalStaked(), 0, "nothing staked");
    }

    // ---- Mint and burn ----

    function test_mint_revertsForNonStaking() public {
        vm.expectRevert(abi.encodeWithSelector(Diem.NotStakingContract.selector, owner));
        vm.prank(owner);
        diem.mint(owner, 1);
    }

    function test_burn_byStaking() public {
        vm.prank(address(staking));
        diem.burn(alice, 40e18);
        assertEq(diem.balanceOf(alice), 60e18, "burned from balance");
        assertEq(diem.totalSupply(), 110e18, "supply");
    }

    function test_burn_revertsForNonStaking() public {
        vm.expectRevert(abi.encodeWithSelector(Diem.NotStakingContract.selector, alice));
        vm.prank(alice);
        diem.burn(alice, 1);
    }

    function test_burn_cannotTouchStakedDiem() public {
        vm.prank(alice);
        diem.stake(100e18);
        vm.expectRevert(abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 0, 1));
        vm.prank(address(staking));
        diem.burn(alice, 1);
    }

    // ---- stake ----

    function test_stake_movesFreeBalanceIntoStaked() public {
        vm.expectEmit(address(diem));
        emit Diem.Staked(alice, 30e18);
        vm.prank(alice);
        diem.stake(30e18);

        (uint256 staked,,) = stakedInfo(alice);
        assertEq(staked, 30e18, "staked");
        assertEq(diem.balanceOf(alice), 70e18, "free balance drops");
        assertEq(diem.balanceOf(address(diem)), 30e18, "held by the token contract");
        assertEq(diem.totalStaked(), 30e18, "totalStaked");
        assertEq(diem.totalSupply(), 150e18, "supply unchanged");
    }

    function test_stake_revertsOnZero() public {
        vm.expectRevert(Diem.ZeroAmount.selector);
        vm.prank(alice);
        diem.stake(0);
    }

    function test_stake_revertsAboveFreeBalance() public {
        vm.expectRevert(
            abi.encodeWithSelector(IERC20Errors.ERC20InsufficientBalance.selector, alice, 100e18, 100e18 + 1)
        );
        vm.prank(alice);
        diem.stake(100e18 + 1);
    }

    // ---- initiateUnstake ----

    function test_initiateUnstake_startsCooldown() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        vm.expectEmit(address(diem));
        emit Diem.UnstakeInitiated(alice, 20e18);
        diem.initiateUnstake(20e18);
        vm.stopPrank();

        (uint256 staked, uint256 coolDownEnd, uint256 coolDownAmount) = stakedInfo(alice);
        assertEq(staked, 40e18, "staked");
        assertEq(coolDownAmount, 20e18, "cooling down");
        assertEq(coolDownEnd, block.timestamp + 1 days, "end");
        assertEq(diem.totalStaked(), 40e18, "totalStaked excludes cooldown");
        assertEq(diem.balanceOf(alice), 40e18, "free balance unchanged");
    }

    function test_initiateUnstake_againAddsAndResetsTimer() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        diem.initiateUnstake(20e18);
        skipTime(20 hours);
        diem.initiateUnstake(10e18);
        vm.stopPrank();

        (, uint256 coolDownEnd, uint256 coolDownAmount) = stakedInfo(alice);
        assertEq(coolDownAmount, 30e18, "amounts add");
        assertEq(coolDownEnd, block.timestamp + 1 days, "timer restarts for the whole bucket");

        // The first 20 DIEM are no longer claimable at their original end time.
        skipTime(4 hours);
        vm.expectRevert(abi.encodeWithSelector(Diem.CooldownNotOver.selector, coolDownEnd));
        vm.prank(alice);
        diem.unstake();
    }

    function test_initiateUnstake_revertsOnZero() public {
        vm.expectRevert(Diem.ZeroAmount.selector);
        vm.prank(alice);
        diem.initiateUnstake(0);
    }

    function test_initiateUnstake_revertsAboveStaked() public {
        vm.startPrank(alice);
        diem.stake(10e18);
        vm.expectRevert(abi.encodeWithSelector(Diem.InsufficientStaked.selector, 11e18, 10e18));
        diem.initiateUnstake(11e18);
        vm.stopPrank();
    }

    // ---- unstake ----

    function test_unstake_afterCooldownReturnsWholeBucket() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        diem.initiateUnstake(20e18);
        diem.initiateUnstake(5e18);
        skipTime(1 days);
        vm.expectEmit(address(diem));
        emit Diem.Unstaked(alice, 25e18);
        diem.unstake();
        vm.stopPrank();

        (uint256 staked, uint256 coolDownEnd, uint256 coolDownAmount) = stakedInfo(alice);
        assertEq(staked, 35e18, "rest stays staked");
        assertEq(coolDownAmount, 0, "cleared amount");
        assertEq(coolDownEnd, 0, "cleared end");
        assertEq(diem.balanceOf(alice), 65e18, "back in the free balance");
        assertEq(diem.balanceOf(address(diem)), 35e18, "contract holds the staked rest");
    }

    function test_unstake_revertsBeforeCooldown() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        diem.initiateUnstake(20e18);
        skipTime(1 days - 1);
        vm.expectRevert(abi.encodeWithSelector(Diem.CooldownNotOver.selector, block.timestamp + 1));
        diem.unstake();
        vm.stopPrank();
    }

    function test_unstake_revertsWithNothingCoolingDown() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        vm.expectRevert(Diem.NothingToUnstake.selector);
        diem.unstake();
        vm.stopPrank();
    }

    // ---- Admin ----

    function test_setCooldownDuration_appliesToNewCooldowns() public {
        vm.startPrank(alice);
        diem.stake(60e18);
        diem.initiateUnstake(10e18);
        vm.stopPrank();
        uint256 firstEnd = block.timestamp + 1 days;

        vm.expectEmit(address(diem));
        emit Diem.CooldownDurationUpdated(2 hours);
        vm.prank(owner);
        diem.setCooldownDuration(2 hours);
        assertEq(diem.cooldownDuration(), 2 hours, "updated");
        (, uint256 coolDownEnd,) = stakedInfo(alice);
        assertEq(coolDownEnd, firstEnd, "running cooldown keeps its end");

        vm.prank(bob);
        diem.stake(50e18);
        vm.prank(bob);
        diem.initiateUnstake(50e18);
        (, coolDownEnd,) = stakedInfo(bob);
        assertEq(coolDownEnd, block.timestamp + 2 hours, "new cooldown uses the new duration");
    }

    function test_setCooldownDuration_revertsForNonOwner() public {
        vm.expectRevert(abi.encodeWithSelector(Ownable.OwnableUnauthorizedAccount.selector, alice));
        vm.prank(alice);
        diem.setCooldownDuration(0);
    }

    // ---- Fuzz ----

    function testFuzz_stakeCooldownUnstakeRoundTrip(uint256 stakeAmount, uint256 unstakeAmount, uint256 wait) public {
        stakeAmount = bound(stakeAmount, 1, 100e18);
        unstakeAmount = bound(unstakeAmount, 1, stakeAmount);
        wait = bound(wait, 0, 3 days);

        vm.startPrank(alice);
        diem.stake(stakeAmount);
        diem.initiateUnstake(unstakeAmount);
        skipTime(wait);
        if (wait < 1 days) {
            vm.expectRevert(abi.encodeWithSelector(Diem.CooldownNotOver.selector, block.timestamp - wait + 1 days));
            diem.unstake();
        } else {
            diem.unstake();
            assertEq(diem.balanceOf(alice), 100e18 - stakeAmount + unstakeAmount, "free balance");
        }
        vm.stopPrank();

        (uint256 staked,, uint256 coolDownAmount) = stakedInfo(alice);
        assertEq(staked, stakeAmount - unstakeAmount, "staked");
        assertEq(diem.totalStaked() + coolDownAmount, diem.balanceOf(address(diem)), "contract balance");
        assertEq(diem.totalSupply(), 150e18, "supply constant");
    }
}
