/**
 * The firm aggregate: guards a unique KVK number, a size class that is always derived from the
 * firm's own and its partner/linked enterprises' figures, and the firm's de minimis record. {@link
 * nl.maakmatch.domain.firm.FirmAccess} decides who sees the firm: its members, and the advisers of
 * the ROM it asked for guidance.
 */
package nl.maakmatch.domain.firm;
