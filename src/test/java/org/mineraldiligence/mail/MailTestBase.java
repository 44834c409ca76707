package org.mineraldiligence.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mineraldiligence.supplier.Supplier;
import org.mineraldiligence.supplier.SupplierRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * What the mail tests share: GreenMail on loopback (started afresh for each test), an empty outbox, a
 * supplier, and the test process of {@link MailTestProcess}.
 */
abstract class MailTestBase {

    static final String SUPPLIER_ADDRESS = "anna.lind@nordicsolder.example";

    @RegisterExtension
    static final GreenMailExtension smtpServer = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDelivery delivery;
    @Autowired
    OutboundMessageRepository messages;
    @Autowired
    SupplierRepository suppliers;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    MailTestProcess.FlakyStep flakyStep;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    Supplier supplier;

    @BeforeEach
    void startClean() {
        messages.deleteAll();
        flakyStep.failNextRuns(0);
        MailTestProcess.deploy(repositoryService);
        supplier = newSupplier("Nordic Solder AB");
    }

    Supplier newSupplier(String name) {
        Supplier created = new Supplier("SUP-T" + UUID.randomUUID().toString().substring(0, 8), name, "Sweden");
        created.addContact("Anna Lind", SUPPLIER_ADDRESS, true);
        return suppliers.save(created);
    }

    /** Queues a survey request about a supplier in its own transaction, as a service would. */
    OutboundMessage queue(String key, Supplier about, long cycleId) {
        return transaction.execute(status -> outbox.queue(new MailRequest("survey-request", List.of(SUPPLIER_ADDRESS),
                MailModels.complete(MailTemplate.SURVEY_REQUEST, about.getName()), about.getId(),
                about.getCode() + " " + about.getName(), cycleId, null, null, key)));
    }

    ProcessInstance startTestProcess() {
        return runtimeService.startProcessInstanceByKey(MailTestProcess.KEY, Map.of(
            "recipient", SUPPLIER_ADDRESS, "supplierName", supplier.getName(), "supplierId", supplier.getId()));
    }

    /** Starts the test process and runs its mail step: returns the message that step queued. */
    OutboundMessage queueFromProcessStep(ProcessInstance instance) {
        managementService.executeJob(
            managementService.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
        return messages.findAll().stream().filter(m -> instance.getId().equals(m.getProcessInstanceId()))
                .findFirst().orElseThrow();
    }

    OutboundMessage reload(OutboundMessage message) {
        return messages.findById(message.getId()).orElseThrow();
    }

    /** The back-off has elapsed: the next attempt is due now. */
    void timePasses(OutboundMessage message) {
        jdbc.update("UPDATE outbound_message SET next_attempt_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)), message.getId());
    }

    /** With the SMTP server down, runs delivery until the message has used up its attempts. */
    OutboundMessage failForGood(OutboundMessage message, int maxAttempts) {
        smtpServer.stop();
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            timePasses(message);
            delivery.deliverDue();
        }
        return reload(message);
    }

}
