package ke.haki.contract.nps;

import ke.haki.contract.EventPayload;

/**
 * The investigating officer recorded progress. Only the kind of step travels: free-text notes stay
 * with the police because they may name the child.
 */
public record InvestigationUpdated(InvestigationStep step) implements EventPayload {

    @Override
    public String summary() {
        return "Investigation: " + step;
    }

    public enum InvestigationStep {
        STATEMENT_RECORDED,
        WITNESS_INTERVIEWED,
        EXHIBIT_COLLECTED,
        SCENE_VISITED,
        FORENSIC_REQUESTED,
        FORENSIC_RESULT_RECEIVED,
        OTHER
    }
}
