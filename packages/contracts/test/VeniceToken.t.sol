// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "./utils/Test.sol";
import {VeniceToken} from "../src/VeniceToken.sol";

contract VeniceTokenTest is Test {
    bytes32 private constant PERMIT_TYPEHASH =
        keccak256("Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)");

    VeniceToken private vvv;
    address private owner;
    address private treasury;
    address private alice;

    function setUp() public {
        owner = makeAddr("owner");
        treasury = makeAddr("treasury");
        alice = makeAddr("alice");
        vvv = new VeniceToken(treasury, owner);
    }

    function test_metadataAndGenesisMint() public view {
        assertEq(vvv.name(), "Venice Token", "name");
        assertEq(vvv.symbol(), "VVV", "symbol");
        assertEq(vvv.decimals(), 18, "decimals");
        assertEq(vvv.totalSupply(), 100_000_000e18, "genesis supply");
        assertEq(vvv.balanceOf(treasury), 100_000_000e18, "treasury holds genesis");
        assertEq(vvv.owner(), owner, "owner");
    }

    function test_mint_byOwner() public {
        vm.prank(owner);
        vvv.mint(alice, 5e18);
        assertEq(vvv.balanceOf(alice), 5e18, "minted");
        assertEq(vvv.totalSupply(), 100_000_005e18, "supply grows");
    }

    function test_mint_revertsForNonOwner() public {
        vm.expectRevert(bytes("UNAUTHORIZED"));
        vm.prank(alice);
        vvv.mint(alice, 1);
    }

    function test_transferOwnership_movesMintRight() public {
        vm.prank(owner);
        vvv.transferOwnership(alice);
        assertEq(vvv.owner(), alice, "new owner");

        vm.prank(alice);
        vvv.mint(alice, 1);
        vm.expectRevert(bytes("UNAUTHORIZED"));
        vm.prank(owner);
        vvv.mint(owner, 1);
    }

    function test_permit_setsAllowanceFromSignature() public {
        uint256 signerKey = 0xA11CE;
        address signer = vm.addr(signerKey);
        uint256 deadline = block.timestamp + 1 hours;
        bytes32 structHash = keccak256(abi.encode(PERMIT_TYPEHASH, signer, alice, 7e18, vvv.nonces(signer), deadline));
        bytes32 digest = keccak256(abi.encodePacked("\x19\x01", vvv.DOMAIN_SEPARATOR(), structHash));
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(signerKey, digest);

        vvv.permit(signer, alice, 7e18, deadline, v, r, s);

        assertEq(vvv.allowance(signer, alice), 7e18, "allowance");
        assertEq(vvv.nonces(signer), 1, "nonce used");
    }

    function test_transferToZeroAddress_isHowVvvBurns() public {
        vm.prank(treasury);
        assertTrue(vvv.transfer(address(0), 3e18), "transfer to 0x0");
        assertEq(vvv.balanceOf(address(0)), 3e18, "burned balance visible at 0x0");
        assertEq(vvv.totalSupply(), 100_000_000e18, "totalSupply still counts burned VVV");
    }

    function testFuzz_mintAddsExactly(address to, uint256 amount) public {
        vm.assume(to != address(0));
        amount = bound(amount, 0, type(uint128).max);
        uint256 before = vvv.balanceOf(to);
        vm.prank(owner);
        vvv.mint(to, amount);
        assertEq(vvv.balanceOf(to), before + amount, "balance");
        assertEq(vvv.totalSupply(), 100_000_000e18 + amount, "supply");
    }
}
