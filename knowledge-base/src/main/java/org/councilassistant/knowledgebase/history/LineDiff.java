package org.councilassistant.knowledgebase.history;

import java.util.ArrayList;
import java.util.List;

import org.councilassistant.knowledgebase.history.DiffLine.Kind;

/**
 * A line diff by longest common subsequence: the lines both versions share are unchanged, the rest removed or
 * added, removals first where both happen at one place. Articles are short enough for the quadratic table;
 * common lines at either end are matched first, so an edit in one paragraph costs little.
 */
final class LineDiff {

    /** Beyond this many cells the middle is reported as all removed and all added rather than matched. */
    private static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    static List<DiffLine> between(List<String> before, List<String> after) {
        int start = 0;
        while (start < before.size() && start < after.size() && before.get(start).equals(after.get(start))) {
            start++;
        }
        int endBefore = before.size();
        int endAfter = after.size();
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
            endBefore--;
            endAfter--;
        }
        List<DiffLine> lines = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            lines.add(new DiffLine(Kind.UNCHANGED, before.get(i)));
        }
        middle(before.subList(start, endBefore), after.subList(start, endAfter), lines);
        for (int i = endBefore; i < before.size(); i++) {
            lines.add(new DiffLine(Kind.UNCHANGED, before.get(i)));
        }
        return lines;
    }

    private static void middle(List<String> a, List<String> b, List<DiffLine> out) {
        int n = a.size();
        int m = b.size();
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            a.forEach(line -> out.add(new DiffLine(Kind.REMOVED, line)));
            b.forEach(line -> out.add(new DiffLine(Kind.ADDED, line)));
            return;
        }
        // common[i][j]: length of the longest common subsequence of a[i..] and b[j..].
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new DiffLine(Kind.UNCHANGED, a.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new DiffLine(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new DiffLine(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new DiffLine(Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new DiffLine(Kind.ADDED, b.get(j++)));
        }
    }
}
