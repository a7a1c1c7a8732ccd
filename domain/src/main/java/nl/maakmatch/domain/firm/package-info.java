/**
 * The firm aggregate: guards a unique KVK number, a size class that is always derived from the
 * firm's own and its partner/linked enterprises' figures, and the firm's de minimis record.
 */
package nl.maakmatch.domain.firm;
