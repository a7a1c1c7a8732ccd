package nl.maakmatch.api.deal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.maakmatch.domain.deal.AnswerKind;
import nl.maakmatch.domain.deal.DeclineReason;

/**
 * A financier's answer: interest, a request for information, a decline with its reason category, or
 * an offer with its terms.
 */
public record AnswerRequest(
    @NotNull(message = "{maakmatch.required}") AnswerKind kind,
    @Size(max = 4000, message = "{maakmatch.tooLong}") String text,
    DeclineReason reason,
    @Valid OfferInput offer) {}
