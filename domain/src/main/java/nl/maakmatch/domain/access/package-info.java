/** Who may see and change what: the caller as an {@link nl.maakmatch.domain.access.Actor}. */
package nl.maakmatch.domain.access;
