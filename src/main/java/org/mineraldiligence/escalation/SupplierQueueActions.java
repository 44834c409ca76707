package org.mineraldiligence.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.mineraldiligence.identity.Role;
import org.mineraldiligence.survey.SupplierSurvey;
import org.mineraldiligence.survey.SupplierSurveyRepository;
import org.mineraldiligence.survey.SurveyInterventions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Work on several surveys at once from the supplier list: remind now, extend the deadline, reassign to
 * another commodity manager. Process owners may act on every supplier, commodity managers on those the
 * supplier page lets them work (their own and their team's); everyone else gets 403. The survey ids come
 * from the browser and are checked again here: one the person may not work refuses the whole request (403)
 * and nothing is done. A survey that cannot take the action (complete, not running, not waiting for a CMRT)
 * is reported on its own row and the others go ahead, each in a transaction of its own.
 */
@Controller
@PreAuthorize("hasAnyRole('process-owners','commodity-managers')")
class SupplierQueueActions {

    /** More than a few pages of the list at once is no one's selection. */
    static final int MAX_SURVEYS = 200;
    /** How far ahead a deadline may be moved in one step: a quarter and a bit, not into next year's cycle. */
    static final int MAX_DAYS_AHEAD = 120;

    private static final Logger log = LoggerFactory.getLogger(SupplierQueueActions.class);

    enum Action { REMIND, EXTEND, REASSIGN }

    private final SupplierAccess access;
    private final SupplierSurveyRepository surveys;
    private final SurveyInterventions interventions;
    private final IdentityService identity;
    private final Clock clock;

    SupplierQueueActions(SupplierAccess access, SupplierSurveyRepository surveys, SurveyInterventions interventions,
                         IdentityService identity, Clock clock) {
        this.access = access;
        this.surveys = surveys;
        this.interventions = interventions;
        this.identity = identity;
        this.clock = clock;
    }

    @PostMapping("/suppliers/queue")
    String act(@RequestParam(name = "survey", required = false) List<Long> selected, @RequestParam String action,
               @RequestParam(required = false) String deadline, @RequestParam(required = false) String manager,
               @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "false") boolean mine,
               @RequestParam(defaultValue = "false") boolean withoutValidCmrt,
               Authentication person, RedirectAttributes redirect) {
        String back = UriComponentsBuilder.fromPath("/suppliers").queryParam("q", q).queryParam("mine", mine)
                .queryParam("withoutValidCmrt", withoutValidCmrt).encode().build().toUriString();
        SupplierAccess.Scope scope = access.workOf(person).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        Action chosen = actionOf(action);
        Set<Long> ids = new LinkedHashSet<>(selected == null ? List.of() : selected);
        if (ids.size() > MAX_SURVEYS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "at most " + MAX_SURVEYS + " surveys at once");
        }
        for (Long id : ids) {
            // An id that is not a survey and one of a supplier the person may not work read the same: 403.
            SupplierSurvey survey = surveys.findWithSupplierById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
            if (!scope.covers(survey.getSupplier())) {
                log.warn("{} asked to {} survey {} of a supplier they may not work; refused", person.getName(), chosen, id);
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
        }
        deadline = deadline == null ? null : deadline.strip();
        String problem = ids.isEmpty() ? "Select at least one survey." : problemWith(chosen, deadline, manager);
        if (problem != null) {
            redirect.addFlashAttribute("queueProblem", problem);
            return "redirect:" + back;
        }
        List<SurveyInterventions.Result> results = new ArrayList<>();
        for (Long id : ids) {
            results.add(apply(chosen, id, deadline, manager, person.getName()));
        }
        redirect.addFlashAttribute("queueAction", describe(chosen, deadline, manager));
        redirect.addFlashAttribute("queueResults", results);
        return "redirect:" + back;
    }

    private SurveyInterventions.Result apply(Action action, long id, String deadline, String manager, String actor) {
        try {
            return switch (action) {
                case REMIND -> interventions.remindNow(id, actor);
                case EXTEND -> interventions.extendDeadline(id, LocalDate.parse(deadline), actor);
                case REASSIGN -> interventions.reassign(id, manager, actor);
            };
        } catch (RuntimeException e) {
            // Its own transaction was rolled back; the other surveys are not affected.
            log.warn("{} of survey {} by {} failed", action, id, actor, e);
            SupplierSurvey survey = surveys.findById(id).orElseThrow();
            return new SurveyInterventions.Result(id, survey.getBusinessKey(), false,
                    "could not be done just now (it may have changed at the same moment): nothing was changed, try again");
        }
    }

    /** What is wrong with the action's own input, in words for the page, or null. */
    private String problemWith(Action action, String deadline, String manager) {
        if (action == Action.EXTEND) {
            LocalDate day;
            try {
                day = LocalDate.parse(deadline == null ? "" : deadline);
            } catch (DateTimeParseException e) {
                return "Give the new deadline as a date.";
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault());
            if (!day.isAfter(today)) {
                return "The new deadline must be in the future.";
            }
            if (day.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                return "The new deadline may be at most " + MAX_DAYS_AHEAD + " days ahead (" + today.plusDays(MAX_DAYS_AHEAD) + ").";
            }
        }
        if (action == Action.REASSIGN && (manager == null || identity.createUserQuery().userId(manager)
                .memberOfGroup(Role.COMMODITY_MANAGER.groupId()).count() == 0)) {
            return "Choose a commodity manager to hand the surveys to.";
        }
        return null;
    }

    private static String describe(Action action, String deadline, String manager) {
        return switch (action) {
            case REMIND -> "Send a reminder now";
            case EXTEND -> "Extend the deadline to " + deadline;
            case REASSIGN -> "Reassign to " + manager;
        };
    }

    private static Action actionOf(String action) {
        try {
            return Action.valueOf(action);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action");
        }
    }
}
