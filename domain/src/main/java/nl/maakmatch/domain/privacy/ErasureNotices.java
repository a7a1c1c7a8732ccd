package nl.maakmatch.domain.privacy;

import static nl.maakmatch.domain.DomainMessages.TEXT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.maakmatch.domain.notification.Notice;
import nl.maakmatch.domain.notification.Notifier;
import nl.maakmatch.domain.organisation.Organisation;
import nl.maakmatch.domain.organisation.Organisations;
import nl.maakmatch.domain.privacy.ErasableRecords.ErasedIntroduction;
import nl.maakmatch.domain.user.KnownUsers;

/**
 * Tells the financiers of a firm's erased introductions that they are gone and that their own
 * copies must go too (GDPR art. 19). The notice names neither the firm nor the plan: the erasure
 * would otherwise leave them behind in the financiers' notifications. Their systems learn which
 * introduction it was from the {@code IntroductionErased} event in the organisation's log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ErasureNotices {

  /** Named as the event the financiers' systems read. */
  static final String KIND = ErasableRecords.ERASED_EVENT;

  @Inject KnownUsers users;
  @Inject Organisations organisations;
  @Inject Notifier notifier;

  public void tell(List<ErasedIntroduction> erased) {
    Map<String, Long> perOrganisation =
        erased.stream()
            .collect(
                Collectors.groupingBy(
                    ErasedIntroduction::organisation, TreeMap::new, Collectors.counting()));
    perOrganisation.forEach(
        (code, count) -> {
          String name = organisations.find(code).map(Organisation::name).orElse(code);
          notifier.notify(
              users.financiersOf(code),
              new Notice(
                  KIND,
                  null,
                  TEXT.get("notice.IntroductionErased.title", count),
                  TEXT.get("notice.IntroductionErased.body", count, name),
                  "/inbox"));
        });
  }
}
