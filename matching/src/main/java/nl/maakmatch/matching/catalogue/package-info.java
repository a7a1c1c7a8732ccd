/**
 * The financing catalogue: instruments in the reference format (instruments-nl.yaml) with the
 * structured terms the engine matches on (matching-terms.yaml, each value following a reference
 * fact), and the reader that is also the product's importer: it rejects malformed entries with a
 * clear report instead of failing the whole file.
 */
package nl.maakmatch.matching.catalogue;
