package nl.maakmatch.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.resource.spi.ResourceAllocationException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import nl.maakmatch.domain.DomainMessages;
import nl.maakmatch.domain.RecordKind;
import nl.maakmatch.domain.RecordNotFound;
import nl.maakmatch.domain.StaleVersion;
import nl.maakmatch.domain.StateConflict;
import org.junit.jupiter.api.Test;

class ThrowableMapperTest {

  private final ThrowableMapper mapper = new ThrowableMapper();

  @Test
  void findsANotFoundInsideContainerWrapping() {
    Problem problem =
        mapper.classify(new RuntimeException("ejb", new RecordNotFound(RecordKind.PLAN, "42")));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).isEqualTo("Plan '42' bestaat niet.");
  }

  @Test
  void answersAStaleWriteWith409() {
    Problem problem =
        mapper.classify(
            new IllegalStateException("rollback", new OptimisticLockException("stale")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.type()).isEqualTo(ProblemTypes.STALE);
  }

  @Test
  void answersAStateConflictWith409AndItsReason() {
    Problem problem =
        mapper.classify(new StateConflict(DomainMessages.TEXT.get("firm.noActiveGuidance")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).isEqualTo("Dit bedrijf heeft geen lopende begeleiding.");
  }

  @Test
  void answersAStaleIfMatchWith412() {
    Problem problem = mapper.classify(new StaleVersion(RecordKind.PLAN, "42", 3, 4));

    assertThat(problem.status()).isEqualTo(412);
    assertThat(problem.title()).isEqualTo("Voorwaarde niet vervuld");
    assertThat(problem.detail()).startsWith("Plan 42 staat op versie 4, niet 3");
  }

  @Test
  void answersAUniqueViolationAtCommitWith409() {
    Problem problem =
        mapper.classify(
            new RuntimeException("rollback", new SQLException("duplicate key value", "23505")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.detail()).doesNotContain("duplicate key");
  }

  @Test
  void answersALostDatabaseConnectionWith503ToRetry() {
    for (String state : new String[] {"08006", "08001", "57P01", "57P03", "53300"}) {
      Problem problem =
          mapper.classify(
              new RuntimeException(
                  "rollback",
                  new IllegalStateException(
                      "pool", new SQLException("connection refused", state))));

      assertThat(problem.status()).as(state).isEqualTo(503);
      assertThat(problem.type()).isEqualTo(ProblemTypes.UNAVAILABLE);
      assertThat(problem.detail()).contains("niets opgeslagen").doesNotContain("refused");
    }
  }

  @Test
  void answersAPoolThatCouldGiveNoConnectionWith503ToRetry() {
    // as Payara reports a database that refuses connections ("not currently accepting
    // connections", SQLState 55000) or a pool with every connection in use
    SQLException allocating =
        new SQLException(
            "Error in allocating a connection",
            new ResourceAllocationException(
                "Connection could not be allocated",
                new SQLException("database is not currently accepting connections", "55000")));

    Problem problem = mapper.classify(new RuntimeException("query failed", allocating));

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.type()).isEqualTo(ProblemTypes.UNAVAILABLE);
  }

  @Test
  void answersACommitTheDatabaseWentAwayDuringWith503ToRetry() {
    // as Payara reports a flush at commit on a connection the database ended: the rollback fails
    // on the closed connection as well, and the database's own error is not in the chain
    SystemException rollbackFailed = new SystemException();
    rollbackFailed.initCause(
        new XAException(
            "jakarta.resource.spi.LocalTransactionException: This connection has been closed."));

    Problem problem =
        mapper.classify(
            new TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRED encountered"
                    + " exception during commit jakarta.transaction.SystemException",
                rollbackFailed));

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.type()).isEqualTo(ProblemTypes.UNAVAILABLE);
  }

  @Test
  void answersAConflictAtCommitWith409EvenWhenTheTransactionManagerFailedToo() {
    SystemException failed = new SystemException("rollback failed");
    failed.initCause(new SQLException("duplicate key value", "23505"));

    assertThat(mapper.classify(new TransactionalException("commit", failed)).status())
        .isEqualTo(409);
  }

  @Test
  void hidesTheCauseOfAnUnexpectedFailureButNamesTheRequest() {
    Problem problem = mapper.classify(new NullPointerException("secret internals"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.detail()).doesNotContain("secret internals").contains("verzoeknummer");
    assertThat(problem.type()).isEqualTo(ProblemTypes.UNEXPECTED);
  }
}
