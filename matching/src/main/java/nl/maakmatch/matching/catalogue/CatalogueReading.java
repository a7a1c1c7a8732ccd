package nl.maakmatch.matching.catalogue;

/** A catalogue as read from a file, with the report of what was accepted and rejected. */
public record CatalogueReading(Catalogue catalogue, CatalogueReport report) {}
