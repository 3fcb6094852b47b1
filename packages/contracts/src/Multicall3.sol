// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The subset of the Multicall3 interface that viem and wagmi use (`aggregate3` plus block views).
/// The devnet places this code at Multicall3's canonical address so reads batch exactly as on Base.
contract Multicall3 {
    struct Call3 {
        address target;
        bool allowFailure;
        bytes callData;
    }

    struct Result {
        bool success;
        bytes returnData;
    }

    function aggregate3(Call3[] calldata calls) external payable returns (Result[] memory returnData) {
        returnData = new Result[](calls.length);
        for (uint256 i = 0; i < calls.length; i++) {
            (bool success, bytes memory data) = calls[i].target.call(calls[i].callData);
            if (!success && !calls[i].allowFailure) {
                // Bubble the callee's revert data so the caller sees the real reason.
                assembly {
                    revert(add(data, 32), mload(data))
                }
            }
            returnData[i] = Result(success, data);
        }
    }

    function getBlockNumber() external view returns (uint256) {
        return block.number;
    }

    function getCurrentBlockTimestamp() external view returns (uint256) {
        return block.timestamp;
    }

    function getEthBalance(address addr) external view returns (uint256 balance) {
        return addr.balance;
    }
}
