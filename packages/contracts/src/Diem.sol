// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";

/// @title DIEM, reference implementation of the Diem token on Base (0xF4d9…a024).
/// @notice An ERC-20 with staking built in: staked DIEM is what Venice credits as $1/day of API usage
/// (enforced off-chain). Only the staking contract that deployed it mints and burns, against locked sVVV.
/// Staked and cooling-down DIEM is held by this contract itself, so `balanceOf(user)` is the free balance.
contract Diem is ERC20("Diem", "DIEM"), Ownable {
    struct StakedInfo {
        uint256 amountStaked;
        uint256 coolDownEnd; // timestamp at which the whole coolDownAmount can be unstaked
        uint256 coolDownAmount;
    }

    address public immutable staking;

    mapping(address user => StakedInfo) public stakedInfos;
    /// @notice DIEM currently staked, excluding amounts cooling down.
    uint256 public totalStaked;
    uint256 public cooldownDuration = 1 days;

    event Staked(address indexed user, uint256 amount);
    event Unstaked(address indexed user, uint256 amount);
    event UnstakeInitiated(address indexed user, uint256 amount);
    event CooldownDurationUpdated(uint256 cooldownDuration);

    error NotStakingContract(address caller);
    error ZeroAmount();
    error InsufficientStaked(uint256 requested, uint256 staked);
    error NothingToUnstake();
    error CooldownNotOver(uint256 coolDownEnd);

    modifier onlyStaking() {
        if (msg.sender != staking) revert NotStakingContract(msg.sender);
        _;
    }

    constructor(address staking_, address initialOwner) Ownable(initialOwner) {
        staking = staking_;
    }

    // ---- Minting and burning: the staking contract only ----

    function mint(address to, uint256 amount) external onlyStaking {
        _mint(to, amount);
    }

    /// @notice Burns from the free balance; staked or cooling-down DIEM must be unstaked first.
    function burn(address from, uint256 amount) external onlyStaking {
        _burn(from, amount);
    }

    // ---- Staking ----

    /// @notice Moves `amount` of the caller's free DIEM into staked. No approval: the transfer is internal.
    function stake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        _transfer(msg.sender, address(this), amount);
        stakedInfos[msg.sender].amountStaked += amount;
        totalStaked += amount;
        emit Staked(msg.sender, amount);
    }

    /// @notice Moves staked DIEM into the cooldown bucket. Every call restarts the timer for the whole
    /// bucket, including amounts already cooling down (mainnet behaviour).
    function initiateUnstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        StakedInfo storage info = stakedInfos[msg.sender];
        if (amount > info.amountStaked) revert InsufficientStaked(amount, info.amountStaked);
        info.amountStaked -= amount;
        info.coolDownAmount += amount;
        info.coolDownEnd = block.timestamp + cooldownDuration;
        totalStaked -= amount;
        emit UnstakeInitiated(msg.sender, amount);
    }

    /// @notice Returns the whole cooldown bucket to the caller's free balance once the cooldown is over.
    function unstake() external {
        StakedInfo storage info = stakedInfos[msg.sender];
        uint256 amount = info.coolDownAmount;
        if (amount == 0) revert NothingToUnstake();
        if (block.timestamp < info.coolDownEnd) revert CooldownNotOver(info.coolDownEnd);
        info.coolDownAmount = 0;
        info.coolDownEnd = 0;
        _transfer(address(this), msg.sender, amount);
        emit Unstaked(msg.sender, amount);
    }

    // ---- Admin ----

    /// @notice Applies to cooldowns started after the change; running ones keep their end time.
    function setCooldownDuration(uint256 newCooldownDuration) external onlyOwner {
        cooldownDuration = newCooldownDuration;
        emit CooldownDurationUpdated(newCooldownDuration);
    }
}
