package ke.haki.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.contract.nps.CaseReferred;
import ke.haki.contract.nps.CaseReported;
import ke.haki.contract.nps.CaseResubmitted;
import ke.haki.contract.nps.InvestigationUpdated;
import ke.haki.contract.nps.MedicalEvidenceRecorded;
import ke.haki.contract.nps.SuspectArraigned;
import ke.haki.contract.nps.SuspectArrested;
import ke.haki.contract.nps.SuspectRecorded;
import ke.haki.contract.nps.SuspectReleased;
import ke.haki.contract.nps.VictimRecorded;
import ke.haki.contract.ngec.AlertRaised;
import ke.haki.contract.ngec.AlertStatusChanged;
import ke.haki.contract.odpp.AppealDecided;
import ke.haki.contract.odpp.AppealFiled;
import ke.haki.contract.odpp.ChargeApproved;
import ke.haki.contract.odpp.ChargeDecisionReviewed;
import ke.haki.contract.odpp.ChargeDeclined;
import ke.haki.contract.odpp.ChargeFiled;
import ke.haki.contract.odpp.CourtSittingRecorded;
import ke.haki.contract.odpp.DiversionConcluded;
import ke.haki.contract.odpp.DiversionRecorded;
import ke.haki.contract.odpp.JudgmentDelivered;
import ke.haki.contract.odpp.PleaRecorded;
import ke.haki.contract.odpp.ProceedingsTerminated;
import ke.haki.contract.odpp.ProsecutorAssigned;
import ke.haki.contract.odpp.ReferralReceived;
import ke.haki.contract.odpp.ReturnedForInvestigation;

/**
 * The catalogue of event types: versioned CloudEvents type name (past tense, major version last),
 * the producing agency (and so the topic) and the payload record. A breaking change to a payload
 * means a new type with a new version, never an edit of a v1 type.
 */
public enum EventType {
    NPS_CASE_REPORTED("ke.nps.case.reported.v1", Agency.NPS, CaseReported.class),
    NPS_VICTIM_RECORDED("ke.nps.victim.recorded.v1", Agency.NPS, VictimRecorded.class),
    NPS_SUSPECT_RECORDED("ke.nps.suspect.recorded.v1", Agency.NPS, SuspectRecorded.class),
    NPS_SUSPECT_ARRESTED("ke.nps.suspect.arrested.v1", Agency.NPS, SuspectArrested.class),
    NPS_SUSPECT_ARRAIGNED("ke.nps.suspect.arraigned.v1", Agency.NPS, SuspectArraigned.class),
    NPS_SUSPECT_RELEASED("ke.nps.suspect.released.v1", Agency.NPS, SuspectReleased.class),
    NPS_MEDICAL_EVIDENCE_RECORDED("ke.nps.medical-evidence.recorded.v1", Agency.NPS, MedicalEvidenceRecorded.class),
    NPS_INVESTIGATION_UPDATED("ke.nps.investigation.updated.v1", Agency.NPS, InvestigationUpdated.class),
    NPS_CASE_REFERRED("ke.nps.case.referred.v1", Agency.NPS, CaseReferred.class),
    NPS_CASE_RESUBMITTED("ke.nps.case.resubmitted.v1", Agency.NPS, CaseResubmitted.class),
    NPS_CASE_CLOSED("ke.nps.case.closed.v1", Agency.NPS, CaseClosedByPolice.class),
    NPS_CLOSURE_ATTEMPT_REFUSED("ke.nps.closure-attempt.refused.v1", Agency.NPS, ClosureAttemptRefused.class),

    ODPP_REFERRAL_RECEIVED("ke.odpp.referral.received.v1", Agency.ODPP, ReferralReceived.class),
    ODPP_PROSECUTOR_ASSIGNED("ke.odpp.prosecutor.assigned.v1", Agency.ODPP, ProsecutorAssigned.class),
    ODPP_RETURNED_FOR_INVESTIGATION("ke.odpp.case.returned-for-investigation.v1", Agency.ODPP, ReturnedForInvestigation.class),
    ODPP_CHARGE_APPROVED("ke.odpp.charge.approved.v1", Agency.ODPP, ChargeApproved.class),
    ODPP_CHARGE_DECLINED("ke.odpp.charge.declined.v1", Agency.ODPP, ChargeDeclined.class),
    ODPP_CHARGE_DECISION_REVIEWED("ke.odpp.charge-decision.reviewed.v1", Agency.ODPP, ChargeDecisionReviewed.class),
    ODPP_CHARGE_FILED("ke.odpp.charge.filed.v1", Agency.ODPP, ChargeFiled.class),
    ODPP_PLEA_RECORDED("ke.odpp.plea.recorded.v1", Agency.ODPP, PleaRecorded.class),
    ODPP_COURT_SITTING_RECORDED("ke.odpp.court-sitting.recorded.v1", Agency.ODPP, CourtSittingRecorded.class),
    ODPP_JUDGMENT_DELIVERED("ke.odpp.judgment.delivered.v1", Agency.ODPP, JudgmentDelivered.class),
    ODPP_PROCEEDINGS_TERMINATED("ke.odpp.proceedings.terminated.v1", Agency.ODPP, ProceedingsTerminated.class),
    ODPP_APPEAL_FILED("ke.odpp.appeal.filed.v1", Agency.ODPP, AppealFiled.class),
    ODPP_APPEAL_DECIDED("ke.odpp.appeal.decided.v1", Agency.ODPP, AppealDecided.class),
    ODPP_DIVERSION_RECORDED("ke.odpp.diversion.recorded.v1", Agency.ODPP, DiversionRecorded.class),
    ODPP_DIVERSION_CONCLUDED("ke.odpp.diversion.concluded.v1", Agency.ODPP, DiversionConcluded.class),
    ODPP_CLOSURE_ATTEMPT_REFUSED("ke.odpp.closure-attempt.refused.v1", Agency.ODPP, ClosureAttemptRefused.class),

    NGEC_ALERT_RAISED("ke.ngec.alert.raised.v1", Agency.NGEC, AlertRaised.class),
    NGEC_ALERT_STATUS_CHANGED("ke.ngec.alert.status-changed.v1", Agency.NGEC, AlertStatusChanged.class);

    private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private final String typeName;
    private final Agency producer;
    private final Class<? extends EventPayload> payloadClass;

    EventType(String typeName, Agency producer, Class<? extends EventPayload> payloadClass) {
        this.typeName = typeName;
        this.producer = producer;
        this.payloadClass = payloadClass;
    }

    public String typeName() {
        return typeName;
    }

    public Agency producer() {
        return producer;
    }

    public Class<? extends EventPayload> payloadClass() {
        return payloadClass;
    }

    /** The topic this type is published on: the producing agency's topic. */
    public String topic() {
        return switch (producer) {
            case NPS -> Topics.NPS_CASE_EVENTS;
            case ODPP -> Topics.ODPP_CASE_EVENTS;
            case NGEC -> Topics.NGEC_CASE_ALERTS;
        };
    }

    /** The classpath resource of this type's JSON Schema (also served at /asyncapi/schemas/ by every service). */
    public String schemaResource() {
        return "/META-INF/resources/asyncapi/schemas/" + typeName + ".schema.json";
    }

    public static Optional<EventType> byName(String typeName) {
        return Optional.ofNullable(typeName == null ? null : BY_NAME.get(typeName));
    }

    /** The type an agency publishes for a payload class. */
    public static EventType of(Agency producer, Class<? extends EventPayload> payloadClass) {
        return Arrays.stream(values())
                .filter(t -> t.producer == producer && t.payloadClass == payloadClass)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        producer + " publishes no event of " + payloadClass.getSimpleName()));
    }
}
