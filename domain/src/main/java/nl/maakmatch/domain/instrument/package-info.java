/**
 * The instrument catalogue aggregate: guards that every instrument keeps the full history of its
 * definitions, so a match can always be explained with the version it used. Everyone reads the
 * catalogue; {@link nl.maakmatch.domain.instrument.CatalogueAccess} leaves changing it to
 * administrators.
 */
package nl.maakmatch.domain.instrument;
