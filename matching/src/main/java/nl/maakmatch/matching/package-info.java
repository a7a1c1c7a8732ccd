/**
 * The matching engine for Dutch MKB manufacturers: {@link nl.maakmatch.matching.MatchingEngine}
 * takes a firm, its investment plan and options, and answers with the firm's EU size class, every
 * catalogue instrument's eligibility (with reasons, unmet criteria and "would fit if"), scores,
 * certainty and flags, and a composed financing stack. Plain Java: no framework, no I/O beyond
 * reading the catalogue, time from an injected clock.
 */
package nl.maakmatch.matching;
