/** Flags shown next to a match: doubts that lower certainty, duties and notes. */
package nl.maakmatch.matching.flag;
