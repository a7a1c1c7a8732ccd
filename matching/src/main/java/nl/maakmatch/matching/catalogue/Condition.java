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
  INNOVATION
}
