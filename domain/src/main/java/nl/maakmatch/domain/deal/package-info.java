/**
 * The deal flow: a firm, or its adviser, introduces a submitted plan to one financier organisation,
 * sharing only the parts it chooses; the financier answers (interest, a question, a decline with
 * its reason, an offer), the firm decides on an offer and the financier reports the money paid out.
 * The {@link nl.maakmatch.domain.deal.Introduction} aggregate guards the allowed steps; every step
 * is kept as an entry of its timeline, never overwritten.
 */
package nl.maakmatch.domain.deal;
