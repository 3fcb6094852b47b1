// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

/// @title ReferencePool, a devnet stand-in for the Aerodrome volatile VVV/DIEM pool on Base (0xbB34…071d).
/// @notice A constant-product (x·y = k) pool of two ERC-20s, for the devnet only: it gives Rialto a market price of
/// DIEM in VVV to read and chart. What Rialto reads is shaped exactly as on Aerodrome's Pool: `token0()` and
/// `token1()` (sorted by address), `getReserves()` with its three uint256s, `getAmountOut(amountIn, tokenIn)` with
/// the volatile formula and 0.3% fee, and the `Swap`, `Sync` and `Mint` events. `swap` has Aerodrome's signature
/// and semantics: send the input tokens to the pool first, then ask for the output; the pool checks k.
///
/// Simplifications of Aerodrome (none of them visible through the reads above):
/// - No LP token, no `burn`: `addLiquidity` pulls both tokens with transferFrom and the liquidity stays for good.
/// - Fees stay in the reserves (UniswapV2 style) instead of moving to a PoolFees contract, so no `Fees` event and
///   no claims. Fees are taken from the input exactly as Aerodrome does (`amountIn * 30 / 10000`).
/// - No factory (the fee is a constant), no pause, no stable curve, no TWAP observations, no `sync`/`skim`, and
///   no swap hooks: `data` must be empty.
contract ReferencePool is ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @notice Aerodrome's default volatile fee, in basis points of the input amount.
    uint256 public constant FEE_BASIS_POINTS = 30;

    address public immutable token0;
    address public immutable token1;

    uint256 private reserve0;
    uint256 private reserve1;
    uint256 private blockTimestampLast;

    event Mint(address indexed sender, uint256 amount0, uint256 amount1);
    event Swap(
        address indexed sender,
        address indexed to,
        uint256 amount0In,
        uint256 amount1In,
        uint256 amount0Out,
        uint256 amount1Out
    );
    event Sync(uint256 reserve0, uint256 reserve1);

    error SameTokens();
    error ZeroAddress();
    error InsufficientLiquidityMinted();
    error InsufficientOutputAmount();
    error InsufficientInputAmount();
    error InsufficientLiquidity();
    error InvalidTo();
    error HooksUnsupported();
    error K();

    constructor(address tokenA, address tokenB) {
        if (tokenA == tokenB) revert SameTokens();
        (address sorted0, address sorted1) = tokenA < tokenB ? (tokenA, tokenB) : (tokenB, tokenA);
        if (sorted0 == address(0)) revert ZeroAddress();
        token0 = sorted0;
        token1 = sorted1;
    }

    /// @notice Aerodrome's signature: the reserves as of the last swap or liquidity change, and when that was.
    function getReserves() public view returns (uint256 _reserve0, uint256 _reserve1, uint256 _blockTimestampLast) {
        return (reserve0, reserve1, blockTimestampLast);
    }

    /// @notice What `swap` pays out for `amountIn` of `tokenIn` sent first, after the fee (Aerodrome's volatile formula).
    function getAmountOut(uint256 amountIn, address tokenIn) external view returns (uint256) {
        amountIn -= (amountIn * FEE_BASIS_POINTS) / 10_000;
        (uint256 reserveIn, uint256 reserveOut) = tokenIn == token0 ? (reserve0, reserve1) : (reserve1, reserve0);
        return (amountIn * reserveOut) / (reserveIn + amountIn);
    }

    /// @notice Devnet only (Aerodrome mints LP tokens instead): pulls both amounts from the caller into the reserves.
    /// The first deposit sets the price; later ones should match the current ratio, or they move it.
    function addLiquidity(uint256 amount0, uint256 amount1) external nonReentrant {
        if (amount0 == 0 || amount1 == 0) revert InsufficientLiquidityMinted();
        IERC20(token0).safeTransferFrom(msg.sender, address(this), amount0);
        IERC20(token1).safeTransferFrom(msg.sender, address(this), amount1);
        _update(IERC20(token0).balanceOf(address(this)), IERC20(token1).balanceOf(address(this)));
        emit Mint(msg.sender, amount0, amount1);
    }

    /// @notice Aerodrome's swap: the input must already have been sent to the pool; pays out the amounts asked
    /// for if k, after the fee on the input, does not decrease.
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external nonReentrant {
        if (data.length > 0) revert HooksUnsupported();
        if (amount0Out == 0 && amount1Out == 0) revert InsufficientOutputAmount();
        if (amount0Out >= reserve0 || amount1Out >= reserve1) revert InsufficientLiquidity();
        if (to == token0 || to == token1) revert InvalidTo();
        if (amount0Out > 0) IERC20(token0).safeTransfer(to, amount0Out);
        if (amount1Out > 0) IERC20(token1).safeTransfer(to, amount1Out);
        (uint256 amount0In, uint256 amount1In) = _settleSwap(amount0Out, amount1Out);
        emit Swap(msg.sender, to, amount0In, amount1In, amount0Out, amount1Out);
    }

    /// @dev After the payout: what came in is the balance above the reserve left; k after the fee on the input
    /// may not fall (the fee itself stays in the pool). Then the reserves become the balances.
    function _settleSwap(uint256 amount0Out, uint256 amount1Out)
        private
        returns (uint256 amount0In, uint256 amount1In)
    {
        (uint256 _reserve0, uint256 _reserve1) = (reserve0, reserve1);
        uint256 balance0 = IERC20(token0).balanceOf(address(this));
        uint256 balance1 = IERC20(token1).balanceOf(address(this));
        amount0In = balance0 > _reserve0 - amount0Out ? balance0 - (_reserve0 - amount0Out) : 0;
        amount1In = balance1 > _reserve1 - amount1Out ? balance1 - (_reserve1 - amount1Out) : 0;
        if (amount0In == 0 && amount1In == 0) revert InsufficientInputAmount();
        uint256 afterFee0 = balance0 - (amount0In * FEE_BASIS_POINTS) / 10_000;
        uint256 afterFee1 = balance1 - (amount1In * FEE_BASIS_POINTS) / 10_000;
        if (afterFee0 * afterFee1 < _reserve0 * _reserve1) revert K();
        _update(balance0, balance1);
    }

    function _update(uint256 balance0, uint256 balance1) private {
        reserve0 = balance0;
        reserve1 = balance1;
        blockTimestampLast = block.timestamp;
        emit Sync(balance0, balance1);
    }
}
