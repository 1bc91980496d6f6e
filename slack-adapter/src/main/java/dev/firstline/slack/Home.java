package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.view.View;
import dev.firstline.core.desk.Deadlines;
import dev.firstline.core.desk.DeskResult;
import dev.firstline.core.desk.TicketDesk;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.ChatDeliveryException;
import dev.firstline.core.port.StaffDirectory;
import dev.firstline.core.port.TicketStore;
import dev.firstline.core.report.Reports;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The App Home tab, published ({@code views.publish}) each time a person opens it. A requester sees
 * their tickets, newest first, with where each stands. An engineer sees their line's queues with
 * their figures (open, unclaimed, SLA breaches today, median time to claim this week), the tickets they have and
 * the unclaimed tickets of their line, each with its claim and resolve deadlines counting down from
 * when the tab was drawn, and a Claim button (the staff summary's action id); pressing it acts
 * through the desk and draws the tab again with the outcome on top.
 */
final class Home {

  private static final Logger log = LoggerFactory.getLogger(Home.class);
  static final String CALLBACK = "fl.home";

  /** Slack allows 100 blocks in a Home tab; these caps keep well under it. */
  private static final int MINE = 15;
  private static final int WAITING = 30;
  private static final int REQUESTS = 25;
  private static final int OWN_REQUESTS = 5;
  private static final int SUMMARY = 200;
  private static final DateTimeFormatter FALLBACK_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final TicketDesk desk;
  private final TicketStore tickets;
  private final StaffDirectory staff;
  private final SlackPeople people;
  private final MethodsClient methods;
  private final WebApi api;
  private final InOrder work;
  private final Reports reports;

  Home(TicketDesk desk, TicketStore tickets, StaffDirectory staff, SlackPeople people, MethodsClient methods, WebApi api, InOrder work,
      Reports reports) {
    this.desk = requireNonNull(desk, "desk");
    this.tickets = requireNonNull(tickets, "tickets");
    this.staff = requireNonNull(staff, "staff");
    this.people = people;
    this.methods = methods;
    this.api = api;
    this.work = work;
    this.reports = requireNonNull(reports, "reports");
  }

  /** The person opened the Home tab: draw it afresh. */
  void opened(String userId) {
    work.run(key(userId), "App Home for " + userId, () -> publish(userId, null));
  }

  /** A button in the Home tab ({@code claim:HD-1}): acted on by the desk, then the tab is drawn again. */
  void button(String userId, String actionId) {
    work.run(key(userId), actionId + " from App Home by " + userId, () -> {
      DeskResult result = desk.act(people.user(userId), actionId, "");
      publish(userId, (result.done() ? "✅ " : "⚠️ ") + result.message());
    });
  }

  private static String key(String userId) {
    return "home/" + userId;
  }

  private void publish(String userId, @Nullable String notice) {
    View view = View.builder().type("home").callbackId(CALLBACK).blocks(blocks(people.user(userId), notice)).build();
    try {
      api.call("views.publish for " + userId, () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    } catch (ChatDeliveryException e) {
      log.warn("could not publish the App Home of {}: {}", userId, e.getMessage());
    }
  }

  /** What the tab shows this person; package-private for tests. */
  List<LayoutBlock> blocks(UserRef person, @Nullable String notice) {
    List<LayoutBlock> blocks = new ArrayList<>();
    if (notice != null) {
      blocks.add(BlockKit.section(SlackText.mrkdwn(notice)));
    }
    Set<Role> roles = staff.rolesOf(person);
    if (roles.contains(Role.SECOND_LINE) || roles.contains(Role.THIRD_LINE)) {
      engineer(person, roles, blocks);
    } else {
      requester(person, blocks);
    }
    return blocks;
  }

  private void requester(UserRef person, List<LayoutBlock> blocks) {
    List<Ticket> mine = tickets.openedBy(person);
    blocks.add(BlockKit.header("Your IT tickets"));
    if (mine.isEmpty()) {
      blocks.add(BlockKit.section(SlackText.mrkdwn("You have no tickets. Nothing is waiting on you.")));
      blocks.add(BlockKit.context(SlackText.mrkdwn("Ask me an IT question in the *Messages* tab, mention me in a channel, or type "
          + "`/helpdesk my VPN keeps dropping`. If I cannot fix it, I open a ticket and it shows up here.")));
      return;
    }
    for (Ticket t : mine.subList(0, Math.min(mine.size(), REQUESTS))) {
      blocks.add(BlockKit.section(request(t)));
    }
    more(blocks, mine.size() - REQUESTS, "older tickets are not shown.");
    blocks.add(BlockKit.context(SlackText.mrkdwn("`/helpdesk status` lists your open tickets anywhere in Slack.")));
  }

  /** A ticket with its deadlines as the desk worked them out. */
  private record Row(Ticket ticket, Deadlines due) {}

  private void engineer(UserRef person, Set<Role> roles, List<LayoutBlock> blocks) {
    List<Ticket> active = tickets.notClosed().stream().filter(t -> t.status().isActive()).toList();
    List<Row> mine = active.stream().filter(t -> person.sameAs(t.assignee())).map(t -> new Row(t, desk.deadlines(t)))
        .sorted(Comparator.comparing((Row r) -> r.due().resolveBy(), Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    List<Row> waiting = active.stream().filter(t -> t.assignee() == null && desk.mayWorkOn(person, t)).map(t -> new Row(t, desk.deadlines(t)))
        .sorted(Comparator.comparing((Row r) -> r.due().claimBy(), Comparator.nullsLast(Comparator.naturalOrder()))).toList();

    blocks.add(BlockKit.header("IT queue: " + lines(roles)));
    Stream.concat(mine.stream(), waiting.stream()).findFirst().ifPresent(r ->
        blocks.add(BlockKit.context(date("As of", r.due().asOf()) + SlackText.escape(": times count from then; open this tab again to refresh."))));

    String queues = QueueLines.of(reports.queuesOf(person));
    if (!queues.isEmpty()) {
      blocks.add(BlockKit.section(SlackText.mrkdwn("**Your queues**\n" + queues)));
    }

    blocks.add(BlockKit.section(SlackText.mrkdwn("**Yours** (" + mine.size() + ")")));
    if (mine.isEmpty()) {
      blocks.add(BlockKit.context(SlackText.mrkdwn("Nothing assigned to you.")));
    }
    for (Row r : mine.subList(0, Math.min(mine.size(), MINE))) {
      blocks.add(BlockKit.section(ticket(r)));
    }
    more(blocks, mine.size() - MINE, "more of yours are not shown.");

    blocks.add(DividerBlock.builder().build());
    blocks.add(BlockKit.section(SlackText.mrkdwn("**Waiting to be claimed** (" + waiting.size() + "), most urgent first")));
    if (waiting.isEmpty()) {
      blocks.add(BlockKit.context(SlackText.mrkdwn("Nothing is waiting for your line.")));
    }
    for (Row r : waiting.subList(0, Math.min(waiting.size(), WAITING))) {
      String claim = "claim:" + r.ticket().id().value();
      blocks.add(SectionBlock.builder()
          .text(MarkdownTextObject.builder().text(ticket(r)).verbatim(true).build())
          .accessory(BlockKit.button(BlockKit.DESK + claim, "Claim", claim, "primary"))
          .build());
    }
    more(blocks, waiting.size() - WAITING, "more are waiting; see the queue channels.");

    List<Ticket> asked = tickets.openedBy(person).stream().filter(t -> t.status().isActive()).toList();
    if (!asked.isEmpty()) {
      blocks.add(DividerBlock.builder().build());
      blocks.add(BlockKit.section(SlackText.mrkdwn("**Your own requests** (" + asked.size() + ")")));
      for (Ticket t : asked.subList(0, Math.min(asked.size(), OWN_REQUESTS))) {
        blocks.add(BlockKit.section(request(t)));
      }
      more(blocks, asked.size() - OWN_REQUESTS, "more of your own requests are not shown.");
    }
  }

  /** One ticket for its requester: id, status, queue, summary and when it was opened. */
  private static String request(Ticket t) {
    return SlackText.mrkdwn("**" + t.id() + "** · " + Requesters.statusOf(t) + " · " + t.queue() + "\n" + SlackText.cut(t.summary(), SUMMARY))
        + "\n" + date("Opened", t.openedAt());
  }

  /** One ticket for staff: id, queue, line, priority, status, requester and summary, then its deadlines. */
  private static String ticket(Row r) {
    Ticket t = r.ticket();
    Deadlines d = r.due();
    String head = SlackText.mrkdwn("**" + t.id() + "** · " + t.queue() + " · " + (t.tier() == Tier.SECOND ? "2nd" : "3rd") + " line · "
        + t.priority().name().toLowerCase(Locale.ROOT) + " · " + status(t) + "\nFrom " + t.requester().displayName() + ": "
        + SlackText.cut(t.summary(), SUMMARY));
    List<String> due = new ArrayList<>();
    d.claimLeft().ifPresent(left -> due.add(deadline("Claim", left, d.claimBy())));
    d.resolveLeft().ifPresent(left -> due.add(deadline("Resolve", left, d.resolveBy())));
    return due.isEmpty() ? head : head + "\n" + String.join(" · ", due);
  }

  private static String status(Ticket t) {
    return switch (t.status()) {
      case OPEN -> "unclaimed";
      case CLAIMED -> "claimed";
      case WAITING_ON_REQUESTER -> "waiting on the requester";
      case REOPENED -> "reopened";
      case RESOLVED -> "resolved";
      case CLOSED -> "closed";
    };
  }

  /** "⏰ Claim in 25 min (by 11:00)", "🚨 Resolve overdue by 1 h (by …)". */
  private static String deadline(String what, Duration left, @Nullable Instant by) {
    boolean overdue = left.isNegative() && left.abs().toMinutes() >= 1;
    String label = (overdue ? "🚨 *" : "⏰ ") + what + " " + relative(left) + (overdue ? "*" : "");
    return by == null ? label : label + " (" + date("by", by) + ")";
  }

  /** A countdown: "in 25 min", "in 3 h 10 min", "in 2 d 4 h", "now", "overdue by 1 h". */
  static String relative(Duration left) {
    long minutes = Math.abs(left.toMinutes());
    if (minutes < 1) {
      return "now";
    }
    String span;
    if (minutes < 60) {
      span = minutes + " min";
    } else if (minutes < 10 * 60) {
      span = minutes / 60 + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
    } else if (minutes < 48 * 60) {
      span = minutes / 60 + " h";
    } else {
      long hours = minutes / 60;
      span = hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }
    return left.isNegative() ? "overdue by " + span : "in " + span;
  }

  /**
   * A time that Slack shows in the reader's own time zone ({@code <!date^…>}), with a UTC fallback;
   * built from numbers only, so it needs no escaping.
   */
  private static String date(String prefix, Instant at) {
    return "<!date^" + at.getEpochSecond() + "^" + prefix + " {date_short_pretty} at {time}|" + prefix + " " + FALLBACK_TIME.format(at) + ">";
  }

  private static String lines(Set<Role> roles) {
    List<String> lines = new ArrayList<>();
    if (roles.contains(Role.SECOND_LINE)) {
      lines.add("2nd line");
    }
    if (roles.contains(Role.THIRD_LINE)) {
      lines.add("3rd line");
    }
    return String.join(" and ", lines);
  }

  private static void more(List<LayoutBlock> blocks, int hidden, String what) {
    if (hidden > 0) {
      blocks.add(BlockKit.context(SlackText.escape(hidden + " " + what)));
    }
  }
}
