package org.councilassistant.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TargetsTests {

    @Test
    void readsTheTimeUnitFromTheEndOfAKey() {
        assertThat(Targets.unitOf("classify.p50Nanos")).isEqualTo("ns");
        assertThat(Targets.unitOf("search100k.p99Ms")).isEqualTo("ms");
        assertThat(Targets.unitOf("turn_p50_us")).isEqualTo("µs");
        assertThat(Targets.unitOf("startupSeconds")).isEqualTo("s");
        assertThat(Targets.unitOf("saturationTurns")).isEmpty();
        assertThat(Targets.unitOf("turnsPerSecond")).isEmpty();
    }

    @Test
    void findsTheWorstMatchingFigureAndConvertsItToTheTargetsUnit() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("searchFreeText1kP99Micros", 150.0);
        figures.put("searchFreeText100kP99Micros", 1500.0);
        figures.put("searchForIntent100kP99Micros", 2500.0);
        figures.put("searchForIntent100kP50Micros", 900.0);
        figures.put("classifyP50Nanos", 4200.0);

        assertThat(Targets.JMH.get(2).find(figures)).contains(2.5);
        assertThat(Targets.JMH.get(0).find(figures)).contains(0.0042);
        assertThat(Targets.JMH.get(1).find(figures)).isEmpty();
    }

    @Test
    void keepsHybridSearchOutOfTheLexicalRowAndLeavesItsOwnUnmeasuredBelow100kArticles() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("searchFreeText100kP99Micros", 1500.0);
        figures.put("searchFreeTextHybrid1kP99Micros", 900.0);
        figures.put("searchFreeTextHybrid10kP99Micros", 3000.0);

        assertThat(Targets.JMH.get(3).find(figures)).isEmpty();
        assertThat(Targets.JMH.get(3).target().check(Double.NaN).verdict()).isEqualTo("not measured");

        figures.put("searchFreeTextHybrid100kP99Micros", 4000.0);

        assertThat(Targets.JMH.get(3).find(figures)).contains(4.0);
        assertThat(Targets.JMH.get(2).find(figures)).contains(1.5);
    }

    @Test
    void readsTheLoadFiguresByTheirNames() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationTurnsPerSecond", 3500.0);
        figures.put("saturationTurns", 70_000.0);
        figures.put("saturationRequestsPerSecond", 4200.0);
        figures.put("saturationP99Ms", 40.0);
        figures.put("fixedRate200RequestedTurnsPerSecond", 200.0);
        figures.put("fixedRate200P99Ms", 12.5);
        figures.put("fixedRate200MaxMs", 80.0);
        figures.put("startupWithTrainedModelSeconds", 4.2);
        figures.put("startupSpringBootReportedSeconds", 3.9);
        figures.put("firstStartTrainingModelSeconds", 20.0);
        figures.put("startupFromClassDataArchiveSeconds", 2.5);

        assertThat(Targets.LOAD.get(0).find(figures)).contains(3500.0);
        assertThat(Targets.LOAD.get(1).find(figures)).contains(12.5);
        assertThat(Targets.LOAD.get(2).find(figures)).contains(4.2);
        assertThat(Targets.LOAD.get(3).find(figures)).contains(2.5);
    }

    @Test
    void neverAnswersWebChatsLoadTargetsWithTheAlexaFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("saturationTurnsPerSecond", 1000.0);
        figures.put("fixedRate200P99Ms", 6.0);
        figures.put("startupWithTrainedModelSeconds", 12.0);
        figures.put("startupFromClassDataArchiveSeconds", 5.5);
        figures.put("alexa.saturationTurnsPerSecond", 10.0);
        figures.put("alexa.fixedRate200P99Ms", 90.0);
        figures.put("alexa.startupWithTrainedModelSeconds", 60.0);
        figures.put("alexa.startupFromClassDataArchiveSeconds", 70.0);

        assertThat(Targets.LOAD.stream().map(target -> target.find(figures).orElseThrow()).toList())
                .containsExactly(1000.0, 6.0, 12.0, 5.5);
    }

    @Test
    void checksFloorsAndCeilings() {
        assertThat(Targets.CLINC_ACCURACY.check(0.97).verdict()).isEqualTo("met");
        assertThat(Targets.CLINC_ACCURACY.check(0.96).verdict()).isEqualTo("**missed**");
        assertThat(Targets.CLASSIFY_P50.check(1.9).verdict()).isEqualTo("met");
        assertThat(Targets.CLASSIFY_P50.check(Double.NaN).verdict()).isEqualTo("not measured");
        assertThat(Targets.CLINC_ACCURACY.bound()).isEqualTo("≥ 96.5%");
        assertThat(Targets.CLASSIFY_P50.bound()).isEqualTo("≤ 2 ms");
        assertThat(Targets.CLINC_TRAINING.bound()).isEqualTo("≤ 3 min");
        assertThat(Targets.COUNCIL_WELSH_ACCURACY.bound()).isEqualTo("≥ 82.4%");
        assertThat(Targets.CLASSIFY_P50.show(0.0045)).isEqualTo("0.0045 ms");
    }
}
