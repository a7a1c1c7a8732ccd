package nl.maakmatch.matching.catalogue;

import java.util.List;
import nl.maakmatch.matching.text.Message;

/**
 * A catalogue entry the reader left out, and every reason why.
 *
 * @param position index in the {@code instruments} list, from 0
 * @param line line in the file where the entry starts, from 1 (0 when unknown)
 * @param id the entry's id, or empty when it has none
 */
public record RejectedEntry(int position, int line, String id, List<Message> reasons) {

  public RejectedEntry {
    reasons = List.copyOf(reasons);
    id = id == null ? "" : id;
  }
}
