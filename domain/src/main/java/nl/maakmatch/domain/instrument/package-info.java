/**
 * The instrument catalogue aggregate: guards that every instrument keeps the full history of
 * its definitions, so a match can always be explained with the version it used.
 */
package nl.maakmatch.domain.instrument;
