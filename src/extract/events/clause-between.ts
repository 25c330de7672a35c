// Text between a trigger and a date or place that puts them in different clauses.

/** "ended on Wednesday, with each side blaming the other for a shooting": another clause's time. */
export const CLAUSE_BETWEEN =
  /,\s*(?:with|while|amid|after|before|following|(?:[\p{L}\d]+\s+)?(?:days?|hours?|weeks?|months?)\s+(?:after|before))\b/iu;
