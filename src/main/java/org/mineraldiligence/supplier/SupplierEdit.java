package org.mineraldiligence.supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a process owner typed on a supplier's page, checked field by field. Contact rows without an e-mail
 * are dropped, so clearing a row's e-mail removes that contact.
 */
public record SupplierEdit(String name, String country, String commodity, String commodityManager, String annualSpend,
                    String currency, boolean direct, List<String> contactNames, List<String> contactEmails,
                    List<String> contactPhones, int primaryContact) {

    record Result(SupplierDetails details, List<ContactDetails> contacts, List<String> problems) {
    }

    /** The form as the stored supplier fills it. */
    static SupplierEdit of(Supplier supplier) {
        List<SupplierContact> contacts = supplier.getContacts();
        int primary = 0;
        for (int i = 0; i < contacts.size(); i++) {
            primary = contacts.get(i).isPrimary() ? i : primary;
        }
        return new SupplierEdit(supplier.getName(), supplier.getCountry(), supplier.getCommodity(),
                supplier.getCommodityManager(),
                supplier.getAnnualSpend() == null ? "" : supplier.getAnnualSpend().toPlainString(),
                supplier.getCurrency(), supplier.isDirect(),
                contacts.stream().map(SupplierContact::getName).toList(),
                contacts.stream().map(SupplierContact::getEmail).toList(),
                contacts.stream().map(contact -> contact.getPhone() == null ? "" : contact.getPhone()).toList(), primary);
    }

    /** The contact rows the form shows: those typed or stored, and one empty row for a new contact. */
    public List<ContactDetails> contactRows() {
        List<ContactDetails> rows = new ArrayList<>();
        for (int i = 0; i < contactEmails.size(); i++) {
            String contactName = i < contactNames.size() ? contactNames.get(i) : "";
            if (!contactEmails.get(i).isBlank() || !contactName.isBlank()) {
                rows.add(new ContactDetails(contactName, contactEmails.get(i), phoneAt(i), i == primaryContact));
            }
        }
        rows.add(new ContactDetails("", "", "", rows.isEmpty()));
        return rows;
    }

    Result check(Predicate<String> userExists) {
        List<String> problems = new ArrayList<>();
        String cleanName = blankToNull(name);
        if (cleanName == null) {
            problems.add("The name is empty.");
        }
        String manager = blankToNull(commodityManager);
        if (manager != null && !userExists.test(manager)) {
            problems.add("The commodity manager \"" + manager + "\" is not a user.");
        }
        BigDecimal spend = null;
        if (blankToNull(annualSpend) != null) {
            spend = Amounts.parse(annualSpend);
            if (spend == null || spend.signum() < 0) {
                problems.add("The annual direct spend \"" + annualSpend + "\" is not an amount.");
            }
        }
        String cleanCurrency = blankToNull(currency) == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (cleanCurrency != null && !MasterDataRules.isCurrency(cleanCurrency)) {
            problems.add("The currency \"" + currency + "\" is not a three-letter ISO code such as USD or EUR.");
        }
        Country cleanCountry = null;
        if (blankToNull(country) != null) {
            Countries.Reading reading = Countries.standard().read(country);
            if (reading instanceof Countries.Known known) {
                cleanCountry = known.country();
            } else {
                problems.add(((Countries.Unknown) reading).message());
            }
        }
        List<ContactDetails> contacts = new ArrayList<>();
        for (int i = 0; i < contactEmails.size(); i++) {
            String email = blankToNull(contactEmails.get(i));
            String contactName = i < contactNames.size() ? blankToNull(contactNames.get(i)) : null;
            if (email == null) {
                continue;
            }
            if (!MasterDataRules.isEmail(email)) {
                problems.add("\"" + email + "\" is not an e-mail address.");
            }
            String phone = blankToNull(phoneAt(i));
            if (phone != null && !MasterDataRules.isPhone(phone)) {
                problems.add("\"" + phone + "\" is not a phone number (digits, spaces, + - ( ) . / and an extension).");
            }
            contacts.add(new ContactDetails(contactName, email, phone, i == primaryContact));
        }
        SupplierDetails details = new SupplierDetails(cleanName, cleanCountry, blankToNull(commodity), manager,
                spend, cleanCurrency, direct);
        return new Result(details, contacts, problems);
    }

    private String phoneAt(int row) {
        return contactPhones != null && row < contactPhones.size() ? contactPhones.get(row) : "";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
