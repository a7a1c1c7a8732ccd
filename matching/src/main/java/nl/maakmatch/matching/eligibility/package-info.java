/**
 * Eligibility as small named policies, one per kind of rule, each returning {@link
 * nl.maakmatch.matching.eligibility.Eligible} or {@link
 * nl.maakmatch.matching.eligibility.Ineligible} with reasons a firm owner can act on, and the
 * smallest realistic change that would make an instrument fit. The check over all policies adds a
 * third answer, {@link nl.maakmatch.matching.eligibility.Uncertain}, when the only limits not met
 * rest on estimates or a condition is not stated yet: never a hard "no" on an estimate.
 */
package nl.maakmatch.matching.eligibility;
