/**
 * Scores from 0 to 100 for eligible instruments with a visible breakdown, and the certainty of each
 * match with every doubt shown as a flag.
 */
package nl.maakmatch.matching.scoring;
