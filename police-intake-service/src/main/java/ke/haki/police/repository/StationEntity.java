package ke.haki.police.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A police station of the reference data (table station). */
@Entity
@Table(name = "station")
public class StationEntity {

    @Id
    public String code;

    public String name;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "odpp_office_code")
    public String odppOfficeCode;

    public boolean active;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
