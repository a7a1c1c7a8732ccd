/**
 * What happened, as typed events, and the one recorder that writes each of them to the record's
 * history and to the audit log.
 */
package nl.maakmatch.domain.event;
