package org.mineraldiligence.smelter.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mineraldiligence.smelter.DeclaredSmelter;
import org.mineraldiligence.cmrt.Metal;
import org.mineraldiligence.smelter.ReferenceSmelter;
import org.mineraldiligence.smelter.SmelterAssessmentRow;
import org.mineraldiligence.smelter.SmelterReference;
import org.mineraldiligence.smelter.list.ImportedList;
import org.mineraldiligence.smelter.list.ReferenceLists;
import org.mineraldiligence.smelter.risk.SmelterRisk;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declared smelters the matcher could not settle. A compliance officer either confirms a reference smelter,
 * whose aliases then include the declared name so the next match finds it, or marks the row "not a smelter".
 * Either way the row stays, with who settled it and when.
 */
@Service
public class ReviewQueue {

    private final ReviewRowRepository rows;
    private final SmelterReference reference;
    private final ReferenceLists lists;
    private final Clock clock;

    ReviewQueue(ReviewRowRepository rows, SmelterReference reference, ReferenceLists lists, Clock clock) {
        this.clock = clock;
        this.rows = rows;
        this.reference = reference;
        this.lists = lists;
    }

    /** Each open row with candidates from the list its cycle uses now, which may have learnt aliases since. */
    @Transactional(readOnly = true)
    public List<ReviewItem> open() {
        return rows.findOpen().stream().map(this::item).toList();
    }

    private ReviewItem item(ReviewRow review) {
        SmelterAssessmentRow row = review.row();
        return Metal.parse(row.getMetal())
                .map(metal -> reference.forCycle(review.cycleId()).matcher()
                        .match(new DeclaredSmelter(metal, row.getDeclaredName(), row.getDeclaredCountry(),
                                row.getDeclaredId())))
                .map(match -> new ReviewItem(review, match.candidates(), match.findings()))
                .orElse(new ReviewItem(review, List.of(), List.of()));
    }

    /**
     * Ties the row to a smelter of its metal on the list its cycle uses, and teaches that list (and the newest
     * list, when it is another one) the declared name as an alias.
     */
    @Transactional
    public SmelterAssessmentRow confirm(long rowId, String smelterId, String officer) {
        ReviewRow review = openRow(rowId);
        SmelterAssessmentRow row = review.row();
        Metal metal = Metal.parse(row.getMetal()).orElseThrow(() -> new ReviewRefused(
                "The row's metal '" + row.getMetal() + "' is none of the four; it can only be marked not a smelter."));
        SmelterReference.ListInUse list = reference.forCycle(review.cycleId());
        ReferenceSmelter smelter = list.list().byId(smelterId).filter(s -> s.metal() == metal)
                .orElseThrow(() -> new ReviewRefused("'" + smelterId + "' is no " + metal.label()
                        + " smelter of the list the cycle uses."));
        teach(list.listId(), smelter, row.getDeclaredName());
        lists.newest().map(ImportedList::getId).filter(id -> id != list.listId())
                .ifPresent(newest -> teach(newest, smelter, row.getDeclaredName()));
        row.confirm(smelter, officer, clock.instant());
        // The declared recycled/scrap answer is not kept with the row; without it the rating is the stricter one.
        SmelterRisk risk = reference.rate(smelter, false);
        row.assess(smelter.status().canonical().name(), risk.level().name(), risk.reason());
        return row;
    }

    private void teach(long listId, ReferenceSmelter smelter, String alias) {
        if (lists.addAlias(listId, smelter.smelterId(), alias)) {
            reference.listChanged(listId);
        }
    }

    @Transactional
    public SmelterAssessmentRow markNotASmelter(long rowId, String officer) {
        SmelterAssessmentRow row = openRow(rowId).row();
        row.markNotASmelter(officer, clock.instant());
        return row;
    }

    private ReviewRow openRow(long rowId) {
        Optional<ReviewRow> review = rows.findByRowId(rowId);
        if (review.isEmpty()) {
            throw new ReviewRefused("There is no such row.");
        }
        SmelterAssessmentRow row = review.get().row();
        if (!row.isUnderReview()) {
            throw new ReviewRefused("Row " + row.getRow() + " (" + row.getDeclaredName() + ") was already settled"
                    + (row.getReviewedBy() == null ? "." : " by " + row.getReviewedBy() + "."));
        }
        return review.get();
    }

    /** A review action refused, with the sentence the officer reads. */
    public static class ReviewRefused extends RuntimeException {
        ReviewRefused(String message) {
            super(message);
        }
    }
}
