package dev.firstline.bench.corpus;

import dev.firstline.bench.corpus.Vocabulary.Area;
import dev.firstline.bench.corpus.Vocabulary.Platform;
import dev.firstline.bench.corpus.Vocabulary.Symptom;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Makes realistic IT-support articles from the bundled vocabulary: each one a system, a symptom, and
 * optionally a platform and a situation, never the same combination twice. Article {@code n} depends
 * only on the seed and {@code n}, so any size is reproducible and bigger sets contain smaller ones.
 */
public final class ArticleGenerator {

  private static final LocalDate FIRST_UPDATE = LocalDate.of(2025, 1, 1);

  private final Vocabulary vocabulary;
  private final long seed;
  private final long[] areaStarts;
  private final long capacity;
  private final long stride;
  private final long offset;

  public ArticleGenerator(long seed) {
    this(Vocabulary.bundled(), seed);
  }

  ArticleGenerator(Vocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
    this.areaStarts = new long[vocabulary.areas().size() + 1];
    for (int a = 0; a < vocabulary.areas().size(); a++) {
      areaStarts[a + 1] = areaStarts[a] + combinations(vocabulary.areas().get(a));
    }
    this.capacity = areaStarts[areaStarts.length - 1];
    if (capacity >= Integer.MAX_VALUE) {
      throw new IllegalStateException("the vocabulary makes " + capacity + " combinations; keep it below 2^31");
    }
    // n -> (stride * n + offset) mod capacity visits every combination once, in a seed-dependent order
    SplittableRandom random = new SplittableRandom(seed);
    long s = capacity / 3 + random.nextLong(capacity / 3);
    while (!BigInteger.valueOf(s).gcd(BigInteger.valueOf(capacity)).equals(BigInteger.ONE)) {
      s++;
    }
    this.stride = s;
    this.offset = random.nextLong(capacity);
  }

  /** How many different articles the vocabulary can make. */
  public long capacity() {
    return capacity;
  }

  /** Article number {@code n} (from 0) of this seed. */
  public GeneratedArticle article(int n) {
    if (n < 0 || n >= capacity) {
      throw new IllegalArgumentException("article " + n + " is outside 0.." + (capacity - 1) + ", all the vocabulary can make");
    }
    long combination = Math.floorMod(stride * n + offset, capacity); // no overflow: both factors are below 2^31
    int a = 0;
    while (combination >= areaStarts[a + 1]) {
      a++;
    }
    Area area = vocabulary.areas().get(a);
    long rest = combination - areaStarts[a];
    String system = area.systems().get((int) (rest % area.systems().size()));
    rest /= area.systems().size();
    Symptom symptom = area.symptoms().get((int) (rest % area.symptoms().size()));
    rest /= area.symptoms().size();
    List<Platform> platforms = platformsOf(area);
    int p = (int) (rest % (platforms.size() + 1));
    rest /= platforms.size() + 1;
    int s = (int) rest;
    Platform platform = p == 0 ? null : platforms.get(p - 1);
    String situation = s == 0 ? null : vocabulary.situations().get(s - 1);
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + n);
    return compose(n, area, system, symptom, platform, situation, random);
  }

  private long combinations(Area area) {
    return (long) area.systems().size() * area.symptoms().size() * (platformsOf(area).size() + 1) * (vocabulary.situations().size() + 1);
  }

  private List<Platform> platformsOf(Area area) {
    return vocabulary.platforms().stream().filter(p -> area.families().contains(p.family())).toList();
  }

  private GeneratedArticle compose(
      int n, Area area, String system, Symptom symptom, @Nullable Platform platform, @Nullable String situation, SplittableRandom random) {
    String context = (platform == null ? "" : " on " + platform.name()) + (situation == null ? "" : " " + situation);
    String title = capitalized(fill(symptom.title(), system)) + context;
    String id = slug(system) + "-" + symptom.key() + "-" + n;
    Set<String> tags = new LinkedHashSet<>();
    tags.add(system.replaceFirst("^(the|a|an|your) ", "").toLowerCase(Locale.ROOT));
    tags.addAll(symptom.tags());
    if (platform != null) {
      tags.add(platform.name().replaceFirst("^the ", "").toLowerCase(Locale.ROOT));
    }
    LocalDate updated = FIRST_UPDATE.plusDays(random.nextInt(700));
    return new GeneratedArticle(id, title, List.copyOf(tags), questions(system, symptom, platform, situation, random), area.queue(), updated,
        body(area, system, symptom, platform, situation, random));
  }

  private List<String> questions(String system, Symptom symptom, @Nullable Platform platform, @Nullable String situation, SplittableRandom random) {
    List<String> pool = new ArrayList<>(symptom.questions().stream().map(q -> fill(q, system)).toList());
    shuffle(pool, random);
    int count = Math.min(pool.size(), 4 + random.nextInt(3));
    Set<String> questions = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      String q = pool.get(i);
      if (platform != null && random.nextInt(3) == 0) {
        q += " " + platform.mine();
      } else if (situation != null && random.nextInt(3) == 0) {
        q += " " + situation;
      }
      questions.add(random.nextInt(4) == 0 ? capitalized(q) : q);
    }
    if (platform != null) {
      questions.add(system + " " + symptom.shortText() + " " + platform.mine());
    }
    if (situation != null) {
      questions.add(capitalized(system) + " " + symptom.shortText() + " " + situation);
    }
    return List.copyOf(questions);
  }

  private String body(Area area, String system, Symptom symptom, @Nullable Platform platform, @Nullable String situation, SplittableRandom random) {
    StringBuilder body = new StringBuilder();
    body.append("If ").append(system).append(' ').append(fill(symptom.shortText(), system))
        .append(platform == null ? "" : " on " + platform.name())
        .append(situation == null ? "" : " " + situation)
        .append(", the cause is usually ").append(fill(symptom.cause(), system))
        .append(". Work through these steps in order and try again after each one.\n");
    List<String> families = platform == null ? area.families().subList(0, Math.min(2, area.families().size())) : List.of(platform.family());
    for (String family : families) {
      body.append("\n## ").append(vocabulary.headings().getOrDefault(family, family)).append("\n\n");
      List<String> steps = new ArrayList<>(symptom.steps());
      List<String> extra = new ArrayList<>(area.steps().getOrDefault(family, List.of()));
      shuffle(extra, random);
      steps.addAll(extra.subList(0, Math.min(extra.size(), 2 + random.nextInt(2))));
      for (int i = 0; i < steps.size(); i++) {
        body.append(i + 1).append(". ").append(fill(steps.get(i), system)).append('\n');
      }
    }
    body.append("\n## When to ask for a person\n\n")
        .append("Contact the helpdesk on {{helpdesk_phone}} or via {{it_portal}} if ").append(fill(area.ask(), system))
        .append(". Give ").append(fill(area.give(), system)).append(".\n");
    return body.toString();
  }

  private static String fill(String template, String system) {
    return template.replace("{system}", system);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an|your) ", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
