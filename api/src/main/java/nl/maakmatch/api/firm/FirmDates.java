package nl.maakmatch.api.firm;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import nl.maakmatch.api.validation.FlatInJson;
import nl.maakmatch.api.validation.SoldAfterFounding;

/**
 * The firm's first commercial sale as every request that states it checks it: registering or
 * updating a firm, and the anonymous preview. In JSON it stands among the request's other fields.
 * The founding date's own checks stay on the request.
 *
 * @param firstCommercialSaleOn when the firm first sold commercially; GBER art. 21(5) risk finance
 *     (Seed Capital) counts the firm's age from it; optional
 */
@FlatInJson
@SoldAfterFounding
public record FirmDates(
    LocalDate foundedOn,
    @PastOrPresent(message = "{maakmatch.notFuture}") LocalDate firstCommercialSaleOn) {}
