package ke.haki.prosecution.service;

import ke.haki.contract.odpp.JudgmentDelivered.Verdict;
import ke.haki.law.CourtEnding;
import ke.haki.law.ImposedSentence;
import ke.haki.kit.problem.ProblemException;
import ke.haki.law.RuleViolation;
import ke.haki.prosecution.api.SentenceRequest;

/**
 * Which endings a judgment may record for its verdict, and the sentence as the law reads it. A
 * discharge is not a verdict on the merits: it is recorded as a termination (CPC s.87(a) or s.204,
 * Art. 157(8)) or, after a conviction, as a Penal Code s.35 discharge.
 */
public final class JudgmentEndings {

    private JudgmentEndings() {}

    public static CourtEnding of(Verdict verdict, CourtEnding requested) {
        return switch (verdict) {
            case CONVICTED -> allowed(requested, CourtEnding.CONVICTION, CourtEnding.DISCHARGE_AFTER_CONVICTION);
            case ACQUITTED -> allowed(requested, CourtEnding.ACQUITTAL_AFTER_TRIAL, CourtEnding.ACQUITTAL_NO_CASE_TO_ANSWER);
            case DISCHARGED -> throw new RuleViolation("discharge-is-not-a-verdict",
                    "A discharge is not a decision on the merits: record it with POST /api/v1/files/{caseId}/termination "
                            + "(CPC s.87(a), s.204, Art. 157(8), abatement) or, after a conviction, as the ending "
                            + "DISCHARGE_AFTER_CONVICTION (Penal Code s.35)", "Constitution of Kenya Art. 157(8)");
        };
    }

    private static CourtEnding allowed(CourtEnding requested, CourtEnding byDefault, CourtEnding other) {
        if (requested == null || requested == byDefault) {
            return byDefault;
        }
        if (requested == other) {
            return other;
        }
        throw new RuleViolation("ending-does-not-fit-verdict", requested + " is not an ending of this verdict: "
                + byDefault + " or " + other);
    }

    /**
     * The sentence of a request. A Penal Code s.35 discharge imposes no imprisonment, with or
     * without a sentence given; any other conviction needs one.
     *
     * @throws ProblemException (400) naming the field when it is missing or inconsistent
     */
    public static ImposedSentence sentence(String field, SentenceRequest s, CourtEnding ending) {
        if (s == null) {
            if (ending == CourtEnding.DISCHARGE_AFTER_CONVICTION) {
                return ImposedSentence.nonCustodial();
            }
            throw ProblemException.invalid(field, "required for a conviction");
        }
        boolean nonCustodial = Boolean.TRUE.equals(s.nonCustodial());
        if (s.life() && (s.years() != null || s.months() != null || nonCustodial)) {
            throw ProblemException.invalid(field + ".years", "not with a life sentence");
        }
        if (nonCustodial && (s.years() != null || s.months() != null)) {
            throw ProblemException.invalid(field + ".nonCustodial", "not with a term of years or months");
        }
        if (s.life()) {
            return ImposedSentence.life();
        }
        if (nonCustodial || ending == CourtEnding.DISCHARGE_AFTER_CONVICTION) {
            return ImposedSentence.nonCustodial();
        }
        int years = s.years() == null ? 0 : s.years();
        int months = s.months() == null ? 0 : s.months();
        if (s.years() == null || years + months == 0) {
            throw ProblemException.invalid(field + ".years",
                    "required unless the sentence is life imprisonment or non-custodial");
        }
        return ImposedSentence.term(years, months);
    }
}
