package ke.haki.police.api;

import ke.haki.law.AgeBand;
import ke.haki.law.AgeBasis;

/** What recording the victim returns: the pseudonym others will see, and the computed age. */
public record VictimRecordedView(String pseudonym, int ageAtOffence, AgeBasis ageBasis, AgeBand ageBand, long version) {}
