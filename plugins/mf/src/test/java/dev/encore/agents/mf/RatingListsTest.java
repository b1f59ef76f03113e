package dev.encore.agents.mf;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RatingListsTest {

    private record Pair(int other, double rating) {
    }

    @Test
    void readsEveryEntitysRatingsInTheOrderTheyCameWhenMoreComeThanExpected() {
        int entities = 7;
        // far more ratings than the 10 expected: the pool doubles several times over
        RatingLists lists = new RatingLists(entities, 10);
        List<List<Pair>> expected = new ArrayList<>();
        for (int entity = 0; entity < entities; entity++) {
            expected.add(new ArrayList<>());
        }
        SplittableRandom random = new SplittableRandom(3);
        for (int n = 0; n < 1_000; n++) {
            // skewed, as listening is: entity 0 gets about half
            int entity = random.nextBoolean() ? 0 : random.nextInt(entities);
            Pair pair = new Pair(random.nextInt(50), random.nextDouble(0, 3));
            lists.add(entity, pair.other(), pair.rating());
            expected.get(entity).add(pair);
        }
        assertThat(lists.total()).isEqualTo(1_000);
        for (int entity = 0; entity < entities; entity++) {
            List<Pair> read = new ArrayList<>();
            lists.read(entity, (other, rating) -> read.add(new Pair(other, rating)));
            assertThat(lists.count(entity)).isEqualTo(expected.get(entity).size());
            assertThat(read).containsExactlyElementsOf(expected.get(entity));
        }
    }

    @Test
    void makesRoomForTheExpectedRatingsHoweverTheyAreSpread() {
        int block = RatingLists.BLOCK;
        for (int ratings = 0; ratings <= 5 * block; ratings++) {
            // every way of spreading them over 3 entities
            for (int first = 0; first <= ratings; first++) {
                for (int second = 0; first + second <= ratings; second++) {
                    int third = ratings - first - second;
                    int needed = blocks(first) + blocks(second) + blocks(third);
                    assertThat(RatingLists.blocksFor(3, ratings)).as("%d, %d, %d", first, second, third)
                            .isGreaterThanOrEqualTo(needed);
                }
            }
        }
    }

    private static int blocks(int ratings) {
        return (ratings + RatingLists.BLOCK - 1) / RatingLists.BLOCK;
    }
}
