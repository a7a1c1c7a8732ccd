/**
 * What to tell a person as {@link nl.maakmatch.matching.text.Message}s (a bundle key with typed
 * arguments) and the {@link nl.maakmatch.matching.text.MessageRenderer} that turns them into Dutch
 * or English sentences, writing money, shares and dates the way a firm owner reads them.
 */
package nl.maakmatch.matching.text;
