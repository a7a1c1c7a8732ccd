/**
 * The organisation aggregate: banks, investors and ROMs users act for. Guards that a plan is only
 * shared with an organisation that exists and finances.
 */
package nl.maakmatch.domain.organisation;
