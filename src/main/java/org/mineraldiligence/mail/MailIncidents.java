package org.mineraldiligence.mail;

import java.util.Objects;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Makes a message that could not be delivered visible in Cockpit, on the process step that queued it. */
@Component
class MailIncidents {

    /** Incident type; the incident's configuration is the outbound message id. */
    static final String TYPE = "mailDelivery";

    private static final Logger log = LoggerFactory.getLogger(MailIncidents.class);

    private final RuntimeService runtimeService;

    MailIncidents(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    /**
     * Raises the incident on the step's execution or, when the process has moved on and that execution
     * is gone, on its process instance; a finished process gets none (the Outbox page still shows the
     * message).
     */
    void raise(OutboundMessage message) {
        if (message.getExecutionId() == null) {
            return;
        }
        Stream.of(message.getExecutionId(), message.getProcessInstanceId())
                .filter(Objects::nonNull)
                .filter(this::exists)
                .findFirst()
                .ifPresentOrElse(
                    executionId -> runtimeService.createIncident(TYPE, executionId, String.valueOf(message.getId()),
                            message.getLastError()),
                    () -> log.warn("Mail {} failed after its process ended; it is shown on the Outbox page only",
                            message.getId()));
    }

    /** Resolves the incidents of a message that a process owner has sent again. */
    void resolve(OutboundMessage message) {
        runtimeService.createIncidentQuery().incidentType(TYPE).configuration(String.valueOf(message.getId()))
                .list().stream().map(Incident::getId).forEach(runtimeService::resolveIncident);
    }

    private boolean exists(String executionId) {
        return runtimeService.createExecutionQuery().executionId(executionId).count() > 0;
    }
}
