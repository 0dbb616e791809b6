package ke.haki.police.domain;

import ke.haki.contract.ClosureAttemptRefused;
import ke.haki.contract.nps.CaseClosedByPolice;
import ke.haki.law.ProhibitedClosure;

/** What a request to close a case comes to ({@link PoliceCase#close}). */
public sealed interface Closure permits Closure.Closed, Closure.Refused {

    /** A lawful closure: the case is closed. */
    record Closed(CaseClosedByPolice event) implements Closure {}

    /** A closure the law forbids: the case is unchanged and the attempt is published for the NGEC. */
    record Refused(ProhibitedClosure rule, ClosureAttemptRefused event) implements Closure {}
}
