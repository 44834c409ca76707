package org.mineraldiligence.cmrt.workbook;

/** An A1-style address with a 1-based row and a 0-based column. */
public record CellAddress(int row, int column) {

    public static CellAddress parse(String a1) {
        int i = 0;
        int column = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = 0;
        while (i < a1.length() && Character.isDigit(a1.charAt(i)) && row < 10_000_000) {
            row = row * 10 + (a1.charAt(i) - '0');
            i++;
        }
        return new CellAddress(row, column - 1);
    }

    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }

    public static String of(int row, int column) {
        return columnName(column) + row;
    }

    @Override
    public String toString() {
        return of(row, column);
    }
}
