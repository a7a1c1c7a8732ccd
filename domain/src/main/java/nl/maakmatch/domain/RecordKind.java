package nl.maakmatch.domain;

/** The kinds of record a caller can ask for by id; named in "not found" and "stale" answers. */
public enum RecordKind {
  FIRM,
  PLAN,
  SHARE,
  INSTRUMENT,
  ORGANISATION,
  INVITATION,
  GUIDANCE,
  COMMENT,
  INTRODUCTION,
  NOTIFICATION,
  DOCUMENT,
  REMATCH
}
