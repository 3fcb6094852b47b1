// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {Test} from "./utils/Test.sol";
import {ReferencePool} from "../src/ReferencePool.sol";

contract PoolTestToken is ERC20 {
    constructor(string memory symbol_) ERC20(symbol_, symbol_) {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

contract ReferencePoolTest is Test {
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

    PoolTestToken private vvv;
    PoolTestToken private diem;
    ReferencePool private pool;
    PoolTestToken private token0;
    PoolTestToken private token1;
    address private provider;
    address private trader;

    function setUp() public {
        vvv = new PoolTestToken("VVV");
        diem = new PoolTestToken("DIEM");
        pool = new ReferencePool(address(vvv), address(diem));
        (token0, token1) = address(vvv) < address(diem) ? (vvv, diem) : (diem, vvv);
        provider = makeAddr("provider");
        trader = makeAddr("trader");
        for (uint256 i = 0; i < 2; i++) {
            PoolTestToken token = i == 0 ? vvv : diem;
            token.mint(provider, 1e30);
            token.mint(trader, 1e30);
            vm.prank(provider);
            token.approve(address(pool), type(uint256).max);
        }
    }

    function addLiquidity(uint256 amount0, uint256 amount1) private {
        vm.prank(provider);
        pool.addLiquidity(amount0, amount1);
    }

    function reserves() private view returns (uint256 reserve0, uint256 reserve1) {
        (reserve0, reserve1,) = pool.getReserves();
    }

    /// Sends `amountIn` of token0 (or token1) from the trader, then swaps for the quoted output.
    function swapExactIn(bool zeroForOne, uint256 amountIn) private returns (uint256 amountOut) {
        PoolTestToken tokenIn = zeroForOne ? token0 : token1;
        amountOut = pool.getAmountOut(amountIn, address(tokenIn));
        vm.startPrank(trader);
        tokenIn.transfer(address(pool), amountIn);
        pool.swap(zeroForOne ? 0 : amountOut, zeroForOne ? amountOut : 0, trader, "");
        vm.stopPrank();
    }

    function assertReservesAreBalances() private view {
        (uint256 reserve0, uint256 reserve1) = reserves();
        assertEq(reserve0, token0.balanceOf(address(pool)), "reserve0 is the balance");
        assertEq(reserve1, token1.balanceOf(address(pool)), "reserve1 is the balance");
    }

    function test_tokensAreSortedByAddress() public {
        assertTrue(pool.token0() < pool.token1(), "token0 < token1");
        assertEq(pool.token0(), address(token0), "token0");
        ReferencePool flipped = new ReferencePool(address(diem), address(vvv));
        assertEq(flipped.token0(), pool.token0(), "same order whichever way round");
        assertEq(flipped.token1(), pool.token1(), "token1");
    }

    function test_constructor_rejectsSameOrZeroToken() public {
        vm.expectRevert(ReferencePool.SameTokens.selector);
        new ReferencePool(address(vvv), address(vvv));
        vm.expectRevert(ReferencePool.ZeroAddress.selector);
        new ReferencePool(address(0), address(vvv));
    }

    function test_addLiquidity_setsReservesAndTimestamp() public {
        vm.warp(1_750_000_000);
        vm.expectEmit(address(pool));
        emit Sync(500e18, 50_000e18);
        vm.expectEmit(address(pool));
        emit Mint(provider, 500e18, 50_000e18);
        addLiquidity(500e18, 50_000e18);
        (uint256 reserve0, uint256 reserve1, uint256 timestamp) = pool.getReserves();
        assertEq(reserve0, 500e18, "reserve0");
        assertEq(reserve1, 50_000e18, "reserve1");
        assertEq(timestamp, 1_750_000_000, "blockTimestampLast");
        assertReservesAreBalances();
    }

    function test_addLiquidity_rejectsOneSidedDeposits() public {
        vm.expectRevert(ReferencePool.InsufficientLiquidityMinted.selector);
        addLiquidity(0, 1e18);
    }

    function test_getAmountOut_isAerodromesVolatileFormula() public {
        addLiquidity(1_000e18, 100_000e18);
        uint256 afterFee = 10e18 - (10e18 * 30) / 10_000;
        assertEq(pool.getAmountOut(10e18, address(token0)), (afterFee * 100_000e18) / (1_000e18 + afterFee), "0 -> 1");
        assertEq(pool.getAmountOut(10e18, address(token1)), (afterFee * 1_000e18) / (100_000e18 + afterFee), "1 -> 0");
    }

    function test_swap_paysTheQuoteAndEmitsAsAerodrome() public {
        addLiquidity(1_000e18, 100_000e18);
        uint256 quoted = pool.getAmountOut(10e18, address(token0));
        vm.startPrank(trader);
        token0.transfer(address(pool), 10e18);
        vm.expectEmit(address(pool));
        emit Sync(1_010e18, 100_000e18 - quoted);
        vm.expectEmit(address(pool));
        emit Swap(trader, trader, 10e18, 0, 0, quoted);
        pool.swap(0, quoted, trader, "");
        vm.stopPrank();
        assertEq(token1.balanceOf(trader), 1e30 + quoted, "trader got the quote");
        assertReservesAreBalances();
    }

    function test_swap_rejectsMoreThanTheQuote() public {
        addLiquidity(1_000e18, 100_000e18);
        uint256 quoted = pool.getAmountOut(10e18, address(token1));
        vm.startPrank(trader);
        token1.transfer(address(pool), 10e18);
        vm.expectRevert(ReferencePool.K.selector);
        pool.swap(quoted + 1, 0, trader, "");
        vm.stopPrank();
    }

    function test_swap_rejectsBadRequests() public {
        addLiquidity(1_000e18, 100_000e18);
        vm.expectRevert(ReferencePool.InsufficientOutputAmount.selector);
        pool.swap(0, 0, trader, "");
        vm.expectRevert(ReferencePool.InsufficientLiquidity.selector);
        pool.swap(1_000e18, 0, trader, "");
        vm.expectRevert(ReferencePool.InvalidTo.selector);
        pool.swap(1, 0, address(token0), "");
        vm.expectRevert(ReferencePool.HooksUnsupported.selector);
        pool.swap(1, 0, trader, hex"01");
        vm.expectRevert(ReferencePool.InsufficientInputAmount.selector);
        pool.swap(1, 0, trader, "");
    }

    function test_swap_priceMovesAgainstTheBuyer() public {
        addLiquidity(1_000e18, 100_000e18);
        swapExactIn(false, 5_000e18); // token1 in, token0 out: token0 gets dearer in token1
        (uint256 reserve0, uint256 reserve1) = reserves();
        assertGt(reserve1 * 1e18 / reserve0, 100e18, "price of token0 rose");
    }

    function testFuzz_swapsNeverDecreaseKAndKeepReservesEqualToBalances(
        uint256 liquidity0,
        uint256 liquidity1,
        uint256[6] memory amounts,
        bool[6] memory directions
    ) public {
        liquidity0 = bound(liquidity0, 1e9, 1e27);
        liquidity1 = bound(liquidity1, 1e9, 1e27);
        addLiquidity(liquidity0, liquidity1);
        (uint256 reserve0, uint256 reserve1) = reserves();
        uint256 k = reserve0 * reserve1;
        for (uint256 i = 0; i < amounts.length; i++) {
            (reserve0, reserve1) = reserves();
            uint256 amountIn = bound(amounts[i], 1, (directions[i] ? reserve0 : reserve1) * 3);
            if (pool.getAmountOut(amountIn, directions[i] ? address(token0) : address(token1)) == 0) continue;
            swapExactIn(directions[i], amountIn);
            (reserve0, reserve1) = reserves();
            assertGe(reserve0 * reserve1, k, "k never decreases");
            k = reserve0 * reserve1;
            assertReservesAreBalances();
        }
    }

    function testFuzz_anyOutputAboveTheQuoteReverts(uint256 amountIn, bool zeroForOne, uint256 extra) public {
        addLiquidity(1_000e18, 100_000e18);
        amountIn = bound(amountIn, 1e6, 1e24);
        extra = bound(extra, 1, 1e18);
        PoolTestToken tokenIn = zeroForOne ? token0 : token1;
        uint256 quoted = pool.getAmountOut(amountIn, address(tokenIn));
        (uint256 reserve0, uint256 reserve1) = reserves();
        vm.assume(quoted + extra < (zeroForOne ? reserve1 : reserve0));
        vm.startPrank(trader);
        tokenIn.transfer(address(pool), amountIn);
        vm.expectRevert(ReferencePool.K.selector);
        pool.swap(zeroForOne ? 0 : quoted + extra, zeroForOne ? quoted + extra : 0, trader, "");
        vm.stopPrank();
    }
}
