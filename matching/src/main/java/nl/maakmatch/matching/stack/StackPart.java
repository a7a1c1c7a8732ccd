package nl.maakmatch.matching.stack;

/**
 * One part of a composed stack.
 *
 * @param instrumentId catalogue id, or {@code bank_loan} for the commercial base loan
 * @param fundsEur money this part provides now (0 for a guarantee or a later tax benefit)
 * @param coversEur the amount the part covers: funds, the guaranteed loan part, or the investment
 *     base of a tax benefit
 * @param aidEquivalentEur gross grant equivalent of the part
 * @param aidBasis the ceiling it counts against
 * @param legalBasis the article or regulation its aid is granted under
 * @param annualCostEur expected yearly cost (negative for a net benefit)
 * @param order 1 for what must be arranged first
 */
public record StackPart(
    String instrumentId,
    PartKind kind,
    long fundsEur,
    long coversEur,
    long aidEquivalentEur,
    AidBasis aidBasis,
    long annualCostEur,
    int order,
    LegalBasis legalBasis) {}
