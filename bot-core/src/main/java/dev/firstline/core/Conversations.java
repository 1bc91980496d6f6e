package dev.firstline.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.UserRef;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the bot remembers per person and thread: the last answer and the choices it offered, and
 * the transcript so an escalation carries the whole context. Forgotten after a quiet period.
 */
final class Conversations {

  /** How many transcript lines are kept; older ones are dropped first. */
  static final int TRANSCRIPT_LINES = 40;

  /** A person in a conversation; the same person after a change of display name. */
  record Key(UserRef user, ConversationRef conversation) {

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && user.sameAs(k.user) && conversation.equals(k.conversation);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(user.platform(), user.id(), conversation);
    }
  }

  /**
   * @param question the logged question the last answer or choice was for, until settled
   */
  record State(
      @Nullable Article lastAnswer,
      List<Article> options,
      List<String> transcript,
      List<String> articlesShown,
      @Nullable Question question) {

    static final State EMPTY = new State(null, List.of(), List.of(), List.of(), null);

    State say(String line) {
      List<String> lines = new ArrayList<>(transcript);
      lines.add(line);
      int drop = Math.max(0, lines.size() - TRANSCRIPT_LINES);
      return new State(lastAnswer, options, lines.subList(drop, lines.size()), articlesShown, question);
    }

    State showed(@Nullable Article answer, List<Article> offered) {
      List<String> shown =
          Stream.concat(articlesShown.stream(), Stream.concat(Stream.ofNullable(answer), offered.stream()).map(Article::id))
              .distinct()
              .toList();
      return new State(answer, List.copyOf(offered), transcript, shown, question);
    }

    State asked(@Nullable Question logged) {
      return new State(lastAnswer, options, transcript, articlesShown, logged);
    }

    State settled() {
      return new State(null, List.of(), transcript, articlesShown, null);
    }
  }

  private final Cache<Key, State> states;

  Conversations(Duration memory, Clock clock) {
    Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
    this.states = Caffeine.newBuilder().expireAfterAccess(memory).maximumSize(100_000).ticker(ticker).build();
  }

  State get(Key key) {
    State state = states.getIfPresent(key);
    return state == null ? State.EMPTY : state;
  }

  void put(Key key, State state) {
    states.put(key, state);
  }
}
