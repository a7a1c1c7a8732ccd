package nl.maakmatch.matching.firm;

import java.util.List;
import java.util.stream.Collectors;
import nl.maakmatch.matching.text.Euro;
import nl.maakmatch.matching.text.LocalizedText;

/** Every sentence the SME test shows, in Dutch and English. */
final class SmeTexts {

  private SmeTexts() {}

  static LocalizedText within(SizeClass sizeClass, LocalizedText staff, LocalizedText money) {
    return new LocalizedText(
        sizeClass.dutchLabel() + ": " + staff.nl() + "; " + money.nl(),
        sizeClass.englishLabel() + ": " + staff.en() + "; " + money.en());
  }

  static LocalizedText staff(
      double employees, List<LocalizedText> counted, List<LocalizedText> notCounted) {
    String nl = number(employees, ',') + " werknemers";
    String en = number(employees, '.') + " staff";
    if (!counted.isEmpty()) {
      nl += " incl. " + join(counted, true);
      en += " incl. " + join(counted, false);
    }
    if (!notCounted.isEmpty()) {
      nl += " (" + join(notCounted, true) + ")";
      en += " (" + join(notCounted, false) + ")";
    }
    return new LocalizedText(nl, en);
  }

  static LocalizedText countedShare(LinkedEnterprise other) {
    if (other.relation() == LinkedEnterprise.Relation.PARTNER) {
      String pct = number(other.sharePct(), ',') + "%";
      return new LocalizedText(
          pct + " van partner " + other.name(),
          number(other.sharePct(), '.') + "% of partner " + other.name());
    }
    return new LocalizedText(
        "100% van verbonden onderneming " + other.name(),
        "100% of linked enterprise " + other.name());
  }

  static LocalizedText exemptInvestorNotCounted(LinkedEnterprise other) {
    return new LocalizedText(
        "belang van " + other.name() + " telt niet mee: vrijgestelde investeerder",
        "stake of " + other.name() + " not counted: exempt investor");
  }

  static LocalizedText turnoverWithin(long turnover, long ceiling) {
    return new LocalizedText(
        "omzet " + Euro.nl(turnover) + " ≤ " + Euro.nl(ceiling),
        "turnover " + Euro.en(turnover) + " ≤ " + Euro.en(ceiling));
  }

  static LocalizedText balanceWithin(long balance, long ceiling) {
    return new LocalizedText(
        "balanstotaal " + Euro.nl(balance) + " ≤ " + Euro.nl(ceiling),
        "balance sheet total " + Euro.en(balance) + " ≤ " + Euro.en(ceiling));
  }

  static LocalizedText tooManyStaff(int limit) {
    return new LocalizedText(
        "MKB vraagt minder dan " + limit + " werknemers",
        "an SME has fewer than " + limit + " staff");
  }

  static LocalizedText bothMoneyCeilingsExceeded(
      long turnover, long turnoverMax, long balance, long balanceMax) {
    return new LocalizedText(
        "omzet "
            + Euro.nl(turnover)
            + " > "
            + Euro.nl(turnoverMax)
            + " én balanstotaal "
            + Euro.nl(balance)
            + " > "
            + Euro.nl(balanceMax),
        "turnover "
            + Euro.en(turnover)
            + " > "
            + Euro.en(turnoverMax)
            + " and balance sheet total "
            + Euro.en(balance)
            + " > "
            + Euro.en(balanceMax));
  }

  static LocalizedText publicBodyControl(double pct) {
    return new LocalizedText(
        SizeClass.LARGE.dutchLabel()
            + ": "
            + number(pct, ',')
            + "% in handen van overheidsinstanties (25% of meer): geen MKB"
            + " (Aanbeveling 2003/361 art. 3 lid 4)",
        SizeClass.LARGE.englishLabel()
            + ": "
            + number(pct, '.')
            + "% held by public bodies (25% or more): not an SME"
            + " (Recommendation 2003/361 art. 3(4))");
  }

  /** 85 → "85", 85.5 → "85,5" or "85.5"; at most one decimal, as staff are counted in AWU. */
  private static String number(double value, char decimalSeparator) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return Double.toString(rounded).replace('.', decimalSeparator);
  }

  private static String join(List<LocalizedText> texts, boolean dutch) {
    return texts.stream()
        .map(t -> dutch ? t.nl() : t.en())
        .collect(Collectors.joining(dutch ? " en " : " and "));
  }
}
