package ke.haki.contract.odpp;

import ke.haki.contract.EventPayload;

/** A prosecutor took charge of the ODPP file. {@code prosecutorRef} is the prosecutor's account. */
public record ProsecutorAssigned(String odppFileNumber, String prosecutorRef) implements EventPayload {

    @Override
    public String summary() {
        return "Prosecutor " + prosecutorRef + " assigned to file " + odppFileNumber;
    }
}
