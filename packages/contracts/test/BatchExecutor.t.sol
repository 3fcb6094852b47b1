// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {VeniceFixture} from "./utils/VeniceFixture.sol";
import {BatchExecutor} from "../src/BatchExecutor.sol";
import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";
import {Account as SmartAccount} from "@openzeppelin/contracts/account/Account.sol";

/// @notice The batch executor as a 7702-delegated account runs it: approve and stake in one call, all or nothing.
contract BatchExecutorTest is VeniceFixture {
    struct Call {
        address target;
        uint256 value;
        bytes data;
    }

    /// @dev ERC-7821 single batch, default execution type, no opData: the only mode the executor takes.
    bytes32 private constant BATCH_MODE = bytes32(uint256(0x01) << 248);
    uint256 private constant DELEGATOR_KEY = 0xA11CE;

    address private delegator;

    function setUp() public override {
        super.setUp();
        delegator = vm.addr(DELEGATOR_KEY);
        BatchExecutor executor = new BatchExecutor();
        vm.signAndAttachDelegation(address(executor), DELEGATOR_KEY);
        vm.prank(genesis);
        assertTrue(vvv.transfer(delegator, 1_000e18), "fund delegator");
    }

    function approveAndStake(uint256 approved, uint256 staked) private view returns (bytes memory) {
        Call[] memory calls = new Call[](2);
        calls[0] = Call(address(vvv), 0, abi.encodeCall(vvv.approve, (address(staking), approved)));
        calls[1] = Call(address(staking), 0, abi.encodeCall(staking.stake, (delegator, staked)));
        return abi.encode(calls);
    }

    function test_delegatedCodeIsTheDesignator() public view {
        assertEq(delegator.code.length, 23, "0xef0100 ++ executor address");
        assertEq(uint256(uint8(delegator.code[0])), 0xef, "designator prefix");
        assertTrue(BatchExecutor(payable(delegator)).supportsExecutionMode(BATCH_MODE), "batch mode");
        assertFalse(BatchExecutor(payable(delegator)).supportsExecutionMode(bytes32(0)), "single mode");
    }

    function test_theAccountApprovesAndStakesInOneCall() public {
        vm.prank(delegator);
        BatchExecutor(payable(delegator)).execute(BATCH_MODE, approveAndStake(300e18, 300e18));
        assertEq(staking.balanceOf(delegator), 300e18, "sVVV");
        assertEq(vvv.balanceOf(delegator), 700e18, "VVV left");
        assertEq(vvv.allowance(delegator, address(staking)), 0, "exact approval spent");
    }

    function test_aFailingCallRevertsTheWholeBatch() public {
        vm.prank(delegator);
        vm.expectRevert();
        BatchExecutor(payable(delegator)).execute(BATCH_MODE, approveAndStake(5_000e18, 5_000e18));
        assertEq(vvv.allowance(delegator, address(staking)), 0, "no approval left behind");
        assertEq(staking.balanceOf(delegator), 0, "nothing staked");
    }

    function test_nobodyElseMayExecute() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(SmartAccount.AccountUnauthorized.selector, alice));
        BatchExecutor(payable(delegator)).execute(BATCH_MODE, approveAndStake(1e18, 1e18));
    }

    function test_otherModesAreRefused() public {
        vm.prank(delegator);
        vm.expectRevert(ERC7821.UnsupportedExecutionMode.selector);
        BatchExecutor(payable(delegator)).execute(bytes32(0), approveAndStake(1e18, 1e18));
    }

    function test_stillTakesPlainEth() public {
        vm.deal(alice, 1 ether);
        vm.prank(alice);
        (bool sent,) = delegator.call{value: 1 ether}("");
        assertTrue(sent, "ETH transfer");
        assertEq(delegator.balance, 1 ether, "balance");
    }
}
