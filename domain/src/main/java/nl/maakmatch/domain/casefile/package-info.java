/**
 * A ROM's case file on a firm it guides: the adviser's notes, shared with colleagues of the same
 * ROM and never with the firm or financiers, beside the firm's plans and introductions.
 */
package nl.maakmatch.domain.casefile;
