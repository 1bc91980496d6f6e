package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An escalation to a person: who asked and where, what was said and shown, which queue and line has
 * it, who owns it and where it stands. Immutable: each change makes a copy, and the store accepts
 * a copy only if nobody changed the ticket since it was read ({@link #version()}).
 *
 * @param topic the article id the problem is about, if one was found
 * @param transcript the conversation before the escalation, oldest first, secrets redacted
 * @param articlesShown ids of the articles the person already saw
 * @param staff where staff discuss it, once posted to the queue's channel
 * @param version how many times the ticket was changed; used to detect concurrent changes
 */
public record Ticket(
    TicketId id,
    UserRef requester,
    ConversationRef origin,
    String summary,
    Reason reason,
    @Nullable String topic,
    String queue,
    Tier tier,
    Priority priority,
    TicketStatus status,
    @Nullable UserRef assignee,
    @Nullable StaffThread staff,
    List<String> transcript,
    List<String> articlesShown,
    Instant openedAt,
    Instant updatedAt,
    @Nullable Instant resolvedAt,
    @Nullable String resolution,
    @Nullable Integer satisfaction,
    long version) {

  public Ticket {
    requireNonNull(id, "id");
    requireNonNull(requester, "requester");
    requireNonNull(origin, "origin");
    requireNonNull(summary, "summary");
    requireNonNull(reason, "reason");
    requireNonNull(queue, "queue");
    requireNonNull(tier, "tier");
    requireNonNull(priority, "priority");
    requireNonNull(status, "status");
    transcript = List.copyOf(transcript);
    articlesShown = List.copyOf(articlesShown);
    requireNonNull(openedAt, "openedAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /** A new ticket as the store first keeps it. */
  public static Ticket opened(TicketId id, NewTicket draft, Instant now) {
    return new Ticket(
        id, draft.requester(), draft.origin(), draft.summary(), draft.reason(), draft.topic(), draft.queue(), draft.tier(),
        draft.priority(), TicketStatus.OPEN, null, null, draft.transcript(), draft.articlesShown(), now, now, null, null, null, 0);
  }

  public Ticket claimedBy(UserRef engineer, Instant now) {
    return copy(TicketStatus.CLAIMED, engineer, queue, tier, staff, resolvedAt, resolution, satisfaction, now, version);
  }

  public Ticket unclaimed(Instant now) {
    return copy(TicketStatus.OPEN, null, queue, tier, staff, resolvedAt, resolution, satisfaction, now, version);
  }

  /** Moved to another queue (and line), unowned again. */
  public Ticket movedTo(String newQueue, Tier newTier, Instant now) {
    return copy(TicketStatus.OPEN, null, newQueue, newTier, staff, resolvedAt, resolution, satisfaction, now, version);
  }

  public Ticket withStatus(TicketStatus newStatus, Instant now) {
    return copy(newStatus, assignee, queue, tier, staff, resolvedAt, resolution, satisfaction, now, version);
  }

  public Ticket resolved(String note, Instant now) {
    return copy(TicketStatus.RESOLVED, assignee, queue, tier, staff, now, note, satisfaction, now, version);
  }

  public Ticket reopened(Instant now) {
    return copy(TicketStatus.REOPENED, assignee, queue, tier, staff, null, resolution, null, now, version);
  }

  public Ticket rated(int score, Instant now) {
    return copy(status, assignee, queue, tier, staff, resolvedAt, resolution, score, now, version);
  }

  public Ticket postedAt(StaffThread thread, Instant now) {
    return copy(status, assignee, queue, tier, thread, resolvedAt, resolution, satisfaction, now, version);
  }

  /** The same ticket as stored after one more change. */
  public Ticket nextVersion() {
    return copy(status, assignee, queue, tier, staff, resolvedAt, resolution, satisfaction, updatedAt, version + 1);
  }

  /** A copy with the fields that change over a ticket's life replaced; who, where and what stay. */
  private Ticket copy(
      TicketStatus newStatus,
      @Nullable UserRef newAssignee,
      String newQueue,
      Tier newTier,
      @Nullable StaffThread newStaff,
      @Nullable Instant newResolvedAt,
      @Nullable String newResolution,
      @Nullable Integer newSatisfaction,
      Instant newUpdatedAt,
      long newVersion) {
    return new Ticket(id, requester, origin, summary, reason, topic, newQueue, newTier, priority, newStatus, newAssignee, newStaff,
        transcript, articlesShown, openedAt, newUpdatedAt, newResolvedAt, newResolution, newSatisfaction, newVersion);
  }
}
