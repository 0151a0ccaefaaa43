package org.councilassistant.intents.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The two small tables on the classification path: feature hash to id, and id counts within a message. */
class FeatureTablesTests {

    @Test
    void theMapFindsEveryKeyItWasGivenAndNoOthersAcrossGrowth() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int id = 0; id < 50_000; id++) {
            long key = random.nextLong();
            map.put(key, id);
            expected.put(key, id);
        }
        expected.forEach((key, id) -> assertThat(map.get(key)).isEqualTo(id));
        for (int i = 0; i < 50_000; i++) {
            assertThat(map.get(random.nextLong())).isEqualTo(-1);
        }
        assertThat(map.size()).isEqualTo(50_000);
        assertThat(java.util.Arrays.stream(map.keys()).boxed().toList()).hasSize(50_000)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
    }

    @Test
    void theMapKeepsTheFirstIdOfAKeyAndTakesZeroAsAKey() {
        LongIntMap map = new LongIntMap(16);
        map.put(0L, 3);
        map.put(0L, 9);
        assertThat(map.get(0L)).isEqualTo(3);
        assertThat(map.size()).isEqualTo(1);
        assertThatThrownBy(() -> map.put(1L, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCounterCountsIdsInTheOrderTheyFirstAppear() {
        IdCounter counter = new IdCounter();
        counter.clear(5);
        for (int id : new int[] {42, 7, 42, 0, 7, 42}) {
            counter.increment(id);
        }
        assertThat(counter.size()).isEqualTo(3);
        assertThat(new int[] {counter.id(0), counter.id(1), counter.id(2)}).containsExactly(42, 7, 0);
        assertThat(new int[] {counter.count(0), counter.count(1), counter.count(2)}).containsExactly(3, 2, 1);
    }

    @Test
    void theCounterStartsAfreshAfterALongMessageAndAfterAShortOne() {
        IdCounter counter = new IdCounter();
        counter.clear(3_000);
        for (int id = 0; id < 3_000; id++) {
            counter.increment(id * 31);
        }
        assertThat(counter.size()).isEqualTo(3_000);
        counter.clear(2);
        counter.increment(31);
        counter.increment(31);
        assertThat(counter.size()).isEqualTo(1);
        assertThat(counter.count(0)).isEqualTo(2);
        counter.clear(2);
        assertThat(counter.size()).isZero();
    }
}
