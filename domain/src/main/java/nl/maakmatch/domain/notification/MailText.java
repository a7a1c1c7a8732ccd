package nl.maakmatch.domain.notification;

import static nl.maakmatch.domain.notification.NotificationMessages.TEXT;

import java.util.Locale;
import nl.maakmatch.matching.text.MessageRenderer;

/**
 * A notice as a plain-text mail in one language: the subject is the notice's title; the body
 * greets, says what happened, links to the item and ends with why the recipient gets it.
 */
public record MailText(String subject, String body) {

  /** Column widths (V13). */
  public static final int SUBJECT_LENGTH = 500;

  public static final int BODY_LENGTH = 10_000;

  // what a long subject is cut to: most mail clients show less
  private static final int SUBJECT_SHOWN = 200;

  public MailText {
    // a subject is one header line: a line break in it would start another header
    subject = cut(subject.replaceAll("[\\p{Cntrl}\\s]+", " ").strip(), SUBJECT_SHOWN);
    body = cut(body, BODY_LENGTH);
  }

  /** The texts of a notice in {@code language}, around a link to {@code absoluteLink}. */
  public static MailText of(NoticeTexts.Text notice, Locale language, String absoluteLink) {
    MessageRenderer renderer = MessageRenderer.in(language);
    String body =
        renderer.render(TEXT.get("mail.greeting"))
            + "\n\n"
            + notice.body().strip()
            + "\n\n"
            + renderer.render(TEXT.get("mail.link", absoluteLink))
            + "\n\n-- \n"
            + renderer.render(TEXT.get("mail.footer"))
            + "\n";
    return new MailText(renderer.render(TEXT.get("mail.subject", notice.title())), body);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length - 1) + "…";
  }
}
