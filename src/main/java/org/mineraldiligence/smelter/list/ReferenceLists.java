package org.mineraldiligence.smelter.list;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mineraldiligence.smelter.ReferenceList;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.importer.ImportProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored reference lists: storing an import whole, loading one, and which list a cycle uses. EMRT look-up
 * lists are stored next to the 3TG lists but never become a cycle's list: "newest" and pins are 3TG only, and
 * EMRT submissions use {@link #newestEmrt()}.
 */
@Service
public class ReferenceLists {

    private final ImportedListRepository lists;
    private final ListedSmelterRepository smelters;
    private final CycleListPins cycles;
    private final Clock clock;

    ReferenceLists(ImportedListRepository lists, ListedSmelterRepository smelters, CycleListPins cycles, Clock clock) {
        this.clock = clock;
        this.lists = lists;
        this.smelters = smelters;
        this.cycles = cycles;
    }

    /**
     * What would keep a parsed list out of our columns. Checked before storing so that an officer reads which
     * smelter is at fault instead of a database error; the importers already refused everything else.
     */
    public List<ImportProblem> problemsStoring(ReferenceList list) {
        List<ImportProblem> problems = new ArrayList<>();
        for (ReferenceSmelter s : list.smelters()) {
            tooLong(problems, s, "standard name", s.standardName(), 500);
            tooLong(problems, s, "country", s.country(), 200);
            tooLong(problems, s, "status", s.status().publishedText(), 200);
            tooLong(problems, s, "audit cycle", s.auditCycle(), 100);
            s.aliases().forEach(alias -> tooLong(problems, s, "alias", alias, 1000));
        }
        return problems;
    }

    private static void tooLong(List<ImportProblem> problems, ReferenceSmelter s, String what, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(ImportProblem.ofFile(s.smelterId() + ": " + what + " is longer than " + max + " characters"));
        }
    }

    /** Stores the whole list or, when anything fails, nothing of it. */
    @Transactional
    public ImportedList store(ReferenceList list, String importedBy) {
        String source = list.source().length() > 500 ? list.source().substring(0, 500) : list.source();
        ImportedList stored = lists.save(new ImportedList(source, list.asOf(), importedBy, clock.instant(), list.size(),
                list.emrtRevision().orElse(null)));
        smelters.saveAll(list.smelters().stream().map(s -> new ListedSmelter(stored, s)).toList());
        return stored;
    }

    @Transactional(readOnly = true)
    public ReferenceList load(long listId) {
        ImportedList stored = lists.findById(listId)
                .orElseThrow(() -> new IllegalArgumentException("no reference list " + listId));
        return new ReferenceList(stored.getSource(), stored.getAsOf(), stored.getEmrtRevision(),
                smelters.findWholeList(listId).stream().map(ListedSmelter::toReferenceSmelter).toList());
    }

    public Optional<ImportedList> find(long listId) {
        return lists.findById(listId);
    }

    /** The newest 3TG list. */
    public Optional<ImportedList> newest() {
        return lists.findFirstByEmrtRevisionIsNullOrderByAsOfDescImportedAtDescIdDesc();
    }

    /** The newest EMRT look-up list; empty until one is imported. */
    public Optional<ImportedList> newestEmrt() {
        return lists.findFirstByEmrtRevisionIsNotNullOrderByAsOfDescImportedAtDescIdDesc();
    }

    public List<ImportedList> all() {
        return lists.findAllByOrderByAsOfDescImportedAtDescIdDesc();
    }

    public boolean isEmpty() {
        return lists.count() == 0;
    }

    /** The list the cycle was pinned to, else the newest; empty only before any list exists. */
    @Transactional(readOnly = true)
    public Optional<ImportedList> forCycle(long cycleId) {
        Long pinned = cycles.of(cycleId).map(CycleListPins.Pin::referenceListId).orElse(null);
        return pinned != null ? lists.findById(pinned) : newest();
    }

    /** Pins a cycle to a list; {@code null} unpins it, so that it follows the newest list. */
    @Transactional
    public void pin(long cycleId, Long listId) {
        if (listId != null && lists.findById(listId).filter(l -> !l.isEmrt()).isEmpty()) {
            throw new IllegalArgumentException("no 3TG reference list " + listId);
        }
        cycles.pin(cycleId, listId);
    }

    /** Every list's entry for one smelter id, newest first: its history of statuses. */
    public List<ListedSmelter> history(String smelterId) {
        return smelters.findHistory(smelterId);
    }

    /** Adds a confirmed name to a smelter of a list; false when the list has no such smelter. */
    @Transactional
    public boolean addAlias(long listId, String smelterId, String alias) {
        Optional<ListedSmelter> smelter = smelters.findByListIdAndSmelterId(listId, smelterId);
        smelter.ifPresent(s -> s.addAlias(alias));
        return smelter.isPresent();
    }
}
