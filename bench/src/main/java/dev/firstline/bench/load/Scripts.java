package dev.firstline.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes what each simulated person says. Most ask one or two questions the bot answers and say
 * thanks; the escalating share either answer "still not working" or ask something the bot escalates
 * at once, then add detail (relayed to their ticket) and say thanks.
 */
final class Scripts {

  private Scripts() {}

  static List<Person> people(String prefix, int count, double escalatingShare, MessagePool pool, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Person> people = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = prefix + i;
      if (random.nextDouble() < escalatingShare) {
        boolean afterAnswer = !pool.answeredThenEscalated().isEmpty() && (pool.escalated().isEmpty() || random.nextBoolean());
        List<String> says = afterAnswer
            ? List.of(pick(pool.answeredThenEscalated(), random), MessagePool.NOT_FIXED, MessagePool.MORE_DETAIL, MessagePool.THANKS)
            : List.of(pick(pool.escalated(), random), MessagePool.MORE_DETAIL, MessagePool.THANKS);
        people.add(new Person(id, true, says));
      } else {
        List<String> says = random.nextBoolean()
            ? List.of(pick(pool.answered(), random), MessagePool.THANKS)
            : List.of(pick(pool.answered(), random), MessagePool.THANKS, pick(pool.answered(), random), MessagePool.THANKS);
        people.add(new Person(id, false, says));
      }
    }
    return people;
  }

  private static String pick(List<String> texts, SplittableRandom random) {
    return texts.get(random.nextInt(texts.size()));
  }
}
