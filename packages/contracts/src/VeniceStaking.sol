// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/*
 * UNVERIFIED choices
 * (mainnet StakingV2 source was not available; each line below is a guess to check on a Base fork
 *  and the one place to change if the fork disagrees. packages/contracts-abi/src/assumptions.ts mirrors this list.)
 *
 * - ACC_REWARD_SCALE = 1e36 (value taken from a StakingV2-style prototype).
 * - Emission split: veniceEmissionsPercentage cut first, rest pro rata unlocked/locked supply, locked part then cut by
 *   veniceEmissionsPercentageWhenLocked; all cuts minted to `treasury` at accrual time (see _accumulatorsNow).
 * - Rewards and treasury cuts are minted with VVV.mint, so this contract must own the VVV token.
 * - Every position change first pays (harvests) pending rewards in VVV to the user (see _harvest).
 * - rewardDebt is rounded UP and accumulated rewards DOWN, so rounding never pays more than was emitted.
 * - A second initiateUnstake during an active cooldown ADDS to cooldownAmount and RESETS cooldownEnd for the
 *   whole amount, like DIEM (see initiateUnstake). Prototypes revert instead when cooldownAmount != 0.
 * - finalizeUnstake is allowed at block.timestamp == cooldownEnd (>=), and clears cooldownEnd to 0.
 * - claim() and claimAndStake() revert with NothingToClaim when nothing is pending (rather than doing nothing).
 * - getDiemAmountOut walks the mint-curve buckets from the current DIEM supply, cost rounded up, output rounded
 *   down, and reverts with MintCurveExhausted if input is left after bucket 255 (see getDiemAmountOut).
 * - A mint curve needs strictly increasing diemSupply and non-zero diemMintRates (see _setDiemMintCurve).
 * - burnDiem unlocks diemAmountToBurn * sVVVLockedAmount / outstandingDiemAmount of the caller's own lock, rounded
 *   down, and the whole lock when the whole outstanding amount is burned.
 * - Event names and parameters (Staked, UnstakeInitiated, UnstakeFinalized, Claimed, DiemMinted, DiemBurned,
 *   EmissionRateUpdated, CooldownDurationUpdated) come from a prototype; no other admin events are emitted.
 * - Custom error names below are ours; only the "NOT_TRANSFERRABLE" revert string is confirmed.
 */

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {Diem} from "./Diem.sol";

/// @notice The part of the VVV token the staking contract uses: an ERC-20 it can mint (it is the owner).
interface IVeniceToken is IERC20 {
    function mint(address to, uint256 amount) external;
}

/// @title sVVV / VVV staking, reference implementation of StakingV2 on Base (proxy 0x321b…40Ff).
/// @notice Stake VVV for non-transferable sVVV (1:1), earn per-second VVV emissions, lock sVVV to mint DIEM.
/// Mainnet sits behind a UUPS proxy; this reference is a plain contract because the app never calls the
/// upgrade functions. Staked and cooling-down VVV is held here: VVV.balanceOf(this) == totalSupply + cooldowns.
contract VeniceStaking is ERC20("Staked Venice Token", "sVVV"), Ownable {
    using SafeERC20 for IVeniceToken;

    struct Stake {
        uint256 rewardDebt; // rewards already accounted for, in VVV wei (see _resetRewardDebt)
        uint256 cooldownEnd; // timestamp from which finalizeUnstake pays out cooldownAmount
        uint256 cooldownAmount; // VVV waiting in the unstake cooldown (its sVVV is already burned)
    }

    struct LockedStake {
        uint256 sVVVLockedAmount; // part of balanceOf(user) locked behind DIEM
        uint256 outstandingDiemAmount; // DIEM this user minted and has not burned yet
    }

    uint256 public constant ACC_REWARD_SCALE = 1e36;
    uint256 private constant PERCENTAGE_SCALE = 1e18; // emission percentages: 1e18 == 100%
    uint256 private constant DIEM_UNIT = 1e18; // mint rates are sVVV wei per 1e18 DIEM wei
    uint256 private constant CURVE_BUCKETS = 256;

    IVeniceToken public immutable venice;
    Diem public immutable diem;
    address public treasury;

    uint256 public cooldownDuration;
    uint256 public emissionRatePerSecond;
    uint256 public lastRewardTimestamp;
    /// @notice Rewards per unlocked sVVV since deployment, times ACC_REWARD_SCALE.
    uint256 public accRewardPerShare;
    /// @notice Rewards per DIEM-locked sVVV since deployment, times ACC_REWARD_SCALE.
    uint256 public accRewardPerShareLocked;
    uint256 public totalLockedStakedVVV;
    uint256 public veniceEmissionsPercentage;
    uint256 public veniceEmissionsPercentageWhenLocked = 2e17;

    /// @notice Bucket i covers DIEM supply (diemSupply[i-1], diemSupply[i]] (diemSupply[-1] == 0) and costs
    /// diemMintRates[i] sVVV wei per 1e18 DIEM wei.
    uint256[256] public diemSupply;
    uint256[256] public diemMintRates;

    mapping(address user => Stake) public stakes;
    mapping(address user => LockedStake) public lockedStakes;

    event Staked(address indexed user, uint256 amount);
    event UnstakeInitiated(address indexed user, uint256 amount);
    event UnstakeFinalized(address indexed user, uint256 amount);
    event Claimed(address indexed user, uint256 amount);
    event DiemMinted(uint256 locked, uint256 minted);
    event DiemBurned(uint256 unlocked, uint256 burned);
    event EmissionRateUpdated(uint256 emissionRatePerSecond);
    event CooldownDurationUpdated(uint256 cooldownDuration);

    error ZeroAmount();
    error ZeroAddress();
    error InsufficientUnlockedBalance(uint256 requested, uint256 unlocked);
    error CooldownNotOver(uint256 cooldownEnd);
    error NothingToFinalize();
    error NothingToClaim();
    error SlippageExceeded(uint256 diemAmountOut, uint256 minDiemAmountOut);
    error ZeroDiemOut();
    error MintCurveExhausted();
    error NoOutstandingLock();
    error BurnExceedsOutstanding(uint256 requested, uint256 outstanding);
    error InvalidMintCurve(uint256 index);
    error PercentageTooHigh(uint256 percentage);

    constructor(
        address venice_,
        address treasury_,
        uint256 emissionRatePerSecond_,
        uint256 cooldownDuration_,
        uint256[256] memory diemSupply_,
        uint256[256] memory diemMintRates_,
        address owner_
    ) Ownable(owner_) {
        if (venice_ == address(0) || treasury_ == address(0)) revert ZeroAddress();
        venice = IVeniceToken(venice_);
        treasury = treasury_;
        emissionRatePerSecond = emissionRatePerSecond_;
        cooldownDuration = cooldownDuration_;
        lastRewardTimestamp = block.timestamp;
        _setDiemMintCurve(diemSupply_, diemMintRates_);
        // Mainnet DIEM was "created by StakingV2": the staking contract is its only minter and burner.
        diem = new Diem(address(this), owner_);
    }

    // ------------------------------------------------------------------------------------------------
    // sVVV is not transferable
    // ------------------------------------------------------------------------------------------------

    function transfer(address, uint256) public virtual override returns (bool) {
        revert("NOT_TRANSFERRABLE");
    }

    function transferFrom(address, address, uint256) public virtual override returns (bool) {
        revert("NOT_TRANSFERRABLE");
    }

    // ------------------------------------------------------------------------------------------------
    // Staking
    // ------------------------------------------------------------------------------------------------

    /// @notice Pulls `amount` VVV from the caller (approve first) and mints as much sVVV to `recipient`.
    function stake(address recipient, uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        if (recipient == address(0)) revert ZeroAddress();
        _accrue();
        _harvest(recipient);
        venice.safeTransferFrom(msg.sender, address(this), amount);
        _mint(recipient, amount);
        _resetRewardDebt(recipient);
        emit Staked(recipient, amount);
    }

    /// @notice Burns `amount` of the caller's unlocked sVVV and starts its cooldown.
    function initiateUnstake(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        _requireUnlocked(msg.sender, amount);
        _accrue();
        _harvest(msg.sender);
        _burn(msg.sender, amount);
        // UNVERIFIED: a running cooldown is not an error; the amounts add and the timer restarts for all of it.
        Stake storage position = stakes[msg.sender];
        position.cooldownAmount += amount;
        position.cooldownEnd = block.timestamp + cooldownDuration;
        _resetRewardDebt(msg.sender);
        emit UnstakeInitiated(msg.sender, amount);
    }

    /// @notice Sends the caller's whole cooldown amount back in VVV once the cooldown is over.
    function finalizeUnstake() external {
        Stake storage position = stakes[msg.sender];
        uint256 amount = position.cooldownAmount;
        if (amount == 0) revert NothingToFinalize();
        if (block.timestamp < position.cooldownEnd) revert CooldownNotOver(position.cooldownEnd);
        position.cooldownAmount = 0;
        position.cooldownEnd = 0;
        venice.safeTransfer(msg.sender, amount);
        emit UnstakeFinalized(msg.sender, amount);
    }

    /// @notice Pays the caller's pending rewards in VVV.
    function claim() external {
        _accrue();
        if (_harvest(msg.sender) == 0) revert NothingToClaim();
        _resetRewardDebt(msg.sender);
    }

    /// @notice Stakes the caller's pending rewards as sVVV instead of paying them out.
    function claimAndStake() external {
        _accrue();
        uint256 reward = _pendingAt(msg.sender, accRewardPerShare, accRewardPerShareLocked);
        if (reward == 0) revert NothingToClaim();
        venice.mint(address(this), reward);
        _mint(msg.sender, reward);
        _resetRewardDebt(msg.sender);
        emit Claimed(msg.sender, reward);
        emit Staked(msg.sender, reward);
    }

    // ------------------------------------------------------------------------------------------------
    // DIEM
    // ------------------------------------------------------------------------------------------------

    /// @notice Locks `sVVVAmountToLock` of the caller's unlocked sVVV and mints DIEM to the caller at the
    /// current curve price. Returns nothing on mainnet: read the result from the DIEM balance change.
    function mintDiem(uint256 sVVVAmountToLock, uint256 minDiemAmountOut) external {
        if (sVVVAmountToLock == 0) revert ZeroAmount();
        _requireUnlocked(msg.sender, sVVVAmountToLock);
        uint256 diemAmountOut = getDiemAmountOut(sVVVAmountToLock);
        if (diemAmountOut == 0) revert ZeroDiemOut();
        if (diemAmountOut < minDiemAmountOut) revert SlippageExceeded(diemAmountOut, minDiemAmountOut);

        _accrue();
        _harvest(msg.sender);
        LockedStake storage lock = lockedStakes[msg.sender];
        lock.sVVVLockedAmount += sVVVAmountToLock;
        lock.outstandingDiemAmount += diemAmountOut;
        totalLockedStakedVVV += sVVVAmountToLock;
        _resetRewardDebt(msg.sender);

        diem.mint(msg.sender, diemAmountOut);
        emit DiemMinted(sVVVAmountToLock, diemAmountOut);
    }

    /// @notice Burns `diemAmountToBurn` of the caller's free DIEM and unlocks the same share of the caller's
    /// own lock (not the current curve price), so a minter gets back what they locked per DIEM.
    function burnDiem(uint256 diemAmountToBurn) external {
        if (diemAmountToBurn == 0) revert ZeroAmount();
        LockedStake storage lock = lockedStakes[msg.sender];
        uint256 outstanding = lock.outstandingDiemAmount;
        if (outstanding == 0) revert NoOutstandingLock();
        if (diemAmountToBurn > outstanding) revert BurnExceedsOutstanding(diemAmountToBurn, outstanding);
        // Round down so partial burns never unlock more than their share; the last burn releases the rest.
        uint256 sVVVToUnlock = diemAmountToBurn == outstanding
            ? lock.sVVVLockedAmount
            : Math.mulDiv(diemAmountToBurn, lock.sVVVLockedAmount, outstanding);

        _accrue();
        _harvest(msg.sender);
        lock.sVVVLockedAmount -= sVVVToUnlock;
        lock.outstandingDiemAmount = outstanding - diemAmountToBurn;
        totalLockedStakedVVV -= sVVVToUnlock;
        _resetRewardDebt(msg.sender);

        diem.burn(msg.sender, diemAmountToBurn); // reverts if the caller's free DIEM balance is too small
        emit DiemBurned(sVVVToUnlock, diemAmountToBurn);
    }

    /// @notice DIEM that `sVVVAmountToLock` would mint now. INFERRED walk (UNVERIFIED): start at the current DIEM
    /// supply; each bucket's remaining DIEM costs ceil(available * rate / 1e18) sVVV; a bucket the input fully
    /// covers is taken whole, otherwise floor(remaining * 1e18 / rate) DIEM is bought there and the walk stops.
    function getDiemAmountOut(uint256 sVVVAmountToLock) public view returns (uint256 diemAmountOut) {
        if (sVVVAmountToLock == 0) return 0;
        uint256 supply = diem.totalSupply();
        uint256 remaining = sVVVAmountToLock;
        for (uint256 i = _firstBucketAbove(supply); i < CURVE_BUCKETS; ++i) {
            uint256 rate = diemMintRates[i];
            uint256 available = diemSupply[i] - supply;
            uint256 cost = Math.mulDiv(available, rate, DIEM_UNIT, Math.Rounding.Ceil);
            if (remaining < cost) return diemAmountOut + Math.mulDiv(remaining, DIEM_UNIT, rate);
            remaining -= cost;
            diemAmountOut += available;
            if (remaining == 0) return diemAmountOut;
            supply = diemSupply[i];
        }
        revert MintCurveExhausted();
    }

    // ------------------------------------------------------------------------------------------------
    // Views
    // ------------------------------------------------------------------------------------------------

    /// @notice sVVV the user can unstake or lock: balance minus the part locked behind DIEM.
    function balanceOfUnlocked(address user) public view returns (uint256) {
        return balanceOf(user) - lockedStakes[user].sVVVLockedAmount;
    }

    /// @notice VVV the user would receive from claim() now, including emissions not yet accrued on-chain.
    function pendingRewards(address user) external view returns (uint256) {
        (uint256 unlockedAcc, uint256 lockedAcc,) = _accumulatorsNow();
        return _pendingAt(user, unlockedAcc, lockedAcc);
    }

    // ------------------------------------------------------------------------------------------------
    // Admin
    // ------------------------------------------------------------------------------------------------

    /// @notice Applies to cooldowns started after the change; running ones keep their end time.
    function setCooldownDuration(uint256 newCooldownDuration) external onlyOwner {
        cooldownDuration = newCooldownDuration;
        emit CooldownDurationUpdated(newCooldownDuration);
    }

    function setDiemMintCurve(uint256[256] calldata newDiemSupply, uint256[256] calldata newDiemMintRates)
        external
        onlyOwner
    {
        _setDiemMintCurve(newDiemSupply, newDiemMintRates);
    }

    function setEmissionRate(uint256 newEmissionRatePerSecond) external onlyOwner {
        _accrue(); // time so far is paid at the old rate
        emissionRatePerSecond = newEmissionRatePerSecond;
        emit EmissionRateUpdated(newEmissionRatePerSecond);
    }

    function setTreasury(address newTreasury) external onlyOwner {
        if (newTreasury == address(0)) revert ZeroAddress();
        _accrue(); // cuts for time so far go to the old treasury
        treasury = newTreasury;
    }

    function setVeniceEmissionsPercentage(uint256 percentage) external onlyOwner {
        if (percentage > PERCENTAGE_SCALE) revert PercentageTooHigh(percentage);
        _accrue();
        veniceEmissionsPercentage = percentage;
    }

    function setVeniceEmissionsPercentageWhenLocked(uint256 percentage) external onlyOwner {
        if (percentage > PERCENTAGE_SCALE) revert PercentageTooHigh(percentage);
        _accrue();
        veniceEmissionsPercentageWhenLocked = percentage;
    }

    // ------------------------------------------------------------------------------------------------
    // Internals: emissions
    // ------------------------------------------------------------------------------------------------

    /// @dev Brings the accumulators to block.timestamp and mints the treasury's cut.
    function _accrue() internal {
        if (block.timestamp <= lastRewardTimestamp) return;
        (uint256 unlockedAcc, uint256 lockedAcc, uint256 treasuryCut) = _accumulatorsNow();
        accRewardPerShare = unlockedAcc;
        accRewardPerShareLocked = lockedAcc;
        lastRewardTimestamp = block.timestamp;
        if (treasuryCut > 0) venice.mint(treasury, treasuryCut);
    }

    /// @dev The accumulators as they would be after accruing up to now, and the treasury cut of that accrual.
    /// With no sVVV staked nothing is emitted. Every division rounds down, so the amounts that can ever be paid
    /// out (cut + stakers' shares) never exceed emissionRatePerSecond * elapsed.
    function _accumulatorsNow() internal view returns (uint256 unlockedAcc, uint256 lockedAcc, uint256 treasuryCut) {
        unlockedAcc = accRewardPerShare;
        lockedAcc = accRewardPerShareLocked;
        uint256 supply = totalSupply();
        if (block.timestamp <= lastRewardTimestamp || supply == 0) return (unlockedAcc, lockedAcc, 0);

        uint256 emitted = emissionRatePerSecond * (block.timestamp - lastRewardTimestamp);
        uint256 veniceCut = Math.mulDiv(emitted, veniceEmissionsPercentage, PERCENTAGE_SCALE);
        uint256 toStakers = emitted - veniceCut;

        uint256 lockedSupply = totalLockedStakedVVV;
        uint256 unlockedSupply = supply - lockedSupply;
        uint256 lockedShare = Math.mulDiv(toStakers, lockedSupply, supply);
        uint256 unlockedShare = toStakers - lockedShare;
        uint256 lockedCut = Math.mulDiv(lockedShare, veniceEmissionsPercentageWhenLocked, PERCENTAGE_SCALE);

        // A pool with no supply gets a zero share above, so skipping it loses nothing.
        if (unlockedSupply > 0) unlockedAcc += Math.mulDiv(unlockedShare, ACC_REWARD_SCALE, unlockedSupply);
        if (lockedSupply > 0) lockedAcc += Math.mulDiv(lockedShare - lockedCut, ACC_REWARD_SCALE, lockedSupply);
        treasuryCut = veniceCut + lockedCut;
    }

    /// @dev Everything `user`'s current position would have earned since deployment at these accumulators.
    function _accumulated(address user, uint256 unlockedAcc, uint256 lockedAcc, Math.Rounding rounding)
        internal
        view
        returns (uint256)
    {
        uint256 locked = lockedStakes[user].sVVVLockedAmount;
        uint256 unlocked = balanceOf(user) - locked;
        return Math.mulDiv(unlocked, unlockedAcc, ACC_REWARD_SCALE, rounding)
            + Math.mulDiv(locked, lockedAcc, ACC_REWARD_SCALE, rounding);
    }

    function _pendingAt(address user, uint256 unlockedAcc, uint256 lockedAcc) internal view returns (uint256) {
        uint256 accumulated = _accumulated(user, unlockedAcc, lockedAcc, Math.Rounding.Floor);
        uint256 debt = stakes[user].rewardDebt;
        // The debt is rounded up (see _resetRewardDebt), so it can exceed the rounded-down total by a wei.
        return accumulated > debt ? accumulated - debt : 0;
    }

    /// @dev Pays `user`'s pending rewards (accrue first). Callers reset the reward debt after changing the position.
    function _harvest(address user) internal returns (uint256 paid) {
        paid = _pendingAt(user, accRewardPerShare, accRewardPerShareLocked);
        if (paid > 0) {
            venice.mint(user, paid);
            emit Claimed(user, paid);
        }
    }

    /// @dev Marks everything the new position would have earned so far as already paid. Rounding the debt up
    /// (and pending down) means no sequence of settlements can pay a user more than their exact share.
    function _resetRewardDebt(address user) internal {
        stakes[user].rewardDebt = _accumulated(user, accRewardPerShare, accRewardPerShareLocked, Math.Rounding.Ceil);
    }

    // ------------------------------------------------------------------------------------------------
    // Internals: positions and the mint curve
    // ------------------------------------------------------------------------------------------------

    function _requireUnlocked(address user, uint256 amount) internal view {
        uint256 unlocked = balanceOfUnlocked(user);
        if (amount > unlocked) revert InsufficientUnlockedBalance(amount, unlocked);
    }

    /// @dev First bucket whose upper bound is above `supply` (256 if none), by binary search: bounds increase.
    function _firstBucketAbove(uint256 supply) internal view returns (uint256 low) {
        uint256 high = CURVE_BUCKETS;
        while (low < high) {
            uint256 mid = (low + high) / 2;
            if (diemSupply[mid] > supply) high = mid;
            else low = mid + 1;
        }
    }

    function _setDiemMintCurve(uint256[256] memory newDiemSupply, uint256[256] memory newDiemMintRates) internal {
        uint256 previousBound = 0;
        for (uint256 i; i < CURVE_BUCKETS; ++i) {
            // Strictly increasing bounds keep every bucket non-empty; a zero rate would make DIEM free.
            if (newDiemSupply[i] <= previousBound || newDiemMintRates[i] == 0) revert InvalidMintCurve(i);
            previousBound = newDiemSupply[i];
        }
        diemSupply = newDiemSupply;
        diemMintRates = newDiemMintRates;
    }
}
