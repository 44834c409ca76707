package org.mineraldiligence.supplier.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.mineraldiligence.tabular.SourceRow;
import org.mineraldiligence.supplier.Amounts;
import org.mineraldiligence.supplier.ContactDetails;
import org.mineraldiligence.supplier.Countries;
import org.mineraldiligence.supplier.Country;
import org.mineraldiligence.supplier.MasterDataRules;

/**
 * Turns the rows of a supplier export into suppliers, or into the list of what is wrong, row by row. Rows
 * with the same supplier code are one supplier with several contacts; their supplier columns must agree.
 */
final class SupplierRows {

    private static final BigDecimal MAX_SPEND = new BigDecimal("1E17");
    static final int MAX_ROWS = 100_000;
    /** The longest value any of our columns stores (a name); longer cells are refused before anything else. */
    private static final int MAX_CELL = 320;
    /** What a spreadsheet would run as a formula if the value were written back to one. */
    private static final java.util.regex.Pattern FORMULA = java.util.regex.Pattern.compile("^[=+@\t\r].*", java.util.regex.Pattern.DOTALL);
    private static final List<SupplierColumn> SUPPLIER_FIELDS = List.of(SupplierColumn.NAME, SupplierColumn.COUNTRY,
            SupplierColumn.COMMODITY, SupplierColumn.COMMODITY_MANAGER, SupplierColumn.SPEND, SupplierColumn.CURRENCY,
            SupplierColumn.DIRECT);

    /** What the rows say: the suppliers, the header cells we did not use, and the problems. */
    record Parsed(int rows, List<ImportedSupplier> suppliers, List<String> ignoredColumns, List<RowProblem> problems) {
    }

    private final Predicate<String> userExists;
    private final List<RowProblem> problems = new ArrayList<>();

    SupplierRows(Predicate<String> userExists) {
        this.userExists = userExists;
    }

    /** The rows with the header's columns as recognised. */
    Parsed parse(List<SourceRow> rows) {
        List<SourceRow> content = content(rows);
        if (content.isEmpty()) {
            return new Parsed(0, List.of(), List.of(), List.of(new RowProblem(0, "The file is empty.")));
        }
        return parse(content, ColumnMapping.recognised(content.get(0)));
    }

    /** The rows read through a mapping the process owner confirmed. */
    Parsed parse(List<SourceRow> rows, ColumnMapping mapping) {
        List<SourceRow> content = content(rows);
        if (content.isEmpty()) {
            return new Parsed(0, List.of(), List.of(), List.of(new RowProblem(0, "The file is empty.")));
        }
        SourceRow header = content.get(0);
        Map<SupplierColumn, Integer> columns = mapping.columns();
        List<String> ignored = mapping.ignored(header);
        problems.addAll(mapping.problems(header));
        if (content.size() - 1 > MAX_ROWS) {
            problems.add(new RowProblem(0, "The file has " + (content.size() - 1) + " rows; split it into files of at most "
                    + MAX_ROWS + " rows."));
        }
        List<SourceRow> data = content.subList(1, content.size());
        if (!problems.isEmpty()) {
            return new Parsed(data.size(), List.of(), ignored, problems);
        }
        if (data.isEmpty()) {
            problems.add(new RowProblem(header.line(), "The file has a header but no supplier rows."));
        }
        Map<String, List<Line>> byCode = new LinkedHashMap<>();
        for (SourceRow row : data) {
            Line line = new Line(row, columns);
            formulas(line);
            if (line.get(SupplierColumn.CODE) == null) {
                problems.add(new RowProblem(row.line(), "The supplier code is empty."));
            } else {
                byCode.computeIfAbsent(line.get(SupplierColumn.CODE), code -> new ArrayList<>()).add(line);
            }
        }
        List<ImportedSupplier> suppliers = byCode.entrySet().stream()
                .map(entry -> supplier(entry.getKey(), entry.getValue())).toList();
        return new Parsed(data.size(), suppliers, ignored, problems);
    }

    private static List<SourceRow> content(List<SourceRow> rows) {
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    private ImportedSupplier supplier(String code, List<Line> lines) {
        Line first = lines.get(0);
        if (code.length() > 40) {
            problem(first, "The supplier code \"" + code + "\" is longer than 40 characters.");
        }
        // Each supplier column is given by the first row that fills it; later rows may repeat it, not change it.
        Map<SupplierColumn, Line> givenBy = new EnumMap<>(SupplierColumn.class);
        for (Line line : lines) {
            for (SupplierColumn field : SUPPLIER_FIELDS) {
                String value = line.get(field);
                if (value == null) {
                    continue;
                }
                Line earlier = givenBy.putIfAbsent(field, line);
                if (earlier != null && !value.equals(earlier.get(field))) {
                    problem(line, "Supplier " + code + ": " + field.label() + " \"" + value + "\" differs from \""
                            + earlier.get(field) + "\" on line " + earlier.row.line() + "; rows of one supplier must agree.");
                }
            }
        }
        String name = valueOf(givenBy, SupplierColumn.NAME);
        if (name == null) {
            problem(first, "Supplier " + code + " has no name.");
        } else if (name.length() > 255) {
            problem(first, "The name of supplier " + code + " is longer than 255 characters.");
        }
        return new ImportedSupplier(code, name, country(givenBy),
                valueOf(givenBy, SupplierColumn.COMMODITY), manager(givenBy), spend(givenBy), currency(givenBy),
                direct(givenBy), contacts(code, lines));
    }

    private Country country(Map<SupplierColumn, Line> givenBy) {
        String text = valueOf(givenBy, SupplierColumn.COUNTRY);
        if (text == null) {
            return null;
        }
        Countries.Reading reading = Countries.standard().read(text);
        if (reading instanceof Countries.Known known) {
            return known.country();
        }
        problem(givenBy.get(SupplierColumn.COUNTRY), ((Countries.Unknown) reading).message());
        return null;
    }

    private String manager(Map<SupplierColumn, Line> givenBy) {
        String manager = valueOf(givenBy, SupplierColumn.COMMODITY_MANAGER);
        if (manager != null && !userExists.test(manager)) {
            problem(givenBy.get(SupplierColumn.COMMODITY_MANAGER), "The commodity manager \"" + manager
                    + "\" is not a user: create the user in Camunda Admin first, or leave the cell empty.");
        }
        return manager;
    }

    private BigDecimal spend(Map<SupplierColumn, Line> givenBy) {
        String text = valueOf(givenBy, SupplierColumn.SPEND);
        if (text == null) {
            return null;
        }
        BigDecimal spend = Amounts.parse(text);
        if (spend == null || spend.signum() < 0 || spend.compareTo(MAX_SPEND) >= 0) {
            problem(givenBy.get(SupplierColumn.SPEND), "The annual direct spend \"" + text
                    + "\" is not an amount: write a number such as 125000.50, without the currency.");
            return null;
        }
        return spend.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private String currency(Map<SupplierColumn, Line> givenBy) {
        String text = valueOf(givenBy, SupplierColumn.CURRENCY);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!MasterDataRules.isCurrency(code)) {
            problem(givenBy.get(SupplierColumn.CURRENCY), "The currency \"" + text
                    + "\" is not a three-letter ISO code such as USD or EUR.");
        }
        return code;
    }

    private Boolean direct(Map<SupplierColumn, Line> givenBy) {
        String text = valueOf(givenBy, SupplierColumn.DIRECT);
        if (text == null) {
            return null;
        }
        Boolean direct = switch (text.toLowerCase(Locale.ROOT)) {
            case "direct", "d", "yes", "y", "true", "1", "x" -> true;
            case "indirect", "i", "no", "n", "false", "0" -> false;
            default -> null;
        };
        if (direct == null) {
            problem(givenBy.get(SupplierColumn.DIRECT), "\"" + text + "\" is neither direct nor indirect:"
                    + " write Direct or Indirect.");
        }
        return direct;
    }

    private List<ContactDetails> contacts(String code, List<Line> lines) {
        List<ContactDetails> contacts = new ArrayList<>();
        for (Line line : lines) {
            String name = line.get(SupplierColumn.CONTACT_NAME);
            String email = line.get(SupplierColumn.CONTACT_EMAIL);
            Boolean primary = flag(line);
            if (email == null) {
                if (name != null) {
                    problem(line, "Contact " + name + " of supplier " + code + " has no e-mail address.");
                }
                continue;
            }
            if (!MasterDataRules.isEmail(email)) {
                problem(line, "\"" + email + "\" is not an e-mail address.");
            }
            String phone = line.get(SupplierColumn.CONTACT_PHONE);
            if (phone != null && !MasterDataRules.isPhone(phone)) {
                problem(line, "\"" + phone + "\" is not a phone number (digits, spaces, + - ( ) . / and an extension).");
            }
            contacts.add(new ContactDetails(name, email, phone, Boolean.TRUE.equals(primary)));
        }
        if (contacts.stream().filter(ContactDetails::primary).count() > 1) {
            problem(lines.get(0), "Supplier " + code + " has more than one primary contact: mark one.");
        }
        return contacts;
    }

    private Boolean flag(Line line) {
        String text = line.get(SupplierColumn.PRIMARY);
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1", "x", "primary" -> true;
            case "no", "n", "false", "0" -> false;
            default -> {
                problem(line, "The primary flag \"" + text + "\" is neither yes nor no.");
                yield false;
            }
        };
    }

    /** A cell a spreadsheet would run as a formula is refused, so that none reaches our XLSX downloads. */
    private void formulas(Line line) {
        for (SupplierColumn column : line.columns().keySet()) {
            String value = line.get(column);
            if (value != null && value.length() > MAX_CELL) {
                problem(line, "The " + column.label() + " \"" + abbreviated(value) + "\" is longer than " + MAX_CELL
                        + " characters.");
            } else if (value != null && FORMULA.matcher(value).matches()) {
                problem(line, "The " + column.label() + " \"" + abbreviated(value) + "\" starts with \""
                        + value.charAt(0) + "\", which a spreadsheet would run as a formula: remove that character.");
            }
        }
    }

    private static String abbreviated(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static String valueOf(Map<SupplierColumn, Line> givenBy, SupplierColumn column) {
        Line line = givenBy.get(column);
        return line == null ? null : line.get(column);
    }

    private void problem(Line line, String message) {
        problems.add(new RowProblem(line.row.line(), message));
    }

    /** A row read through the header: a column's cell, or null when the column is absent or the cell empty. */
    private record Line(SourceRow row, Map<SupplierColumn, Integer> columns) {
        String get(SupplierColumn column) {
            Integer index = columns.get(column);
            String value = index == null ? "" : row.cell(index);
            return value.isEmpty() ? null : value;
        }
    }
}
