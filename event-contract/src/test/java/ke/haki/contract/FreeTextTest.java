package ke.haki.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.ReturnedForInvestigation;
import ke.haki.law.MedicalForm;

/**
 * No free text on any topic (ADR 0005): every text field of every event type is an identifier or a
 * code of a known kind, or withdrawn (always null). A new text field fails here until it is
 * classified, so free text cannot slip onto a topic by a new field.
 */
class FreeTextTest {

    /** Text fields that are identifiers or codes, with what they hold. */
    static final Map<String, String> IDENTIFIERS = Map.ofEntries(
            Map.entry("obNumber", "Occurrence Book number, OB/<station>/<no>/<year>"),
            Map.entry("stationCode", "police station code"),
            Map.entry("countyCode", "county code 001-047"),
            Map.entry("odppOfficeCode", "ODPP office code"),
            Map.entry("officeCode", "ODPP office code"),
            Map.entry("unitCode", "acting unit's code"),
            Map.entry("suspectRef", "suspect reference S<n>, no name"),
            Map.entry("accusedRef", "accused reference, no name"),
            Map.entry("accusedRefs", "DiversionRecorded: the accused references S<n>, no names"),
            Map.entry("victimPseudonym", "HMAC pseudonym V-XXXXX-XXXXX-XXXXX"),
            Map.entry("odppFileNumber", "ODPP file number"),
            Map.entry("courtCaseNumber", "court case number, <kind> Case No. E<n> of <year>"),
            Map.entry("statute", "statute citation of a count"),
            Map.entry("proposedStatute", "statute citation"),
            Map.entry("prosecutorRef", "prosecutor's staff reference"),
            Map.entry("courtCode", "court station code, Codes.COURT_CODE"),
            Map.entry("appealCourtCode", "court station code, Codes.COURT_CODE"),
            Map.entry("facilityCode", "KMHFL facility code, Codes.FACILITY_CODE"),
            Map.entry("alertId", "alert id"),
            Map.entry("stage", "case stage code"),
            Map.entry("rule", "rule id"),
            Map.entry("ruleId", "rule id"),
            Map.entry("reason", "AlertRaised: a sentence the monitor writes from codes and dates only (never a producer's words)"),
            Map.entry("changedBy", "NGEC account that acted on an alert"),
            Map.entry("attemptedBy", "account whose prohibited closure was refused"));

    @Test
    void everyTextFieldIsAnIdentifierACodeOrWithdrawn() {
        List<String> unclassified = new ArrayList<>();
        for (EventType type : EventType.values()) {
            scan(type.typeName(), type.payloadClass(), unclassified);
        }
        assertThat(unclassified).as("free text on a topic: publish a code (ADR 0005) or classify the identifier").isEmpty();
    }

    private static void scan(String where, Class<?> record, List<String> unclassified) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.isAnnotationPresent(Withdrawn.class)) {
                continue;
            }
            if (isText(c.getGenericType()) && !IDENTIFIERS.containsKey(c.getName())) {
                unclassified.add(where + "." + c.getName());
            }
            Class<?> inner = element(c.getGenericType());
            if (inner.isRecord()) {
                scan(where + "." + c.getName(), inner, unclassified);
            }
        }
    }

    private static boolean isText(Type t) {
        return element(t) == String.class;
    }

    private static Class<?> element(Type t) {
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return element(p.getActualTypeArguments()[0]);
        }
        return t instanceof Class<?> c ? c : Object.class;
    }

    @Test
    void theCodedFactoriesLeaveEveryWithdrawnFieldNull() {
        java.time.LocalDate day = java.time.LocalDate.parse("2026-04-10");
        List<EventPayload> coded = List.of(
                ChargeApproved.coded("F-1", List.of(), "s.8(1)", ChargeApproved.OverrideReason.OTHER),
                ReturnedForInvestigation.coded("F-1", List.of(ReturnedForInvestigation.Direction.OBTAIN_AGE_EVIDENCE), day),
                ChargeFiled.coded("F-1", "MILIMANI", "Sexual Offence Case No. E1 of 2026", day, List.of()),
                AppealFiled.coded("C-1", AppealFiled.Appellant.ACCUSED, "HCNRB", day),
                MedicalEvidenceRecorded.coded(MedicalForm.P3, day, "13023"),
                SuspectArraigned.coded("S1", java.time.Instant.parse("2026-04-10T07:00:00Z"), "KIBERA", true));
        coded.forEach(p -> assertThat(Minimised.withdrawnFilled(p)).as(p.toString()).isEmpty());
        assertThat(Minimised.withdrawnFilled(new ChargeFiled("F-1", "Milimani Law Courts", "C", day, List.of())))
                .containsExactly("courtStation");
        assertThat(Minimised.withdrawnFilled(new ReturnedForInvestigation("F-1", List.of("words"), day))).containsExactly("directions");
    }

    @Test
    void theCodePatternsAdmitNoWords() {
        assertThat("MILIMANI").matches(Codes.COURT_CODE);
        assertThat("Milimani Law Courts").doesNotMatch(Codes.COURT_CODE);
        assertThat("13023").matches(Codes.FACILITY_CODE);
        assertThat("Kenyatta National Hospital").doesNotMatch(Codes.FACILITY_CODE);
    }
}
