package nl.maakmatch.domain.notification;

import java.util.UUID;
import nl.maakmatch.matching.text.Message;

public record Notice(String kind, UUID introductionId, Message title, Message body, String link) {}
