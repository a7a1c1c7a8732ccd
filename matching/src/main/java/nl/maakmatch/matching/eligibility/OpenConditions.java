package nl.maakmatch.matching.eligibility;

import java.util.ArrayList;
import java.util.List;
import nl.maakmatch.matching.catalogue.AmountMeasure;
import nl.maakmatch.matching.catalogue.Condition;
import nl.maakmatch.matching.catalogue.Instrument;
import nl.maakmatch.matching.catalogue.MatchingTerms.Stage;
import nl.maakmatch.matching.text.Message;
import nl.maakmatch.matching.text.Messages;

/**
 * What keeps an instrument uncertain, each with whom to check it: a limit the plan does not meet
 * that rests on an estimate ("NOM's typical ticket is an estimate: check the ticket size with
 * NOM"), and the conditions a plan cannot show yet — a partner for MIT R&D-samenwerking, an
 * innovation claim for DEI+, a TRL where the instrument has a TRL rule and the plan gives none.
 */
final class OpenConditions {

  private static final Messages TEXT = Messages.in("nl.maakmatch.matching.eligibility.messages");

  OpenQuestion onEstimate(Instrument instrument, UnmetCriterion estimated) {
    return new OpenQuestion(
        estimated.criterion(),
        TEXT.get("open.estimated", estimated.message()),
        checkWith(instrument, topic(instrument, estimated.criterion())));
  }

  List<OpenQuestion> unstated(Instrument instrument, MatchContext context) {
    Stage stage = instrument.terms().stage();
    List<OpenQuestion> open = new ArrayList<>();
    for (Condition condition : stage.conditions().stream().sorted().toList()) {
      open.add(
          switch (condition) {
            case PARTNER ->
                new OpenQuestion(
                    Criterion.CONDITION,
                    TEXT.get("condition.partner", instrument.shortName()),
                    checkWith(instrument, "check.partner"));
            case INNOVATION ->
                new OpenQuestion(
                    Criterion.CONDITION,
                    TEXT.get("condition.innovation", instrument.shortName()),
                    checkWith(instrument, "check.innovation"));
            case SME_SHARE ->
                new OpenQuestion(
                    Criterion.CONDITION,
                    TEXT.get("condition.smeShare", instrument.shortName()),
                    checkWith(instrument, "check.smeShare"));
            case TECHNICAL_RISK ->
                new OpenQuestion(
                    Criterion.CONDITION,
                    TEXT.get("condition.technicalRisk", instrument.shortName()),
                    checkWith(instrument, "check.technicalRisk"));
            case INVESTOR_COMMITMENT ->
                new OpenQuestion(
                    Criterion.CONDITION,
                    TEXT.get("condition.investorCommitment", instrument.shortName()),
                    checkWith(instrument, "check.investorCommitment"));
          });
    }
    if (stage.hasTrlRule() && context.plan().trl() == null) {
      Message range =
          stage.trlMin() == null
              ? TEXT.get("trl.upTo", stage.trlMax())
              : stage.trlMax() == null
                  ? TEXT.get("trl.from", stage.trlMin())
                  : TEXT.get("trl.between", stage.trlMin(), stage.trlMax());
      open.add(
          new OpenQuestion(
              Criterion.CONDITION,
              TEXT.get("condition.trl", instrument.shortName(), range),
              checkWith(instrument, "check.trl")));
    }
    return open;
  }

  /** "Check the ticket size with NOM": a topic for the criterion, said to the right party. */
  private static Message checkWith(Instrument instrument, String topicKey) {
    String party = instrument.terms().availability().checkWith();
    Object whom =
        switch (party) {
          case "" -> instrument.shortName();
          case "BANK" -> TEXT.get("party.bank");
          case "FUND" -> TEXT.get("party.fund", instrument.shortName());
          default -> party;
        };
    return TEXT.get(topicKey, whom);
  }

  private static String topic(Instrument instrument, Criterion criterion) {
    return switch (criterion) {
      case AMOUNT_MIN ->
          instrument.terms().amounts().partMeasure() == AmountMeasure.TICKET
              ? "check.ticket"
              : "check.amountMin";
      case AMOUNT_MAX -> "check.amountMax";
      case TRL -> "check.trl";
      case FIRM_AGE -> "check.age";
      case SIZE_CLASS -> "check.size";
      case SECTOR -> "check.sector";
      case REGION -> "check.region";
      case PURPOSE -> "check.purpose";
      case STATUS -> "check.status";
      case APPLY_BEFORE_START -> "check.timing";
      case APPLICATION_WINDOW -> "check.window";
      case DE_MINIMIS_HEADROOM -> "check.deMinimis";
      case CONDITION -> "check.condition";
    };
  }
}
