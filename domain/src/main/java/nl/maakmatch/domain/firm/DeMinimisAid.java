package nl.maakmatch.domain.firm;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * De minimis aid the firm or the rest of its group received (its de-minimisverklaring): counts
 * against the EUR 300,000 ceiling per single undertaking over a rolling three years (Reg. (EU)
 * 2023/2831).
 */
@Embeddable
public class DeMinimisAid {

  @Column(name = "amount_eur", nullable = false)
  private long amountEur;

  @Column(name = "granted_on", nullable = false)
  private LocalDate grantedOn;

  @Column(name = "granting_body", nullable = false)
  private String grantingBody;

  @Column(name = "received_by_group", nullable = false)
  private boolean receivedByGroup;

  protected DeMinimisAid() {}

  /** Aid the firm itself received. */
  public DeMinimisAid(long amountEur, LocalDate grantedOn, String grantingBody) {
    this(amountEur, grantedOn, grantingBody, false);
  }

  /**
   * @param receivedByGroup received by another enterprise of the firm's single undertaking (its
   *     linked enterprises), which counts against the same ceiling
   */
  public DeMinimisAid(
      long amountEur, LocalDate grantedOn, String grantingBody, boolean receivedByGroup) {
    if (amountEur <= 0) {
      throw new IllegalArgumentException("de minimis aid must be a positive amount");
    }
    this.amountEur = amountEur;
    this.grantedOn = Objects.requireNonNull(grantedOn, "grantedOn");
    this.grantingBody = Objects.requireNonNull(grantingBody, "grantingBody");
    this.receivedByGroup = receivedByGroup;
  }

  public boolean receivedByGroup() {
    return receivedByGroup;
  }

  public long amountEur() {
    return amountEur;
  }

  public LocalDate grantedOn() {
    return grantedOn;
  }

  public String grantingBody() {
    return grantingBody;
  }

  /** Whether the aid still counts on {@code date}: granted within the three years before it. */
  public boolean countsOn(LocalDate date) {
    return !grantedOn.isAfter(date) && grantedOn.isAfter(date.minusYears(3));
  }
}
