/**
 * Strategic notes: plans in the key technologies of the 2022 industry note, and the Wet Vifo
 * notification an equity investor triggers in a firm active in very sensitive technology.
 */
package nl.maakmatch.matching.strategic;
