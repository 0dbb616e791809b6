package ke.haki.monitoring.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

@Schema(description = "An alert on a case, with its history when read alone")
public record AlertView(
        @Schema(example = "0b5f3c1e-6a7d-4a43-9a5e-3f1d2c9b7a10") UUID alertId,
        @Schema(example = "c0ffee00-1111-4222-8333-444455556666") String caseId,
        @Schema(example = "CASE_QUIET") AlertType type,
        @Schema(example = "MEDIUM") Severity severity,
        @Schema(example = "OPEN") AlertStatus status,
        @Schema(example = "REFERRED") String stage,
        @Schema(example = "047") String countyCode,
        @Schema(example = "NRB-KILIMANI") String stationCode,
        @Schema(example = "No progress for more than 14 days in stage REFERRED (last progress 2026-04-12T08:00:00Z)") String reason,
        @Schema(example = "Interior Ministry directive of December 2025 (full prosecution of every defilement case); NGEC per-stage time limits") String rule,
        @Schema(example = "2026-04-26T08:00:00Z") Instant dueAt,
        @Schema(example = "2026-04-26T08:01:00Z") Instant raisedAt,
        Instant updatedAt,
        @Schema(example = "monitor.kisii") String assignee,
        @Schema(description = "Whole days since the alert was raised", example = "3") long ageDays,
        @Schema(description = "The version to send back as If-Match", example = "0") long version,
        List<AlertHistoryView> history,
        @Schema(description = "The OpenTelemetry trace the alert was raised in: for an alert raised by an event, "
                + "the trace of the agency call behind it; absent outside a trace",
                example = "4bf92f3577b34da6a3ce929d0e0e4736") String traceId) {

    public record AlertHistoryView(
            @Schema(example = "ACKNOWLEDGED") AlertStatus status,
            @Schema(example = "monitor.nairobi") String changedBy,
            @Schema(example = "Called the OCS Kilimani") String note,
            Instant changedAt) {}
}
