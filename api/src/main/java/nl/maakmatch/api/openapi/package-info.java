/**
 * The OpenAPI description as financiers' developers use it: fed to a linter and a client generator.
 * Payara builds the document from the JAX-RS annotations; {@link
 * nl.maakmatch.api.openapi.MaakMatchOpenApiFilter} then completes it from what the resources
 * declare (roles, rate limits, If-Match, request records and their Bean Validation constraints) and
 * from one table of operation ids ({@link nl.maakmatch.api.openapi.ApiOperations}), so that the
 * resources keep only their summaries and a new endpoint cannot go undescribed: a unit test fails
 * while it has no row.
 */
package nl.maakmatch.api.openapi;
