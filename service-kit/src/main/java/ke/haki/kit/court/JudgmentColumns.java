package ke.haki.kit.court;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import ke.haki.law.CourtEnding;
import ke.haki.law.Offence;

/**
 * The columns of a court's judgment that both the prosecution's file and the monitor's case keep,
 * with the same names: the sentence imposed, how the proceedings ended, the offence of the
 * conviction, the child's age the court found and the accused it concerns. A mapped superclass
 * rather than an embeddable: the columns are all null until a judgment (and again after a retrial
 * resets them), and Hibernate loads an all-null embeddable as null.
 */
@MappedSuperclass
public abstract class JudgmentColumns {

    @Column(name = "sentence_life")
    public Boolean sentenceLife;

    @Column(name = "sentence_years")
    public Integer sentenceYears;

    @Column(name = "sentence_months")
    public Integer sentenceMonths;

    @Column(name = "sentence_non_custodial")
    public Boolean sentenceNonCustodial;

    @Enumerated(EnumType.STRING)
    @Column(name = "court_ending")
    public CourtEnding courtEnding;

    @Enumerated(EnumType.STRING)
    @Column(name = "convicted_offence")
    public Offence convictedOffence;

    @Column(name = "child_age_found")
    public Integer childAgeFound;

    @Column(name = "accused_ref")
    public String accusedRef;
}
