// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC7821} from "@openzeppelin/contracts/account/extensions/draft-ERC7821.sol";

/// @notice The code a devnet account delegates to with EIP-7702, to run several calls as itself in one
/// transaction, all or nothing (ERC-7821 batch mode, OpenZeppelin's implementation). Only the account itself may
/// execute: it sends the transaction to its own address.
contract BatchExecutor is ERC7821 {
    /// @dev A delegated account must still take plain ETH transfers, as it did before it had code.
    receive() external payable {}
}
