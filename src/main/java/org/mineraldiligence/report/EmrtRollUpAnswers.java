package org.mineraldiligence.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mineraldiligence.cmrt.ExtendedMineral;
import org.mineraldiligence.cmrt.MineRow;
import org.mineraldiligence.cmrt.SmelterIds;
import org.mineraldiligence.cmrt.template.AnswerLists;
import org.mineraldiligence.cmrt.template.Text;

/**
 * The consolidated EMRT's answers, derived from the cycle's valid EMRTs and no further, by the consolidated CMRT's
 * rules ({@link RollUpAnswers}) carried over to the EMRT's questions:
 * <ul>
 * <li>minerals in scope: every mineral at least one supplier declares intentionally added or used (Q1) and remaining
 * in the product (Q2), so Q1 and Q2 are "Yes" for each (one supplier's "Yes" is ours, as in the CMRT);</li>
 * <li>Q3 (CAHRAs): one supplier's "Yes" (1.x "DRC only", "India and/or Madagascar only" are a yes) is ours; "No"
 * needs every asked supplier to have answered validly and every one declaring the mineral to say "No"; else
 * "Unknown";</li>
 * <li>Q4 (100 % recycled or scrap): one "No" is ours; "Yes" needs everyone; else "Unknown" (a 1.x mica, which the
 * 1.x template does not ask, counts as not known);</li>
 * <li>Q5: the real share of asked suppliers that sent an EMRT, in the template's bands;</li>
 * <li>Q6 (all smelters identified): "Yes" only when everyone answered, every one declaring the mineral says "Yes"
 * and every declared row of it is carried into our Smelter List; else "No";</li>
 * <li>Q7 (all information reported): "Yes" when every declared row of the mineral is carried; else "No".</li>
 * </ul>
 * Company question C (per mineral) is the declarant's answer, as the CMRT's C is.
 *
 * @param asked        in-scope surveys of the cycle that ask for an EMRT or sent one
 * @param responded    of them, those that sent any EMRT (valid or not), for Q5
 * @param declarations the latest valid EMRT of each supplier that has one
 * @param lookupIds    our template's Smelter Look-up as "Cobalt|CID003875": those rows need no name of their own
 */
record EmrtRollUpAnswers(long asked, long responded, List<EmrtDeclaration> declarations, Set<String> lookupIds) {

    static final List<String> QUESTIONS = List.of(
            "1) Is the mineral intentionally added or used in your products?",
            "2) Does it remain in your products?",
            "3) Do any of the smelters/processors in your supply chain source it from conflict-affected and high-risk areas?",
            "4) Does 100 percent of it come from recycled or scrap sources?",
            "5) What percentage of relevant suppliers have provided a response to your supply chain survey?",
            "6) Have you identified all of the smelters/processors supplying it to your supply chain?",
            "7) Has all applicable smelter/processor information received by your company been reported in this declaration?");

    /** The minerals the consolidated EMRT selects, in the template's (alphabetical) order. */
    List<ExtendedMineral> minerals() {
        return java.util.Arrays.stream(ExtendedMineral.values())
                .filter(m -> declarations.stream().anyMatch(d -> d.covers(m))).toList();
    }

    /** Q1..Q7 of each mineral in scope, every one with its basis. */
    Map<ExtendedMineral, Map<Integer, ProposedAnswer>> proposals() {
        Map<ExtendedMineral, Map<Integer, ProposedAnswer>> all = new EnumMap<>(ExtendedMineral.class);
        for (ExtendedMineral m : minerals()) {
            List<EmrtDeclaration> relevant = declarations.stream().filter(d -> d.covers(m)).toList();
            Map<Integer, ProposedAnswer> answers = new TreeMap<>();
            long notUsed = declarations.stream().filter(d -> !d.says(m, 1, AnswerLists.YES) && d.answer(m, 1) != null).count();
            String scope = relevant.size() + " of " + asked + " suppliers declared " + m.label() + " used and in their products; "
                    + notUsed + " declared it not used or did not know; " + notAnswered() + " not answered validly";
            answers.put(1, new ProposedAnswer(AnswerLists.YES, scope));
            answers.put(2, new ProposedAnswer(AnswerLists.YES, scope));
            String of = relevant.size() + " suppliers declare " + m.label() + " in scope; " + notAnswered() + " of " + asked
                    + " not answered validly";
            answers.put(3, cahra(relevant, m, of));
            answers.put(4, recycled(relevant, m, of));
            answers.put(5, new ProposedAnswer(responseBand(), responded + " of " + asked + " suppliers asked for an EMRT sent one ("
                    + SurveyFigures.percent(responded, asked) + "%)"));
            long unreported = unreported(m);
            long all6 = relevant.stream().filter(d -> d.says(m, 6, AnswerLists.YES)).count();
            boolean identified = everyoneAnswered() && all6 == relevant.size() && unreported == 0;
            answers.put(6, new ProposedAnswer(identified ? AnswerLists.YES : AnswerLists.NO, all6 + " of " + relevant.size()
                    + " declare all their " + m.label() + " smelters/processors identified; " + notAnswered()
                    + " not answered validly; " + unreported + " declared " + m.label() + " rows not identified yet"));
            answers.put(7, new ProposedAnswer(unreported == 0 ? AnswerLists.YES : AnswerLists.NO, unreported + " declared "
                    + m.label() + " rows are not yet identified or lack a name or country"));
            all.put(m, answers);
        }
        return all;
    }

    private boolean everyoneAnswered() {
        return asked > 0 && declarations.size() == asked;
    }

    private long notAnswered() {
        return Math.max(0, asked - declarations.size());
    }

    /** Q3: one supplier's "Yes" is ours; "No" needs every supplier's "No". */
    private ProposedAnswer cahra(List<EmrtDeclaration> relevant, ExtendedMineral m, String of) {
        long yes = relevant.stream().filter(d -> d.says(m, 3, AnswerLists.YES) || d.says(m, 3, "DRC only")
                || d.says(m, 3, "India and/or Madagascar only")).count();
        long no = relevant.stream().filter(d -> d.says(m, 3, AnswerLists.NO)).count();
        String basis = yes + " answered Yes, " + no + " No; " + of;
        if (yes > 0) {
            return new ProposedAnswer(AnswerLists.YES, basis);
        }
        return new ProposedAnswer(everyoneAnswered() && no == relevant.size() ? AnswerLists.NO : AnswerLists.UNKNOWN, basis);
    }

    /** Q4: one supplier's "No" is ours; "Yes" needs every supplier's "Yes". */
    private ProposedAnswer recycled(List<EmrtDeclaration> relevant, ExtendedMineral m, String of) {
        long no = relevant.stream().filter(d -> d.says(m, 4, AnswerLists.NO)).count();
        long yes = relevant.stream().filter(d -> d.says(m, 4, AnswerLists.YES)).count();
        String basis = yes + " answered Yes, " + no + " No; " + of;
        if (no > 0) {
            return new ProposedAnswer(AnswerLists.NO, basis);
        }
        return new ProposedAnswer(everyoneAnswered() && yes == relevant.size() ? AnswerLists.YES : AnswerLists.UNKNOWN, basis);
    }

    /** Q5 from the response rate, in the EMRT 2.1's bands. */
    String responseBand() {
        if (asked == 0 || responded == 0) {
            return "None";
        }
        if (responded >= asked) {
            return "100%";
        }
        double share = (double) responded / asked;
        return share > 0.9 ? "Greater than 90%" : share > 0.75 ? "Greater than 75%"
                : share > 0.5 ? "Greater than 50%" : "50% or less";
    }

    /**
     * The Smelter List: the declared rows of the minerals in scope, once each, by smelter id first and then by
     * name (case and spacing forgiven; a name row naming a smelter already listed by id is that smelter). A row is
     * carried when it has a smelter id from our template's look-up, or a name and a country of its own.
     */
    List<EmrtDeclaration.DeclaredSmelter> smelters() {
        Map<String, EmrtDeclaration.DeclaredSmelter> byKey = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        List<ExtendedMineral> minerals = minerals();
        for (boolean idPass : new boolean[] {true, false}) {
            for (EmrtDeclaration d : declarations) {
                for (EmrtDeclaration.DeclaredSmelter s : d.smelters()) {
                    String id = canonicalId(s);
                    if (!minerals.contains(s.mineral()) || idPass != (id != null) || !carried(s)) {
                        continue;
                    }
                    String name = s.mineral() + "|" + Text.key(s.name());
                    if (id != null) {
                        byKey.putIfAbsent(s.mineral() + "|" + id, s);
                        names.add(name);
                    } else if (names.add(name)) {
                        byKey.put(name, s);
                    }
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /** Declared rows of a mineral our Smelter List cannot carry: "Smelter not yet identified", no name or no country. */
    long unreported(ExtendedMineral m) {
        return declarations.stream().flatMap(d -> d.smelters().stream())
                .filter(s -> s.mineral() == m && !carried(s)).count();
    }

    private boolean carried(EmrtDeclaration.DeclaredSmelter s) {
        String id = canonicalId(s);
        if (id != null && lookupIds.contains(s.mineral().label() + "|" + id)) {
            return true;
        }
        return !s.notYetIdentified() && s.name() != null && s.country() != null;
    }

    static String canonicalId(EmrtDeclaration.DeclaredSmelter s) {
        return s.smelterId() == null ? null : SmelterIds.normalise(s.smelterId()).filter(SmelterIds::isCanonical).orElse(null);
    }

    /** The 2.x Mine List rows of the minerals in scope that name a mine, once each by mine id, else by name. */
    List<MineRow> mines() {
        Map<String, MineRow> byKey = new LinkedHashMap<>();
        List<ExtendedMineral> minerals = minerals();
        for (EmrtDeclaration d : declarations) {
            for (MineRow mine : d.mines()) {
                ExtendedMineral m = ExtendedMineral.fromText(mine.mineral());
                if (m != null && minerals.contains(m) && mine.name() != null) {
                    byKey.putIfAbsent(m + "|" + (mine.mineId() != null ? "id:" + Text.key(mine.mineId()) : Text.key(mine.name())), mine);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
