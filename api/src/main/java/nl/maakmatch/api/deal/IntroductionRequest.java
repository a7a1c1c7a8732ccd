package nl.maakmatch.api.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.maakmatch.domain.deal.SharedPart;

/**
 * A firm introduces its plan to one financier organisation: the instruments it has in mind, what it
 * shows (the plan, its figures, its documents) and a message.
 */
public record IntroductionRequest(
    @NotBlank(message = "{maakmatch.required}")
        @Size(max = 100, message = "{maakmatch.tooLong}")
        @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{maakmatch.organisation}")
        String organisation,
    @Size(max = 20, message = "{maakmatch.tooMany}")
        List<
                @NotBlank(message = "{maakmatch.required}")
                @Size(max = 64, message = "{maakmatch.tooLong}")
                @Pattern(regexp = "[a-z0-9][a-z0-9_-]*", message = "{maakmatch.instrumentId}")
                String>
            instrumentIds,
    @NotEmpty(message = "{maakmatch.shareSomething}")
        @Size(max = 3, message = "{maakmatch.tooMany}")
        List<@NotNull(message = "{maakmatch.required}") SharedPart> share,
    @Size(max = 4000, message = "{maakmatch.tooLong}") String message) {

  public List<String> instruments() {
    return instrumentIds == null ? List.of() : instrumentIds.stream().distinct().toList();
  }
}
