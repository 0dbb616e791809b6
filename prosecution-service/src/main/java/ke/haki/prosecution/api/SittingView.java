package ke.haki.prosecution.api;

import java.time.LocalDate;

import ke.haki.contract.odpp.CourtSittingRecorded.AdjournmentReason;
import ke.haki.contract.odpp.CourtSittingRecorded.SittingKind;

public record SittingView(long id, SittingKind kind, LocalDate sittingDate, boolean adjourned,
        AdjournmentReason adjournmentReason, LocalDate nextDate, long fileVersion) {}
