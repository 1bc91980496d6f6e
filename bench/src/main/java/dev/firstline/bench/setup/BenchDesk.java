package dev.firstline.bench.setup;

import dev.firstline.core.desk.BusinessCalendar;
import dev.firstline.core.desk.DeskSettings;
import dev.firstline.core.desk.Queue;
import dev.firstline.core.desk.SlaPolicy;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.Tier;
import dev.firstline.core.port.KnowledgeBase;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A service desk laid out from a knowledge base: a 2nd-line queue for every article's queue (plus
 * {@code service-desk}, {@code security} and {@code endpoint}, where the bot routes by reason) and a
 * 3rd-line {@code servers} queue, each posting to a channel of its own name.
 */
public final class BenchDesk {

  private BenchDesk() {}

  public static DeskSettings settings(KnowledgeBase kb) {
    Map<String, Queue> queues = new TreeMap<>();
    for (String name : new String[] {"service-desk", "security", "endpoint"}) {
      queues.put(name, new Queue(name, Tier.SECOND, name, null));
    }
    for (Article article : kb.articles()) {
      queues.computeIfAbsent(article.queue(), name -> new Queue(name, Tier.SECOND, name, null));
    }
    queues.put("servers", new Queue("servers", Tier.THIRD, "servers", null));
    return new DeskSettings(queues, Map.of(), "service-desk", DeskSettings.standardPriorities(),
        Pattern.compile("(?i)\\b(ransom\\w*|data breach)\\b"), SlaPolicy.standard(BusinessCalendar.weekdays(ZoneOffset.UTC)), Duration.ofDays(3));
  }
}
