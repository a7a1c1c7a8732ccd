package nl.maakmatch.api.validation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A part of a request whose fields the JSON writes flat into the enclosing object (the firm's
 * figures among the firm's other fields). The part is validated as a whole, so the same figures are
 * checked the same way in every request; a field path in an error leaves the part's own name out
 * ({@code employees}, not {@code figures.employees}), as the client knows no such name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FlatInJson {}
