package dev.firstline.core.desk;

import dev.firstline.core.model.Action;
import dev.firstline.core.model.OutgoingMessage;
import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.Tier;
import dev.firstline.core.model.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The desk's messages to staff and requesters, in one place. */
final class DeskWording {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final int TRANSCRIPT_LINES = 12;

  private final ZoneId zone;

  DeskWording(ZoneId zone) {
    this.zone = zone;
  }

  /** The summary staff see in the queue's channel, with the actions that fit the ticket's state. */
  OutgoingMessage summary(Ticket t, Instant claimBy, Instant resolveBy) {
    StringBuilder text = new StringBuilder();
    text.append("**").append(t.id()).append("** · ").append(t.queue()).append(" · ").append(t.tier() == Tier.SECOND ? "2nd" : "3rd")
        .append(" line · ").append(t.priority()).append(" · ").append(status(t)).append('\n');
    text.append("From **").append(t.requester().displayName()).append("**: ").append(t.summary()).append('\n');
    text.append("Why escalated: ").append(t.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (!t.articlesShown().isEmpty()) {
      text.append(" · Articles already shown: ").append(String.join(", ", t.articlesShown()));
    }
    text.append('\n');
    List<String> lines = t.transcript();
    lines.subList(Math.max(0, lines.size() - TRANSCRIPT_LINES), lines.size()).forEach(l -> text.append("> ").append(Mentions.defuse(l)).append('\n'));
    if (t.status().isActive()) {
      if (t.assignee() == null) {
        text.append("Claim by ").append(when(claimBy)).append(" · ");
      }
      text.append("Resolve by ").append(when(resolveBy));
    } else if (t.resolution() != null) {
      text.append("Resolution: ").append(Mentions.defuse(t.resolution()));
    }
    return new OutgoingMessage(text.toString().strip(), actions(t));
  }

  private static List<Action> actions(Ticket t) {
    String id = t.id().value();
    List<Action> actions = new ArrayList<>();
    if (!t.status().isActive()) {
      return actions;
    }
    actions.add(t.assignee() == null ? new Action("claim:" + id, "Claim") : new Action("unclaim:" + id, "Unclaim"));
    actions.add(new Action("transfer:" + id, "Transfer"));
    if (t.tier() == Tier.SECOND) {
      actions.add(new Action("third-line:" + id, "Escalate to 3rd line"));
    }
    actions.add(new Action("ask:" + id, "Ask requester"));
    actions.add(new Action("resolve:" + id, "Resolve"));
    return actions;
  }

  private static String status(Ticket t) {
    return switch (t.status()) {
      case CLAIMED -> "claimed by " + t.assignee().displayName();
      case WAITING_ON_REQUESTER -> "waiting on requester";
      default -> t.status().name().toLowerCase(Locale.ROOT);
    };
  }

  String when(Instant at) {
    return WHEN.format(at.atZone(zone));
  }

  static String fromStaff(UserRef engineer, Ticket t, String text) {
    return "**" + engineer.displayName() + "** (IT, " + t.id() + "): " + Mentions.defuse(text);
  }

  static String fromRequester(UserRef requester, String text) {
    return "**" + requester.displayName() + "** (requester): " + Mentions.defuse(text);
  }

  static OutgoingMessage resolvedForRequester(Ticket t, UserRef engineer, String note, String reopenWithin) {
    String text = "**" + t.id() + " is resolved** by " + engineer.displayName() + ":\n" + Mentions.defuse(note)
        + "\n\nHow did we do? If it is not fixed, just reply here within " + reopenWithin + " and the ticket reopens.";
    List<Action> rating = new ArrayList<>();
    for (int score = 1; score <= 5; score++) {
      rating.add(new Action("rate:" + t.id() + ":" + score, score + (score == 1 ? " (poor)" : score == 5 ? " (great)" : "")));
    }
    return new OutgoingMessage(text, rating);
  }
}
