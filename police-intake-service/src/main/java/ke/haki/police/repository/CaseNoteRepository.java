package ke.haki.police.repository;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CaseNoteRepository implements PanacheRepository<CaseNoteEntity> {

    /** The notes of a case, by the id of the event each accompanied. */
    public Map<UUID, String> ofCaseByEvent(String caseId) {
        return list("caseId", caseId).stream().collect(Collectors.toMap(n -> n.eventId, n -> n.note));
    }
}
