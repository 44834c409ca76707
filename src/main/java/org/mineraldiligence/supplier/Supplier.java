package org.mineraldiligence.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/** A company we buy from and may have to survey for its 3TG sourcing. */
@Entity
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The ERP's supplier number, e.g. SUP-00042; part of the survey's business key. */
    private String code;
    private String name;
    /** English short name of the country (ISO 3166-1); as typed for rows older than our country list. */
    private String country;
    /** ISO 3166-1 alpha-2; null when the stored name could not be read as a country. */
    private String countryCode;
    private String commodity;
    /** Camunda user id of the commodity manager who owns the relationship. */
    private String commodityManager;
    private BigDecimal annualSpend;
    private String currency;
    private boolean direct = true;
    /** Other names the supplier's CMRTs may carry, one a line. */
    private String otherNames;
    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "supplier", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("primary DESC, id ASC")
    private List<SupplierContact> contacts = new ArrayList<>();

    protected Supplier() {
    }

    public Supplier(String code, String name, Country country) {
        this.code = code;
        this.name = name;
        setCountry(country);
    }

    /** A supplier in the country the text names; a text that names none is kept as it is, without a code. */
    public Supplier(String code, String name, String country) {
        this(code, name, (Country) null);
        Countries.standard().find(country).ifPresentOrElse(this::setCountry, () -> this.country = country);
    }

    /** Sets the country; null clears it. */
    public void moveTo(Country country) {
        setCountry(country);
    }

    private void setCountry(Country country) {
        this.country = country == null ? null : country.name();
        this.countryCode = country == null ? null : country.code();
    }

    public void addContact(String contactName, String email, boolean primary) {
        addContact(contactName, email, null, primary);
    }

    public void addContact(String contactName, String email, String phone, boolean primary) {
        contacts.add(new SupplierContact(this, contactName, email, phone, primary));
    }

    /**
     * The master data an import or an edit sets; the code, which identifies the supplier, never changes. The
     * country is set apart ({@link #moveTo}), so that an import without countries keeps a name typed before
     * we had a country list.
     */
    public void update(SupplierDetails details) {
        this.name = details.name();
        this.commodity = details.commodity();
        this.commodityManager = details.commodityManager();
        this.annualSpend = details.annualSpend();
        this.currency = details.currency();
        this.direct = details.direct();
    }

    /** The supplier's name first, then the other names it is known by. */
    public List<String> knownNames() {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(otherNameList());
        return names;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public List<String> otherNameList() {
        return otherNames == null ? List.of() : otherNames.lines().map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** Keeps each non-empty line once; at most {@value #OTHER_NAMES_LIMIT} characters in all. */
    public void setOtherNames(List<String> names) {
        String joined = String.join("\n", names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList());
        if (joined.length() > OTHER_NAMES_LIMIT) {
            throw new IllegalArgumentException("The other names are longer than " + OTHER_NAMES_LIMIT + " characters.");
        }
        this.otherNames = joined.isEmpty() ? null : joined;
    }

    public static final int OTHER_NAMES_LIMIT = 2000;

    /** Replaces the contacts; when none is marked primary, the first one becomes it. */
    public void replaceContacts(List<ContactDetails> replacements) {
        contacts.clear();
        boolean anyPrimary = replacements.stream().anyMatch(ContactDetails::primary);
        for (int i = 0; i < replacements.size(); i++) {
            ContactDetails contact = replacements.get(i);
            addContact(contact.name(), contact.email(), contact.phone(), contact.primary() || !anyPrimary && i == 0);
        }
    }

    public SupplierDetails details() {
        return new SupplierDetails(name, country(), commodity, commodityManager, annualSpend, currency, direct);
    }

    public Optional<SupplierContact> primaryContact() {
        return contacts.stream().filter(SupplierContact::isPrimary).findFirst()
                .or(() -> contacts.stream().findFirst());
    }

    public Long getId() {
        return id;
    }

    /** How lists and the outbox name the supplier: code and name. */
    public String label() {
        return code + " " + name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** The stored country, or null when there is none or its name was never read as one. */
    public Country country() {
        return countryCode == null ? null : new Country(countryCode, country);
    }

    public String getCommodity() {
        return commodity;
    }

    public void setCommodity(String commodity) {
        this.commodity = commodity;
    }

    public String getCommodityManager() {
        return commodityManager;
    }

    public void setCommodityManager(String commodityManager) {
        this.commodityManager = commodityManager;
    }

    public BigDecimal getAnnualSpend() {
        return annualSpend;
    }

    public String getCurrency() {
        return currency;
    }

    public void setSpend(BigDecimal annualSpend, String currency) {
        this.annualSpend = annualSpend;
        this.currency = currency;
    }

    public boolean isDirect() {
        return direct;
    }

    public void setDirect(boolean direct) {
        this.direct = direct;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<SupplierContact> getContacts() {
        return List.copyOf(contacts);
    }
}
