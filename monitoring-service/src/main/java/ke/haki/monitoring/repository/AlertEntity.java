package ke.haki.monitoring.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;
import ke.haki.contract.ngec.AlertType;
import ke.haki.contract.ngec.Severity;

@Entity
@Table(name = "alert")
public class AlertEntity {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "case_id")
    public String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "alert_type")
    public AlertType alertType;

    @Column(name = "breach_key")
    public String breachKey;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    public String stage;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "station_code")
    public String stationCode;

    public String reason;

    public String rule;

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    public String assignee;

    @Column(name = "raised_at")
    public Instant raisedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The trace the alert was raised in (see V3_1__alert_trace.sql); null outside a trace. */
    @Column(name = "trace_id")
    public String traceId;

    @Version
    public long version;
}
