package org.mineraldiligence.cmrt.workbook;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Shared-string indices seen in the requested sheets. The shared-strings part of a CMRT is ~1 MB,
 * mostly labels of the hidden translation sheet; we keep only the handful of strings our cells use
 * instead of materialising all of them.
 */
final class SharedStringRefs {

    private record Ref(SheetCells sheet, int row, int column, int index, boolean formula) {
    }

    private final BitSet wanted = new BitSet();
    private final List<Ref> refs = new ArrayList<>();
    private final int maxIndex;

    SharedStringRefs() {
        this(Integer.MAX_VALUE - 1);
    }

    /**
     * @param maxIndex the highest index the shared-string table can hold; a cell pointing beyond it reads as
     *                 blank instead of making the wanted-set reserve memory for an index that cannot exist
     */
    SharedStringRefs(int maxIndex) {
        this.maxIndex = maxIndex;
    }

    void add(SheetCells sheet, int row, int column, int index, boolean formula) {
        if (index <= maxIndex) {
            wanted.set(index);
        }
        refs.add(new Ref(sheet, row, column, index, formula));
    }

    BitSet wanted() {
        return wanted;
    }

    boolean isEmpty() {
        return refs.isEmpty();
    }

    /** Replace the placeholders by the strings; an index missing from the table reads as blank. */
    void resolve(java.util.Map<Integer, String> strings, BitSet truncatedIndices, List<String> truncatedCells) {
        for (Ref ref : refs) {
            String s = strings.get(ref.index);
            ref.sheet.put(ref.row, ref.column, CellValue.string(s == null ? "" : s, ref.formula));
            if (truncatedIndices.get(ref.index)) {
                truncatedCells.add(ref.sheet.name() + "!" + CellAddress.of(ref.row, ref.column));
            }
        }
    }
}
