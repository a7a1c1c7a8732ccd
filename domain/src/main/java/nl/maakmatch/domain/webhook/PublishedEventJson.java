package nl.maakmatch.domain.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The bytes of a webhook delivery: the event as JSON, dates as ISO-8601 text. The signature is
 * computed over exactly these bytes, so they are made once per delivery and sent as they are.
 */
public final class PublishedEventJson {

  private static final ObjectMapper BODIES =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private PublishedEventJson() {}

  public static byte[] bytes(PublishedEvent event) {
    try {
      return BODIES.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event " + event.id(), e);
    }
  }
}
