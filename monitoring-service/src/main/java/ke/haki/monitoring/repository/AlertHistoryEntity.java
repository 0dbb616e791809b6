package ke.haki.monitoring.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ke.haki.contract.ngec.AlertStatusChanged.AlertStatus;

@Entity
@Table(name = "alert_history")
public class AlertHistoryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id")
    public UUID alertId;

    @Enumerated(EnumType.STRING)
    public AlertStatus status;

    @Column(name = "changed_by")
    public String changedBy;

    public String note;

    @Column(name = "changed_at")
    public Instant changedAt;
}
