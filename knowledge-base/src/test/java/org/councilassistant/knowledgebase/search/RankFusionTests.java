package org.councilassistant.knowledgebase.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankFusionTests {

    @Test
    void anArticleFirstByMeaningWinsATieWithOneFirstByWords() {
        List<SearchHit> byWords = List.of(new SearchHit("fly-tipping", 10f), new SearchHit("recycling-centres", 8f));
        Map<String, SemanticSearch.Closest> byMeaning = meaning("recycling-centres", 0.71f, "fly-tipping", 0.69f);

        List<SearchHit> fused = RankFusion.fuse(byWords, byMeaning, 2);

        assertThat(fused).extracting(SearchHit::articleId).containsExactly("recycling-centres", "fly-tipping");
        assertThat(fused.get(0).wordsRank()).isEqualTo(1);
        assertThat(fused.get(0).meaningRank()).isZero();
        assertThat(fused.get(0).firstByWordsAndMeaning()).isFalse();
    }

    @Test
    void anArticleClearlyCloserInMeaningOvertakesALeadByWords() {
        List<SearchHit> byWords = List.of(new SearchHit("housing-benefit", 25f), new SearchHit("pay-council-tax", 12f),
                new SearchHit("council-tax-support", 11f));
        Map<String, SemanticSearch.Closest> byMeaning = meaning("council-tax-support", 0.88f, "pay-council-tax", 0.85f,
                "housing-benefit", 0.80f);

        assertThat(RankFusion.fuse(byWords, byMeaning, 3)).extracting(SearchHit::articleId)
                .startsWith("council-tax-support");
    }

    @Test
    void aLeadByWordsStandsAgainstAnArticleOnlyALittleCloser() {
        List<SearchHit> byWords = List.of(new SearchHit("pay-council-tax", 20f), new SearchHit("direct-debit", 9f),
                new SearchHit("council-tax-bands", 5f));
        Map<String, SemanticSearch.Closest> byMeaning = meaning("council-tax-bands", 0.82f, "pay-council-tax", 0.80f);

        List<SearchHit> fused = RankFusion.fuse(byWords, byMeaning, 3);

        assertThat(fused).extracting(SearchHit::articleId)
                .containsExactly("pay-council-tax", "council-tax-bands", "direct-debit");
        assertThat(fused.get(0).firstByWordsAndMeaning()).isFalse();
        assertThat(fused.get(0).semanticScore()).isEqualTo(0.80f);
    }

    @Test
    void anArticleFirstInBothRankingsIsMarkedSo() {
        List<SearchHit> byWords = List.of(new SearchHit("blue-badge", 9f), new SearchHit("parking-permits", 3f));
        Map<String, SemanticSearch.Closest> byMeaning = meaning("blue-badge", 0.79f, "parking-permits", 0.70f);

        SearchHit first = RankFusion.fuse(byWords, byMeaning, 2).get(0);

        assertThat(first.articleId()).isEqualTo("blue-badge");
        assertThat(first.firstByWordsAndMeaning()).isTrue();
        assertThat(first.score()).isEqualTo(9f);
    }

    private static Map<String, SemanticSearch.Closest> meaning(Object... idsAndCosines) {
        Map<String, SemanticSearch.Closest> closest = new LinkedHashMap<>();
        for (int i = 0; i < idsAndCosines.length; i += 2) {
            closest.put((String) idsAndCosines[i], new SemanticSearch.Closest((Float) idsAndCosines[i + 1], false));
        }
        return closest;
    }
}
