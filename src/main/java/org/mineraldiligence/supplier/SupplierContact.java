package org.mineraldiligence.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A person at the supplier who receives our survey e-mails. */
@Entity
public class SupplierContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    private String name;
    private String email;
    /** As the ERP or the process owner wrote it: shown to the people who call the supplier, never dialled by us. */
    private String phone;
    @Column(name = "is_primary")
    private boolean primary;

    protected SupplierContact() {
    }

    SupplierContact(Supplier supplier, String name, String email, String phone, boolean primary) {
        this.supplier = supplier;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.primary = primary;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isPrimary() {
        return primary;
    }
}
