/** History instead of overwrites: every change to a record is kept as an event. */
package nl.maakmatch.domain.history;
