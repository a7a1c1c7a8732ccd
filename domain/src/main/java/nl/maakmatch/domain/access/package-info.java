/**
 * Who may see and change what: the caller as an {@link nl.maakmatch.domain.access.Actor}, the
 * policies' answer as an {@link nl.maakmatch.domain.access.Access}, and the audit log of reads and
 * changes. The policies themselves live with their aggregates ({@code FirmAccess}, {@code
 * PlanAccess}, {@code OrganisationAccess}).
 */
package nl.maakmatch.domain.access;
