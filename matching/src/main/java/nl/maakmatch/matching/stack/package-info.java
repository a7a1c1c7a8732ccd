/**
 * The financing-stack composer: given the instruments a plan is eligible for, which to combine and
 * for how much, on top of the firm's own money and a commercial bank loan.
 *
 * <p>{@link nl.maakmatch.matching.stack.StackComposer} is the only entry point. It guards these
 * rules for every stack it returns: the need is covered exactly or the shortfall is reported (never
 * over-financed); every instrument stays within its own bounds and share of the need; the bank
 * lends beyond its collateral only as far as guarantees cover it, its EIB-funded lending included;
 * at most one guarantee stands behind the bank loan; a guarantee covers at most its share of the
 * bank loan; above a bank-first threshold the bank lends at least as much; on each cost line all
 * national aid (GBER and de minimis) stays within the line's highest applicable intensity (GBER
 * art. 8(3), de minimis art. 5(2)) and EU funds with national aid within the EU rate (art. 8(2));
 * de minimis aid stays within the remaining headroom (docs/rules/gber.md and de-minimis.md);
 * instruments that exclude each other are never combined (docs/rules/schemes.md). All amounts are
 * whole euros.
 *
 * <p>Plain Java and Commons Math only: no framework, no I/O, no clock.
 */
package nl.maakmatch.matching.stack;
