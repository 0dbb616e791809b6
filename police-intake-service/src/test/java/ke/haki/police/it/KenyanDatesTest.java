package ke.haki.police.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import ke.haki.law.KenyanTime;
import ke.haki.law.MedicalForm;
import ke.haki.police.api.MedicalEvidenceRequest;
import ke.haki.testsupport.HakiInfrastructure;

/**
 * "Today" is a Kenyan day: past-or-present dates are validated on the service's clock in East
 * Africa Time, so a P3 examined today in Nairobi is accepted even while it is still yesterday in
 * UTC (21:00 to 24:00 UTC), and tomorrow in Nairobi is refused.
 */
@QuarkusTest
@WithTestResource(value = HakiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KenyanDatesTest {

    @Inject
    Validator validator;

    @Inject
    ValidatorFactory factory;

    @Test
    void pastOrPresentIsJudgedInEastAfricaTime() {
        assertThat(factory.getClockProvider().getClock().getZone()).isEqualTo(KenyanTime.ZONE);
        LocalDate kenyanToday = KenyanTime.today(Clock.systemUTC());
        assertThat(validator.validate(new MedicalEvidenceRequest(MedicalForm.P3, kenyanToday, "Kilimani Police Surgeon", "13023")))
                .isEmpty();
        assertThat(validator.validate(new MedicalEvidenceRequest(MedicalForm.P3, kenyanToday.plusDays(1),
                "Kilimani Police Surgeon", "13023"))).isNotEmpty();
    }
}
