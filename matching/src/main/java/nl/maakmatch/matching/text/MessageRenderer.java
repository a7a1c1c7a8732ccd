package nl.maakmatch.matching.text;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns {@link Message}s into sentences in one language. Patterns are {@link MessageFormat}
 * patterns in {@code .properties} bundles: the base file is Dutch (the default language), {@code
 * _en} English; another language is another file. Typed arguments are formatted the way a reader of
 * that language expects: "€ 1.200.000" and "1 juni 2027" in Dutch, "€1,200,000" and "1 June 2027"
 * in English.
 *
 * <p>Thread-safe; parsed patterns are cached.
 */
public final class MessageRenderer {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private static final ResourceBundle.Control BASE_IS_DUTCH =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final String COMMON = "nl.maakmatch.matching.text.messages";

  /** By language code, so finding the renderer for a request costs one map lookup. */
  private static final ConcurrentMap<String, MessageRenderer> RENDERERS = new ConcurrentHashMap<>();

  private final Locale locale;
  private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();
  // NumberFormat is not thread-safe: one per thread and language
  private final ThreadLocal<NumberFormat> numbers;
  private final DateTimeFormatter dates;

  private MessageRenderer(Locale locale) {
    this.locale = locale;
    this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getInstance(locale));
    this.dates =
        isDutch()
            ? DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH)
            : isEnglish()
                ? DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
  }

  /** The renderer for a language; Dutch for a language MaakMatch has no texts in. */
  public static MessageRenderer in(Locale locale) {
    return RENDERERS.computeIfAbsent(
        locale.getLanguage(), language -> new MessageRenderer(Locale.forLanguageTag(language)));
  }

  public static String dutch(Message message) {
    return in(DUTCH).render(message);
  }

  public static String english(Message message) {
    return in(ENGLISH).render(message);
  }

  public Locale locale() {
    return locale;
  }

  public String render(Message message) {
    List<Object> given = message.args();
    Object[] args = new Object[given.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(given.get(i));
    }
    return template(message.bundle(), message.key()).fill(args, numbers.get());
  }

  /** One argument as text, or a {@link Number} left for the pattern to format. */
  Object argument(Object arg) {
    if (arg instanceof Message nested) {
      return render(nested);
    }
    if (arg instanceof Money money) {
      return money(money.euros());
    }
    if (arg instanceof Share share) {
      return share(share.fraction());
    }
    if (arg instanceof LocalDate date) {
      return date.format(dates);
    }
    if (arg instanceof Enum<?> constant) {
      return render(Label.of(constant));
    }
    if (arg instanceof Listing listing) {
      return listing(listing);
    }
    if (arg instanceof DataText text) {
      return text.in(isEnglish());
    }
    if (arg == null) {
      throw new IllegalArgumentException("a message argument is null");
    }
    return arg;
  }

  // Dutch and English as a firm owner and a bank write them; another language by its own
  // conventions (the JDK's CLDR data), so adding a language needs only its bundle files
  private String money(long euros) {
    if (isDutch() || isEnglish()) {
      return isEnglish() ? Euro.en(euros) : Euro.nl(euros);
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance("EUR"));
    format.setMaximumFractionDigits(0);
    return format.format(euros);
  }

  private String share(double fraction) {
    if (isDutch() || isEnglish()) {
      return isDutch() ? Euro.percentNl(fraction) : Euro.percentEn(fraction);
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(fraction);
  }

  private String listing(Listing listing) {
    List<String> items = listing.items().stream().map(i -> String.valueOf(argument(i))).toList();
    if (items.size() <= 1 || listing.conjunction() == Listing.Conjunction.NONE) {
      return String.join(", ", items);
    }
    String conjunction =
        render(
            Message.of(
                COMMON,
                listing.conjunction() == Listing.Conjunction.AND ? "listing.and" : "listing.or"));
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  private Template template(String bundle, String key) {
    return templates.computeIfAbsent(
        bundle + '#' + key,
        k -> {
          try {
            String pattern = ResourceBundle.getBundle(bundle, locale, BASE_IS_DUTCH).getString(key);
            return Template.of(pattern, locale);
          } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + bundle, e);
          }
        });
  }

  private boolean isDutch() {
    return DUTCH.getLanguage().equals(locale.getLanguage());
  }

  private boolean isEnglish() {
    return ENGLISH.getLanguage().equals(locale.getLanguage());
  }
}
