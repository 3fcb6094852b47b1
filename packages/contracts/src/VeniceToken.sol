// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "solmate/tokens/ERC20.sol";
import {Owned} from "solmate/auth/Owned.sol";

/// @title VVV, reference implementation of the Venice Token on Base (0xacfE…21bf).
/// @notice Base's VVV is a solmate ERC20 (with EIP-2612 permit) plus solmate's Owned, so this is built on the
/// same code. That matters beyond the ABI: solmate lets anyone transfer to address(0), which is how Venice
/// burns VVV; totalSupply keeps counting those tokens and balanceOf(address(0)) shows the burned amount.
/// The whole supply comes from the 100M genesis mint plus `mint` by the owner, expected to be the staking
/// contract (it mints emissions); the devnet deploy script hands ownership to it.
contract VeniceToken is ERC20("Venice Token", "VVV", 18), Owned {
    uint256 public constant GENESIS_SUPPLY = 100_000_000e18;

    constructor(address treasury, address initialOwner) Owned(initialOwner) {
        _mint(treasury, GENESIS_SUPPLY);
    }

    function mint(address to, uint256 amount) external onlyOwner {
        _mint(to, amount);
    }
}
