// Words that make a claim take a side on who is responsible for an event.

/** The claim says someone did it. */
export const RESPONSIBILITY =
  /\b(carried out by|was behind|were behind|is behind|are behind|responsible for|responsibility|to blame|blam(?:e|ed|es|ing)|culpable|ordered|perpetrated|committed by|involvement|guilty|accus\w+ .{0,40}\bof (?:carrying out|being behind|orchestrating|staging|launching))\b/i;

/** The claim rejects that someone did it. */
export const DENIAL =
  /\b(den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to (?:concede|accept|admit)|rejects?|rejected|dismiss(?:es|ed)?|not have|no evidence|did not|does not|never|baseless|fabricat\w+|not responsible)\b/i;
