package org.councilassistant.benchmarks.report;

import static org.councilassistant.benchmarks.report.Markdown.code;
import static org.councilassistant.benchmarks.report.Markdown.number;
import static org.councilassistant.benchmarks.report.Markdown.pct;
import static org.councilassistant.benchmarks.report.Markdown.table;

import java.util.List;

/** Section 3b: knowledge-base search by words alone beside words and meaning, on held-out questions. */
final class SearchSection {

    private SearchSection() {
    }

    static String render(Outcome<SearchFigures> outcome) {
        StringBuilder text = new StringBuilder("## 3b. Knowledge-base search (k-fold held-out questions)\n\n");
        text.append(AccuracySections.commandLine(outcome));
        SearchFigures f = outcome.figures();
        if (f == null) {
            return text.append(outcome.note()).append("\n\n").toString();
        }
        text.append("The English seed articles' alternate questions, ").append(number(f.questions(), 0))
                .append(" of them, held out ").append(f.folds()).append("-fold (taken from their article before ")
                .append("indexing) and searched for: by words alone, and by words and meaning with ")
                .append(code(f.model())).append(". Hit@1: the right article first; MRR: mean reciprocal rank of ")
                .append("the right article in the first 10. ").append(number(f.seconds(), 1))
                .append(" s, all folds. The issue sets no target here.\n\n");
        text.append(table(List.of("figure", "words alone", "words and meaning (hybrid)"), List.of(
                List.of("hit@1", pct(f.lexicalHitAt1()), pct(f.hybridHitAt1())),
                List.of("MRR", number(f.lexicalMrr(), 3), number(f.hybridMrr(), 3)))));
        text.append("### Answer gate\n\nThe share of held-out questions the gate answers with the right article and ")
                .append("with a wrong one, and of unrelated questions it answers at all.\n\n");
        return text.append(table(List.of("gate", "answered right", "answered wrong", "unrelated answered"),
                f.gates().stream().map(g -> List.of(g.name(), pct(g.answeredRight()), pct(g.answeredWrong()),
                        pct(g.unrelatedAnswered()))).toList())).toString();
    }
}
