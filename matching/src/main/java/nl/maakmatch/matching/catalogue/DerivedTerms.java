package nl.maakmatch.matching.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.maakmatch.matching.firm.Province;
import nl.maakmatch.matching.plan.Purpose;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * Terms for an entry nobody curated (a ROM's new fund, imported from its own file), read from the
 * entry's structured fields only. Conservative: a range of amounts keeps the smallest minimum (so
 * no firm is turned away on a variant it might use) and the smallest maximum (so no stack promises
 * more than the tightest cap); the status is unconfirmed; the result is marked DERIVED, which
 * lowers certainty on every match.
 */
final class DerivedTerms {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.catalogue.messages");

  /** "NL", "EU" as words: the catalogue's shorthand for the whole country or more. */
  private static final Pattern WHOLE_COUNTRY = Pattern.compile("\\b(NL|EU)\\b");

  private DerivedTerms() {}

  /** The entry's terms as a flat terms block, ready for {@link TermsParser}. */
  static Map<String, Object> from(String id, Map<String, Object> entry, List<Message> warnings) {
    Map<String, Object> terms = new LinkedHashMap<>();
    String status = text(entry.get("status")).toLowerCase(Locale.ROOT);
    String confidence = text(entry.get("confidence")).toLowerCase(Locale.ROOT);
    if ("proposed".equals(confidence) || status.startsWith("proposed")) {
      terms.put("status", "PROPOSED");
    } else if (status.startsWith("closed")) {
      terms.put("status", "CLOSED");
    } else {
      terms.put("status", "AVAILABLE");
    }
    terms.put("statusReason", "derived from the entry's status: " + text(entry.get("status")));
    terms.put("statusConfirmed", false);

    List<String> types = strings(entry.get("type"));
    String first = types.isEmpty() ? "loan" : types.get(0);
    terms.put("part", partFor(first));
    if ("operating_subsidy".equals(first)) {
      terms.put("inStack", false);
      terms.put(
          "notInStackReason",
          "operating subsidy: paid during operation, not towards the investment");
    }

    Map<?, ?> eligibility = entry.get("eligibility") instanceof Map<?, ?> m ? m : Map.of();
    List<String> sizes = strings(eligibility.get("size"));
    if (!sizes.isEmpty()) {
      terms.put("sizes", sizes.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
    }
    Object region = eligibility.get("region");
    if (region != null) {
      List<String> provinces = new ArrayList<>();
      for (Province province : Province.values()) {
        if (province.isNamedIn(region.toString())) {
          provinces.add(province.name());
        }
      }
      if (!provinces.isEmpty() && provinces.size() < Province.values().length) {
        terms.put("provinces", provinces);
        terms.put("rom", id.startsWith("rom_"));
      } else if (!mentionsWholeCountry(region.toString())) {
        warnings.add(TEXT.get("entry.regionNamesNoProvince", id, String.valueOf(region)));
      }
    }

    Set<String> purposes = new LinkedHashSet<>();
    for (String tag : strings(entry.get("finances"))) {
      Purpose.fromFinancesTag(tag).ifPresent(set -> set.forEach(p -> purposes.add(p.name())));
    }
    terms.put("purposes", List.copyOf(purposes));

    List<String> estimates = new ArrayList<>(List.of("statusConfirmed"));
    if (entry.get("amount") instanceof Map<?, ?> amounts) {
      Long smallestMin = null;
      Long smallestMax = null;
      for (Map.Entry<?, ?> amount : amounts.entrySet()) {
        String key = amount.getKey().toString();
        if (!(amount.getValue() instanceof Integer || amount.getValue() instanceof Long)) {
          continue; // "100,000 - 5,000,000 (estimate)" and other prose stays in the raw entry
        }
        long value = ((Number) amount.getValue()).longValue();
        if (key.startsWith("min_") || key.contains("_min_")) {
          smallestMin = smallestMin == null ? value : Math.min(smallestMin, value);
        } else if (key.startsWith("max_") || key.contains("_max_")) {
          smallestMax = smallestMax == null ? value : Math.min(smallestMax, value);
        }
      }
      if (smallestMin != null && smallestMax != null && smallestMin > smallestMax) {
        smallestMin = null; // variants with disjoint ranges: no safe minimum
      }
      if (smallestMin != null) {
        terms.put("partMin", smallestMin);
        estimates.add("partMin");
      }
      if (smallestMax != null) {
        terms.put("partMax", smallestMax);
        estimates.add("partMax");
      }
    }
    if ("guarantee".equals(first)) {
      // no cover share can be read from prose: half the loan is the GO's share and the
      // lowest state cover in the curated catalogue
      terms.put("coverShareOfBankLoan", 0.5);
      estimates.add("coverShareOfBankLoan");
    }

    String aidText = text(entry.get("state_aid_basis")).toLowerCase(Locale.ROOT);
    if (aidText.contains("de minimis")) {
      terms.put("aidBasis", "DE_MINIMIS");
    } else if (aidText.contains("gber")) {
      terms.put("aidBasis", "GBER");
      // GBER aid needs an application before the work starts (docs/rules/gber.md)
      terms.put("applyBeforeStart", true);
    }
    if (terms.containsKey("aidBasis") && !"grant".equals(first)) {
      terms.put("aidRate", 0.1);
      estimates.add("aidRate");
    }
    terms.put("estimates", estimates);
    terms.put("note", "derived automatically from the catalogue entry; not curated");
    return terms;
  }

  private static String partFor(String type) {
    return switch (type) {
      case "guarantee" -> "GUARANTEE";
      case "subordinated_loan" -> "SUBORDINATED_LOAN";
      case "convertible_loan" -> "CONVERTIBLE_LOAN";
      case "equity", "indirect_via_fund" -> "EQUITY";
      case "grant", "operating_subsidy" -> "GRANT";
      case "tax_credit" -> "TAX_BENEFIT";
      default -> "LOAN";
    };
  }

  private static boolean mentionsWholeCountry(String region) {
    String text = region.toLowerCase(Locale.ROOT);
    return WHOLE_COUNTRY.matcher(region).find()
        || text.contains("nederland")
        || text.contains("netherlands");
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().strip();
  }

  private static List<String> strings(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(String::valueOf).map(String::strip).toList();
    }
    return List.of();
  }
}
