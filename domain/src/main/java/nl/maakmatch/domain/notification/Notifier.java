package nl.maakmatch.domain.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;

@ApplicationScoped
public class Notifier {
  public void notify(Collection<String> recipientSubjects, Notice notice) {}
}
