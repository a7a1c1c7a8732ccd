/**
 * The documents a firm attaches to an investment plan (business plan, annual accounts, machine
 * quotes). A {@link nl.maakmatch.domain.document.PlanDocument} guards that what is kept is one of
 * the accepted types as its bytes show (never its name or the header the browser sent), within the
 * configured size, with the SHA-256 of exactly the bytes kept; a deleted document keeps its record
 * and loses its contents. {@link nl.maakmatch.domain.document.DocumentAccess} decides who sees and
 * changes them, including the financiers an introduction shares the documents with.
 */
package nl.maakmatch.domain.document;
