package nl.maakmatch.matching.stack;

/**
 * A real (not relaxed) stack in fractional euros: every candidate decided, every rule met.
 *
 * @param choices every candidate in or out, no undecided ones left
 * @param fractional its amounts, before rounding to whole euros
 * @param score its true value, e.g. the whole number of applications it files
 */
record Solution(Choices choices, Relaxation fractional, Score score) {}
