package nl.maakmatch.matching.text;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message pattern parsed once. A pattern whose arguments are all plain {@code {n}} (nearly all of
 * them) is filled by concatenating its literal parts and the arguments, exactly as {@link
 * MessageFormat} would, without a clone and a parse of formats per sentence: a match renders a few
 * hundred sentences. A pattern with typed arguments ({@code {0,number,…}}, {@code choice}) is
 * filled by a copy of its {@link MessageFormat}.
 */
final class Template {

  // private-use characters, which no bundle contains, mark where each argument goes
  private static final Pattern MARKER = Pattern.compile("\uE000(\\d+)\uE001");

  private final MessageFormat format;
  private final String[] literals;
  private final int[] slots;

  private Template(MessageFormat format, String[] literals, int[] slots) {
    this.format = format;
    this.literals = literals;
    this.slots = slots;
  }

  static Template of(String pattern, Locale locale) {
    MessageFormat format = new MessageFormat(pattern, locale);
    for (Format typed : format.getFormats()) {
      if (typed != null) {
        return new Template(format, null, null);
      }
    }
    int count = format.getFormatsByArgumentIndex().length;
    Object[] markers = new Object[count];
    for (int i = 0; i < count; i++) {
      markers[i] = "\uE000" + i + "\uE001";
    }
    String filled = format.format(markers);
    List<String> literals = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    Matcher marker = MARKER.matcher(filled);
    int from = 0;
    while (marker.find()) {
      literals.add(filled.substring(from, marker.start()));
      slots.add(Integer.parseInt(marker.group(1)));
      from = marker.end();
    }
    literals.add(filled.substring(from));
    return new Template(
        format,
        literals.toArray(String[]::new),
        slots.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The sentence, as {@link MessageFormat#format(Object)} writes it for these arguments.
   *
   * @param numbers what MessageFormat uses for a Number in a plain {n}: {@link
   *     NumberFormat#getInstance(Locale)} of the pattern's language, used by this thread only
   */
  String fill(Object[] args, NumberFormat numbers) {
    if (literals == null) {
      // a cached MessageFormat is shared between threads; a clone keeps it unchanged
      return ((MessageFormat) format.clone()).format(args);
    }
    StringBuilder sentence = new StringBuilder(literals[0].length() + 16 * slots.length + 32);
    sentence.append(literals[0]);
    for (int i = 0; i < slots.length; i++) {
      int slot = slots[i];
      if (slot >= args.length) {
        sentence.append('{').append(slot).append('}');
      } else if (args[slot] instanceof Number number) {
        sentence.append(numbers.format(number));
      } else {
        sentence.append(Objects.toString(args[slot]));
      }
      sentence.append(literals[i + 1]);
    }
    return sentence.toString();
  }
}
