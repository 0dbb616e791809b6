package ke.haki.prosecution.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ke.haki.contract.EventPayload;
import ke.haki.kit.paging.Page;
import ke.haki.kit.paging.PageRequest;
import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.timeline.EventPublisher;
import ke.haki.prosecution.api.FileFilter;
import ke.haki.prosecution.api.FileView;
import ke.haki.prosecution.domain.OdppFileNumber;
import ke.haki.prosecution.domain.ProsecutionFile;
import ke.haki.prosecution.mapping.FileMapping;
import ke.haki.prosecution.mapping.FileRows;
import ke.haki.prosecution.mapping.FileViews;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseProjectionRepository;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.prosecution.repository.ProsecutionFileEntity;

/**
 * Loads a file's rows into the {@link ProsecutionFile} aggregate (in the prosecutor's county, at
 * the version the caller last read) and stores it back with the event it caused, published
 * through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class FileStore {

    @Inject
    FileRepository files;

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CaseSuspectRepository suspects;

    @Inject
    FileMapping mapping;

    @Inject
    FileViews views;

    @Inject
    EventPublisher events;

    @Inject
    ProsecutorAccess access;

    @Inject
    Clock clock;

    /** A file loaded for a change: its rows and the aggregate read from them. */
    public record Loaded(FileRows rows, ProsecutionFile file) {

        public ProsecutionFileEntity entity() {
            return rows.file();
        }
    }

    /** The file's rows, in the prosecutor's county (404 otherwise). */
    public FileRows readable(String caseId) {
        ProsecutionFileEntity f = files.findByIdOptional(caseId).orElseThrow(() -> notFound(caseId));
        access.requireAccess(f);
        return rows(f);
    }

    /** The file locked for a change, in the prosecutor's county, at the version expected (null: any). */
    public Loaded writable(String caseId, Long expectedVersion) {
        ProsecutionFileEntity f = files.findForUpdate(caseId).orElseThrow(() -> notFound(caseId));
        access.requireAccess(f);
        Loaded loaded = load(f);
        requireVersion(loaded, expectedVersion);
        return loaded;
    }

    /** The file locked for a police event (no prosecutor involved), if the case has one. */
    public Optional<Loaded> forPoliceEvent(String caseId) {
        return files.findForUpdate(caseId).map(this::load);
    }

    public void requireVersion(Loaded f, Long expectedVersion) {
        long version = f.entity().version;
        if (expectedVersion != null && expectedVersion != version) {
            throw new ProblemException(409, "stale-update", "The file was changed by someone else",
                    "You sent version " + expectedVersion + " but the file is at version " + version
                            + ": reload it and apply your change again", null, null);
        }
    }

    /** Opens the file of a referred case: numbered in its county's series of the year, under review. */
    public ProsecutionFileEntity open(CaseProjectionEntity c, String officeCode, int referralNumber, Instant receivedAt, int year) {
        String number = OdppFileNumber.format(c.countyCode, year, files.nextFileNumber(c.countyCode, year));
        ProsecutionFile file = ProsecutionFile.referred(number, officeCode, referralNumber,
                FileMapping.facts(c, List.of()));
        ProsecutionFileEntity f = new ProsecutionFileEntity();
        f.caseId = c.caseId;
        f.countyCode = c.countyCode;
        f.receivedAt = receivedAt;
        f.updatedAt = receivedAt;
        mapping.write(file, f);
        files.persist(f);
        files.flush();
        publish(f, file.referral());
        return f;
    }

    /** Stores the changed aggregate and publishes the event its command returned. */
    public void save(Loaded f, EventPayload event) {
        mapping.write(f.file(), f.entity());
        f.entity().updatedAt = clock.instant();
        publish(f.entity(), event);
    }

    /** {@link #save}, then the file as the API shows it, at its new version. */
    public FileView saveAndView(Loaded f, EventPayload event) {
        save(f, event);
        files.flush();
        return views.file(f.rows());
    }

    /** Publishes an event that changes nothing on the file (a refused attempt). */
    public void publish(ProsecutionFileEntity f, EventPayload event) {
        events.publish(f, event);
    }

    public FileView view(FileRows rows) {
        return views.file(rows);
    }

    /** A page of files in the prosecutor's county, their police facts and suspects read in one query each. */
    public Page<FileView> search(FileFilter filter, PageRequest page) {
        Page<ProsecutionFileEntity> found = files.search(access.scope(filter), page);
        List<String> ids = found.items().stream().map(f -> f.caseId).toList();
        Map<String, CaseProjectionEntity> facts = projections.ofCases(ids).stream()
                .collect(Collectors.toMap(c -> c.caseId, Function.identity()));
        Map<String, List<CaseSuspectEntity>> suspectsOf = suspects.ofCases(ids).stream()
                .collect(Collectors.groupingBy(s -> s.caseId));
        return found.map(f -> views.file(new FileRows(f, facts.get(f.caseId), suspectsOf.getOrDefault(f.caseId, List.of()))));
    }

    private Loaded load(ProsecutionFileEntity f) {
        FileRows rows = rows(f);
        return new Loaded(rows, mapping.toFile(rows));
    }

    private FileRows rows(ProsecutionFileEntity f) {
        return new FileRows(f, projections.findByIdOptional(f.caseId).orElse(null), suspects.ofCase(f.caseId));
    }

    private static ProblemException notFound(String caseId) {
        return ProblemException.notFound("File of case " + caseId);
    }
}
