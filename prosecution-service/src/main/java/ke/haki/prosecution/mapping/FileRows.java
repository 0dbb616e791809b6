package ke.haki.prosecution.mapping;

import java.util.List;

import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/** The stored rows of one file: the file, the police projection of its case, the case's suspects (in their order). */
public record FileRows(ProsecutionFileEntity file, CaseProjectionEntity projection, List<CaseSuspectEntity> suspects) {

    public FileRows {
        if (projection == null) {
            throw new IllegalStateException("file without police projection: " + file.caseId);
        }
        suspects = List.copyOf(suspects);
    }
}
