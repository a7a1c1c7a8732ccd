package nl.maakmatch.matching.catalogue;

/**
 * A condition an instrument sets that the plan cannot show yet: the engine cannot check it, so an
 * instrument with such a condition is at best uncertain until the firm has it checked.
 */
public enum Condition {
  /**
   * A collaboration with at least one other independent SME (MIT R&D-samenwerking: "collaboration
   * of >= 2 independent MKB firms").
   */
  PARTNER,
  /**
   * A technique that is new compared with the international state of the art (DEI+: "innovative vs
   * international state of the art").
   */
  INNOVATION,
  /**
   * A consortium with at least 10% MKB participation: the rule the 2022 industry note cites from
   * the R&D mobility-sector scheme and wants as the minimum for every R&D scheme and IPCEI (the
   * reference could not confirm it for RDM).
   */
  SME_SHARE,
  /**
   * A development project with substantial technical risk (Innovatiekrediet: "substantial technical
   * risk"; a proven technology does not qualify): buying proven machines is not such a project.
   */
  TECHNICAL_RISK,
  /**
   * An investor's letter of intent to finance the follow-up with at least the same amount (VFF:
   * "needs a letter of intent from an investor for the follow-up").
   */
  INVESTOR_COMMITMENT
}
