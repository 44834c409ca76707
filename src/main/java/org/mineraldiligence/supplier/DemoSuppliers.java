package org.mineraldiligence.supplier;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A handful of suppliers for the embedded default, so a new user has someone to survey. */
@Component
@ConditionalOnProperty(name = "mineral-diligence.demo-data", havingValue = "true")
class DemoSuppliers {

    private record Demo(String code, String name, String country, String commodity, String manager,
                        long spend, String contact, String email) {
    }

    private static final List<Demo> DEMO = List.of(
        new Demo("SUP-00001", "Apex Circuit Boards Ltd.", "Taiwan", "Printed circuit boards", "carlos",
                 4_200_000, "Wei Chen", "wei.chen@apex-pcb.example"),
        new Demo("SUP-00002", "Nordic Solder AB", "Sweden", "Solder and alloys", "carlos",
                 1_150_000, "Anna Lind", "anna.lind@nordicsolder.example"),
        new Demo("SUP-00003", "Goldline Connectors Inc.", "United States", "Connectors", "mia",
                 2_700_000, "Sam Porter", "sam.porter@goldline.example"),
        new Demo("SUP-00004", "Tantalum Capacitor Works GmbH", "Germany", "Capacitors", "mia",
                 860_000, "Jonas Weber", "j.weber@tcw.example"),
        new Demo("SUP-00005", "Shenzhen Precision Metal Co., Ltd.", "China", "Enclosures", "carlos",
                 320_000, "Li Na", "li.na@szpm.example"));

    private final SupplierRepository suppliers;

    DemoSuppliers(SupplierRepository suppliers) {
        this.suppliers = suppliers;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void createDemoSuppliers() {
        for (Demo demo : DEMO) {
            if (suppliers.findByCode(demo.code()).isPresent()) {
                continue;
            }
            Supplier supplier = new Supplier(demo.code(), demo.name(), demo.country());
            supplier.setCommodity(demo.commodity());
            supplier.setCommodityManager(demo.manager());
            supplier.setSpend(BigDecimal.valueOf(demo.spend()), "USD");
            supplier.addContact(demo.contact(), demo.email(), true);
            suppliers.save(supplier);
        }
    }
}
