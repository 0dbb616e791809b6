package ke.haki.prosecution.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionScoped;

import ke.haki.contract.CaseEvent;
import ke.haki.prosecution.repository.CaseProjectionEntity;
import ke.haki.prosecution.repository.CaseProjectionRepository;
import ke.haki.prosecution.repository.CaseSuspectEntity;
import ke.haki.prosecution.repository.CaseSuspectRepository;
import ke.haki.prosecution.repository.FileRepository;
import ke.haki.prosecution.repository.ProsecutionFileEntity;
import ke.haki.prosecution.repository.TimelineRows;

/**
 * The rows the police events of one transaction work on: each case's projection (locked), suspects
 * and file, read once per transaction and kept in memory while {@link PoliceEventProjector} applies
 * the events in order. {@link #prefetch} reads a whole batch's cases in one query per table; a case
 * not prefetched is read when first asked for. New suspects and the events' timeline entries are
 * kept and written in one statement each ({@link TimelineRows}, {@link CaseSuspectRepository#insertAll})
 * just before the transaction commits, or earlier when the file reads its rows or publishes an event
 * of its own ({@link #writePending}), so the timeline keeps the order in which the events were
 * applied. Changed entities are written by Hibernate at commit.
 */
@TransactionScoped
public class PoliceBatch {

    @Inject
    CaseProjectionRepository projections;

    @Inject
    CaseSuspectRepository suspects;

    @Inject
    FileRepository files;

    @Inject
    TimelineRows timelineRows;

    @Inject
    TransactionManager transactions;

    private final Set<String> loaded = new HashSet<>();
    private final Map<String, CaseProjectionEntity> projectionOf = new HashMap<>();
    private final Map<String, List<CaseSuspectEntity>> suspectsOf = new HashMap<>();
    private final Map<String, ProsecutionFileEntity> fileOf = new HashMap<>();
    private final List<CaseEvent> timeline = new ArrayList<>();
    private final List<CaseSuspectEntity> newSuspects = new ArrayList<>();
    private boolean writeRegistered;

    /** Reads the rows of the cases not read yet in this transaction: one query per table. */
    public void prefetch(Collection<String> caseIds) {
        List<String> missing = caseIds.stream().filter(id -> !loaded.contains(id)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        projections.lockCases(missing).forEach(c -> projectionOf.put(c.caseId, c));
        suspects.ofCases(missing).forEach(s -> suspectsOf.computeIfAbsent(s.caseId, id -> new ArrayList<>()).add(s));
        files.ofCases(missing).forEach(f -> fileOf.put(f.caseId, f));
        loaded.addAll(missing);
    }

    /** The case's projection, locked for this transaction, if the case was reported. */
    public Optional<CaseProjectionEntity> projection(String caseId) {
        prefetch(List.of(caseId));
        return Optional.ofNullable(projectionOf.get(caseId));
    }

    /** A newly reported case: inserted when the transaction commits. */
    public void reported(CaseProjectionEntity c) {
        projections.persist(c);
        projectionOf.put(c.caseId, c);
    }

    /** The case's suspect of that reference, if the police recorded one. */
    public Optional<CaseSuspectEntity> suspect(String caseId, String suspectRef) {
        prefetch(List.of(caseId));
        return suspectsOf.getOrDefault(caseId, List.of()).stream().filter(s -> suspectRef.equals(s.suspectRef)).findFirst();
    }

    /** A newly recorded suspect: inserted with the others before the commit, with its state then. */
    public void suspectAdded(CaseSuspectEntity s) {
        registerWrite();
        newSuspects.add(s);
        suspectsOf.computeIfAbsent(s.caseId, id -> new ArrayList<>()).add(s);
    }

    /** The case's ODPP file, if it has one. */
    public Optional<ProsecutionFileEntity> file(String caseId) {
        prefetch(List.of(caseId));
        return Optional.ofNullable(fileOf.get(caseId));
    }

    public void fileOpened(ProsecutionFileEntity f) {
        fileOf.put(f.caseId, f);
    }

    /** Puts the event on its case's timeline: written with the others before the commit. */
    public void record(CaseEvent event) {
        registerWrite();
        timeline.add(event);
    }

    /**
     * Writes the new suspects and the timeline entries kept so far: before the commit, and before
     * the file reads its suspects or publishes its own event (which takes the next timeline entry).
     * The suspects' cases are read again when next asked for (the rows written are not managed).
     */
    public void writePending() {
        if (!newSuspects.isEmpty()) {
            suspects.insertAll(List.copyOf(newSuspects));
            newSuspects.forEach(s -> {
                loaded.remove(s.caseId);
                suspectsOf.remove(s.caseId);
            });
            newSuspects.clear();
        }
        if (!timeline.isEmpty()) {
            timelineRows.insert(List.copyOf(timeline));
            timeline.clear();
        }
    }

    private void registerWrite() {
        if (writeRegistered) {
            return;
        }
        try {
            // a transaction's own synchronization runs before the interposed ones (Hibernate's flush)
            transactions.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    writePending();
                }

                @Override
                public void afterCompletion(int status) {
                    // nothing kept beyond the transaction
                }
            });
        } catch (RollbackException | SystemException e) {
            throw new IllegalStateException("cannot write the timeline at the end of the transaction", e);
        }
        writeRegistered = true;
    }
}
