package org.councilassistant.knowledgebase.text;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/** A table as lines: "- Header: cell; Header: cell" under a header row, else "- cell: cell, cell". */
final class TableLines {

    private TableLines() {
    }

    static List<String> of(Element table) {
        List<String> lines = new ArrayList<>();
        Element caption = table.selectFirst("> caption");
        if (caption != null && !caption.text().isBlank()) {
            lines.add(caption.text().strip());
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header = null;
        for (Element row : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            List<String> cells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th"))
                    .map(c -> c.text().strip()).toList();
            boolean allHeadings = row.children().stream().allMatch(c -> c.nameIs("th"));
            if (header == null && rows.isEmpty() && allHeadings) {
                header = cells;
            } else if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        for (List<String> cells : rows) {
            lines.add("- " + line(header, cells));
        }
        return lines;
    }

    private static String line(List<String> header, List<String> cells) {
        if (header == null || header.size() < 3) {
            String rest = String.join(", ", cells.subList(1, cells.size()).stream().filter(c -> !c.isEmpty())
                    .toList());
            return rest.isEmpty() ? cells.get(0) : cells.get(0) + ": " + rest;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).isEmpty()) {
                parts.add(i < header.size() && !header.get(i).isEmpty() ? header.get(i) + ": " + cells.get(i)
                        : cells.get(i));
            }
        }
        return String.join("; ", parts);
    }
}
