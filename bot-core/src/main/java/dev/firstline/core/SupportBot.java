package dev.firstline.core;

import static java.util.Objects.requireNonNull;

import dev.firstline.core.Conversations.Key;
import dev.firstline.core.Conversations.State;
import dev.firstline.core.Decider.Outcome;
import dev.firstline.core.model.Article;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Decision;
import dev.firstline.core.model.Feedback;
import dev.firstline.core.model.FollowUp;
import dev.firstline.core.model.IncomingMessage;
import dev.firstline.core.model.Question;
import dev.firstline.core.model.Reason;
import dev.firstline.core.model.Reply;
import dev.firstline.core.model.SearchHit;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.BotMonitor;
import dev.firstline.core.port.KnowledgeBase;
import dev.firstline.core.port.QuestionLog;
import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.Escalation;
import dev.firstline.core.desk.TicketDesk;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first-line support bot: what an adapter calls when a person writes or clicks. Each call
 * returns the reply to show; escalations go to the {@link TicketDesk}, and while a person has a
 * ticket open, what they write is relayed to it. Thread-safe.
 */
public final class SupportBot {

  /** Longer messages are cut to this many characters before they are searched or stored. */
  public static final int MAX_MESSAGE_CHARS = 4_000;

  private static final Logger log = LoggerFactory.getLogger(SupportBot.class);
  private static final int SEARCH_DEPTH = 5;

  private final KnowledgeBase knowledgeBase;
  private final TicketDesk desk;
  private final Clock clock;
  private final Decider decider;
  private final Conversations conversations;
  private final BotMonitor monitor;
  private final QuestionLog questions;

  public SupportBot(KnowledgeBase knowledgeBase, TicketDesk desk, Clock clock, DecisionPolicy policy) {
    this(knowledgeBase, desk, clock, policy, Duration.ofHours(8));
  }

  public SupportBot(KnowledgeBase knowledgeBase, TicketDesk desk, Clock clock, DecisionPolicy policy, Duration memory) {
    this(knowledgeBase, desk, clock, policy, memory, BotMonitor.NONE);
  }

  /** A bot that tells {@code monitor} each decision and search, for metrics. */
  public SupportBot(KnowledgeBase knowledgeBase, TicketDesk desk, Clock clock, DecisionPolicy policy, Duration memory, BotMonitor monitor) {
    this(knowledgeBase, desk, clock, policy, memory, monitor, QuestionLog.NONE);
  }

  /** A bot that also keeps each question and its follow-up in {@code questions}, for reports. */
  public SupportBot(
      KnowledgeBase knowledgeBase, TicketDesk desk, Clock clock, DecisionPolicy policy, Duration memory, BotMonitor monitor, QuestionLog questions) {
    this.monitor = requireNonNull(monitor, "monitor");
    this.questions = requireNonNull(questions, "questions");
    this.knowledgeBase = requireNonNull(knowledgeBase, "knowledgeBase");
    this.desk = requireNonNull(desk, "desk");
    this.clock = requireNonNull(clock, "clock");
    this.decider = new Decider(requireNonNull(policy, "policy"));
    this.conversations = new Conversations(memory, clock);
  }

  /** Reads one message and decides: answer, ask which topic, escalate, or decline. */
  public Reply handle(IncomingMessage message) {
    long started = System.nanoTime();
    return observed(handleMessage(message), started);
  }

  private Reply handleMessage(IncomingMessage message) {
    Key key = new Key(message.user(), message.conversation());
    String raw = message.text().length() > MAX_MESSAGE_CHARS ? message.text().substring(0, MAX_MESSAGE_CHARS) : message.text();
    Redactor.Redacted redacted = Redactor.redact(raw);
    String text = redacted.text().strip();
    String normalized = MessageSignals.normalize(text);
    if (normalized.isEmpty()) {
      return decline(key, conversations.get(key), Reason.EMPTY);
    }
    boolean mayReopen = !(MessageSignals.thanksOnly(normalized) || MessageSignals.saysFixed(normalized));
    Optional<DeskResult> relayed = desk.requesterWrote(message.user(), message.conversation(), text, mayReopen);
    if (relayed.isPresent()) {
      return relayReply(relayed.get(), redacted.hadSecret());
    }
    State state = conversations.get(key).say(message.user().displayName() + ": " + text);
    Reply reply = reply(key, state, text, normalized);
    log.debug("{} {} for {}", reply.decision(), reply.reason(), key.user().id());
    return redacted.hadSecret() ? withWarning(reply) : reply;
  }

  /** A click on "that fixed it", "still not working" or "talk to a person". */
  public Reply feedback(UserRef user, ConversationRef conversation, Feedback feedback) {
    long started = System.nanoTime();
    return observed(feedbackReply(user, conversation, feedback), started);
  }

  private Reply feedbackReply(UserRef user, ConversationRef conversation, Feedback feedback) {
    Key key = new Key(user, conversation);
    Optional<DeskResult> relayed = feedback == Feedback.FIXED ? Optional.empty() : desk.requesterWrote(user, conversation, "[" + feedback + "]", true);
    if (relayed.isPresent()) {
      return relayReply(relayed.get(), false); // already with a person: no second ticket
    }
    State state = conversations.get(key).say(user.displayName() + ": [" + feedback + "]");
    return switch (feedback) {
      case FIXED -> followedUp(state, FollowUp.FIXED, decline(key, state.settled(), Reason.FIXED));
      case NOT_FIXED -> followedUp(state, FollowUp.NOT_FIXED, escalate(key, state, Reason.NOT_FIXED, state.lastAnswer(), null));
      case TALK_TO_PERSON -> followedUp(state, FollowUp.ESCALATED, escalate(key, state, Reason.ASKED_FOR_PERSON, state.lastAnswer(), null));
    };
  }

  /** A click on one of the offered articles. Unknown ids get the question asked again. */
  public Reply choose(UserRef user, ConversationRef conversation, String articleId) {
    long started = System.nanoTime();
    return observed(chosen(user, conversation, articleId), started);
  }

  private Reply chosen(UserRef user, ConversationRef conversation, String articleId) {
    Key key = new Key(user, conversation);
    State state = conversations.get(key);
    Optional<Article> chosen = knowledgeBase.article(articleId);
    if (chosen.isEmpty()) {
      return decline(key, state, Reason.EMPTY);
    }
    State choosing = state.say(user.displayName() + ": [chose " + articleId + "]");
    return loggedChoice(key, choosing, answer(key, choosing, chosen.get(), List.of(), Reason.CHOSEN_FROM_OPTIONS));
  }

  private Reply reply(Key key, State state, String text, String normalized) {
    Optional<Article> choice = chosenOption(state, normalized);
    if (choice.isPresent()) {
      return loggedChoice(key, state, answer(key, state, choice.get(), List.of(), Reason.CHOSEN_FROM_OPTIONS));
    }
    if (state.lastAnswer() != null) {
      if (MessageSignals.asksForPerson(normalized)) {
        return followedUp(state, FollowUp.ESCALATED, escalate(key, state, Reason.ASKED_FOR_PERSON, state.lastAnswer(), null));
      }
      if (MessageSignals.saysNotFixed(normalized) && normalized.length() < 80) {
        return followedUp(state, FollowUp.NOT_FIXED, escalate(key, state, Reason.NOT_FIXED, state.lastAnswer(), null));
      }
      if (MessageSignals.saysFixed(normalized) && normalized.length() < 80) {
        return followedUp(state, FollowUp.FIXED, decline(key, state.settled(), Reason.FIXED));
      }
    }
    if (state.lastAnswer() == null && !state.options().isEmpty() && normalized.length() < 80
        && (MessageSignals.saysNotFixed(normalized) || MessageSignals.rejectsOptions(normalized))) {
      // "none of these" or "still broken" to a choice of topics: the person needs more than the articles offered
      return followedUp(state, FollowUp.ESCALATED, escalate(key, state, Reason.LOW_CONFIDENCE, null, null));
    }
    if (MessageSignals.greetingOnly(normalized)) {
      return decline(key, state, Reason.GREETING);
    }
    if (MessageSignals.thanksOnly(normalized)) {
      return decline(key, state.settled(), Reason.THANKS);
    }
    long searchStarted = System.nanoTime();
    List<SearchHit> hits = knowledgeBase.search(text, SEARCH_DEPTH);
    Duration searchTook = Duration.ofNanos(System.nanoTime() - searchStarted);
    bestEffort("the bot monitor", () -> monitor.searched(searchTook, hits.size()));
    Outcome outcome = decider.decide(normalized, hits);
    return logged(key, text, withConfidence(outcomeReply(key, state, outcome), outcome.confidence()));
  }

  /** Keeps a newly decided question; an answer or a choice offered remembers it for the follow-up. */
  private Reply logged(Key key, String text, Reply reply) {
    Question question =
        new Question(
            0, clock.instant(), key.user(), text, reply.decision(), reply.reason(), reply.articleShown().map(Article::id).orElse(null),
            reply.options().stream().map(Article::id).toList(), reply.confidence(),
            reply.ticket() == null ? FollowUp.NO_REPLY : FollowUp.ESCALATED, reply.ticket() == null ? null : reply.ticket().id());
    Optional<Question> kept = keep(question);
    if (kept.isPresent() && (reply.decision() == Decision.ANSWER || reply.decision() == Decision.CLARIFY)) {
      remember(key, conversations.get(key).asked(kept.get()));
    }
    return reply;
  }

  /** Keeps the answer to a choice among offered articles as a question of its own, asked in the words of the first. */
  private Reply loggedChoice(Key key, State before, Reply answered) {
    String text = before.question() == null ? "[chose " + requireNonNull(answered.article()).id() + "]" : before.question().text();
    return logged(key, text, answered);
  }

  /** Records what the person said about the question their last answer was for. */
  private Reply followedUp(State state, FollowUp followUp, Reply reply) {
    Question question = state.question();
    if (question != null) {
      bestEffort("the question log", () -> questions.followUp(question.id(), followUp, reply.ticket() == null ? null : reply.ticket().id()));
    }
    return reply;
  }

  private Optional<Question> keep(Question question) {
    AtomicReference<Question> kept = new AtomicReference<>();
    bestEffort("the question log", () -> kept.set(questions.record(question)));
    return Optional.ofNullable(kept.get());
  }

  private Reply outcomeReply(Key key, State state, Outcome outcome) {
    return switch (outcome.decision()) {
      case ANSWER -> answer(key, state, requireNonNull(outcome.article()), outcome.options(), outcome.reason());
      case CLARIFY -> clarify(key, state, outcome.options());
      case ESCALATE ->
          escalate(key, state, outcome.reason(), outcome.article(), outcome.reason() == Reason.ARTICLE_REQUIRES_ESCALATION ? outcome.article() : null);
      case DECLINE -> outcome.article() == null ? decline(key, state, outcome.reason()) : redirect(key, state, outcome.article());
    };
  }

  private static Optional<Article> chosenOption(State state, String normalized) {
    if (state.options().isEmpty() || !normalized.matches("#?[1-9]\\.?")) {
      return Optional.empty();
    }
    int index = Integer.parseInt(normalized.replaceAll("\\D", "")) - 1;
    return index < state.options().size() ? Optional.of(state.options().get(index)) : Optional.empty();
  }

  private Reply answer(Key key, State state, Article article, List<Article> alternatives, Reason reason) {
    remember(key, state.showed(article, alternatives).say("bot: answered " + article.id()));
    return new Reply(Decision.ANSWER, reason, Wording.answer(article, alternatives), article, alternatives, null, true, 0.0);
  }

  private Reply clarify(Key key, State state, List<Article> options) {
    State asked = state.showed(null, options).say("bot: offered " + options.stream().map(Article::id).toList());
    remember(key, asked);
    return new Reply(Decision.CLARIFY, Reason.CLOSE_TOPICS, Wording.clarify(options), null, options, null, false, 0.0);
  }

  /**
   * Opens a ticket. {@code about} routes it to that article's queue; {@code shown} is an article
   * to show as well (for topics that are answered and escalated).
   */
  private Reply escalate(Key key, State state, Reason reason, @Nullable Article about, @Nullable Article shown) {
    State withShown = shown == null ? state : state.showed(shown, List.of());
    String said = key.user().displayName() + ": ";
    String summary = withShown.transcript().stream().filter(l -> l.startsWith(said)).map(l -> l.substring(said.length())).findFirst().orElse("(no message)");
    Ticket ticket =
        desk.open(
            new Escalation(
                key.user(),
                key.conversation(),
                summary.length() > 200 ? summary.substring(0, 200) + "…" : summary,
                reason,
                about == null ? null : about.id(),
                routingQueue(reason, about),
                withShown.transcript(),
                withShown.articlesShown()));
    remember(key, withShown.settled().say("bot: escalated as " + ticket.id()));
    return new Reply(Decision.ESCALATE, reason, Wording.escalated(ticket, reason, shown), shown, List.of(), ticket, false, 0.0);
  }

  /** Declines a non-IT question with the article that says where to go instead. */
  private Reply redirect(Key key, State state, Article elsewhere) {
    remember(key, state.say("bot: redirected to " + elsewhere.id()));
    return new Reply(Decision.DECLINE, Reason.NOT_IT, Wording.redirected(elsewhere), elsewhere, List.of(), null, false, 0.0);
  }

  private Reply decline(Key key, State state, Reason reason) {
    remember(key, state);
    return new Reply(Decision.DECLINE, reason, Wording.declined(reason), null, List.of(), null, false, 0.0);
  }

  /** The queue suggested by why the bot escalated; the desk's routes and default apply otherwise. */
  private static @Nullable String routingQueue(Reason reason, @Nullable Article about) {
    return switch (reason) {
      case ACCOUNT_COMPROMISE, DATA_LEAK -> "security";
      case BROKEN_HARDWARE -> "endpoint";
      default -> about == null ? null : about.queue();
    };
  }

  private static Reply relayReply(DeskResult relayed, boolean hadSecret) {
    String text = (hadSecret ? Wording.SECRET_WARNING + "\n\n" : "") + relayed.message();
    return new Reply(Decision.ESCALATE, Reason.RELAYED_TO_TICKET, text, null, List.of(), relayed.ticket(), false, 0.0);
  }

  private Reply observed(Reply reply, long started) {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    bestEffort("the bot monitor", () -> monitor.decided(reply, took));
    return reply;
  }

  /** A failing monitor or question log costs a log line, never a reply. */
  private static void bestEffort(String part, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("{} failed; the reply goes out anyway", part, e);
    }
  }

  private void remember(Key key, State state) {
    conversations.put(key, state);
  }

  private static Reply withWarning(Reply r) {
    String text = Wording.SECRET_WARNING + "\n\n" + r.text();
    return new Reply(r.decision(), r.reason(), text, r.article(), r.options(), r.ticket(), r.askFeedback(), r.confidence());
  }

  private static Reply withConfidence(Reply r, double confidence) {
    return new Reply(r.decision(), r.reason(), r.text(), r.article(), r.options(), r.ticket(), r.askFeedback(), confidence);
  }
}
