/**
 * Eligibility as small named policies, one per kind of rule, each returning {@link
 * nl.maakmatch.matching.eligibility.Eligible} or {@link
 * nl.maakmatch.matching.eligibility.Ineligible} with reasons a firm owner can act on, and the
 * smallest realistic change that would make an instrument fit.
 */
package nl.maakmatch.matching.eligibility;
