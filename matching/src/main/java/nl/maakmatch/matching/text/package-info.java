/**
 * Texts in Dutch and English ({@link nl.maakmatch.matching.text.LocalizedText}) and the way money
 * and dates are written for a firm owner in each language.
 */
package nl.maakmatch.matching.text;
