package ke.haki.police.service;

import java.util.List;
import java.util.function.Supplier;

import ke.haki.kit.problem.FieldViolation;
import ke.haki.kit.problem.ProblemException;
import ke.haki.law.RuleViolation;
import ke.haki.police.domain.PoliceCase;

/**
 * How the API answers the refusals of a {@link PoliceCase}. Most are the kit's one answer to a
 * {@link RuleViolation} (422 with {@code rule}); a few keep the answer the API has always given
 * and documents: an unknown suspect is 404, a suspect's custody in the wrong state 409, a time
 * before the event it follows 400 naming the field, and a county that is not the station's 422
 * naming {@code countyCode}.
 */
final class Refusals {

    private Refusals() {}

    /** Runs a command of the case; a refusal is answered as the API documents it. */
    static <T> T decide(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuleViolation refused) {
            throw answer(refused);
        }
    }

    static RuntimeException answer(RuleViolation refused) {
        return switch (refused.code()) {
            case PoliceCase.NO_SUCH_SUSPECT -> ProblemException.notFound(refused.getMessage());
            case PoliceCase.ALREADY_ARRESTED, PoliceCase.NOT_ARRESTED, PoliceCase.ALREADY_ARRAIGNED,
                    PoliceCase.NOT_IN_POLICE_CUSTODY -> ProblemException.conflict(refused.code(), refused.getMessage());
            case PoliceCase.RELEASE_BEFORE_ARREST -> ProblemException.invalid("releasedAt", refused.getMessage());
            case PoliceCase.EXAMINED_BEFORE_OFFENCE -> ProblemException.invalid("examinedOn", refused.getMessage());
            case PoliceCase.COUNTY_NOT_THE_STATIONS -> new ProblemException(422, refused.code(),
                    "The county is the station's", refused.getMessage(),
                    List.of(new FieldViolation("countyCode", "must be the station's county")), null);
            default -> refused;
        };
    }
}
