package dev.firstline.core.insight;

import dev.firstline.core.model.Question;
import dev.firstline.core.port.TextAnalysis;
import dev.firstline.core.port.TextAnalysis.KeyTerm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups questions by their topic words, one question at a time, oldest first. A group's common
 * terms are those in at least half of its questions. A question joins the group with which it
 * shares the most common terms, the older group winning a tie, if it shares at least {@link
 * #SHARED} of them (or all of its own or all of the group's, when there are fewer); otherwise it
 * starts a group of its own. Questions without topic words join no group.
 */
final class Grouping {

  /** How many common terms a question shares with a group to join it. */
  static final int SHARED = 2;

  /** How many words label a group. */
  static final int LABEL_WORDS = 3;

  private final TextAnalysis analysis;
  private final List<Group> groups = new ArrayList<>();

  private Grouping(TextAnalysis analysis) {
    this.analysis = analysis;
  }

  /** The groups of these questions (oldest first), in the order they were started. */
  static List<Group> of(List<Question> oldestFirst, TextAnalysis analysis) {
    Grouping grouping = new Grouping(analysis);
    oldestFirst.forEach(grouping::add);
    return List.copyOf(grouping.groups);
  }

  private void add(Question question) {
    List<KeyTerm> terms = analysis.keyTerms(question.text());
    if (terms.isEmpty()) {
      return;
    }
    Set<String> asked = new HashSet<>();
    terms.forEach(t -> asked.add(t.term()));
    Group best = null;
    int bestShared = 0;
    for (Group group : groups) {
      Set<String> common = group.common();
      int shared = (int) asked.stream().filter(common::contains).count();
      if (shared > bestShared && shared >= Math.min(SHARED, Math.min(asked.size(), common.size()))) {
        best = group;
        bestShared = shared;
      }
    }
    if (best == null) {
      best = new Group();
      groups.add(best);
    }
    best.add(question, terms);
  }

  /** Questions of one topic, with how often each term and each way of writing it occurs. */
  static final class Group {

    private final List<Question> questions = new ArrayList<>();
    /** In the order the terms were first seen. */
    private final Map<String, Integer> termCounts = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> wordCounts = new LinkedHashMap<>();

    private void add(Question question, List<KeyTerm> terms) {
      questions.add(question);
      for (KeyTerm t : terms) {
        termCounts.merge(t.term(), 1, Integer::sum);
        wordCounts.computeIfAbsent(t.term(), k -> new LinkedHashMap<>()).merge(t.word(), 1, Integer::sum);
      }
    }

    /** The terms in at least half of the questions. */
    Set<String> common() {
      Set<String> common = new HashSet<>();
      termCounts.forEach((term, count) -> {
        if (2 * count >= questions.size()) {
          common.add(term);
        }
      });
      return common;
    }

    List<Question> questions() {
      return List.copyOf(questions);
    }

    /**
     * Up to {@link #LABEL_WORDS} of its common terms (its most frequent term if none is common), in
     * the most questions first (the first seen winning a tie), each as it was written most often
     * (the first seen winning a tie).
     */
    List<String> label() {
      Set<String> common = common();
      List<String> terms = new ArrayList<>(termCounts.keySet());
      terms.sort(Comparator.comparing(termCounts::get).reversed()); // stable: first seen wins a tie
      List<String> label = terms.stream().filter(common::contains).limit(LABEL_WORDS).toList();
      return (label.isEmpty() ? terms.subList(0, 1) : label).stream().map(this::mostWritten).toList();
    }

    private String mostWritten(String term) {
      String best = "";
      int most = 0;
      for (Map.Entry<String, Integer> word : wordCounts.get(term).entrySet()) {
        if (word.getValue() > most) {
          best = word.getKey();
          most = word.getValue();
        }
      }
      return best;
    }
  }
}
