package dev.firstline.bench.load;

import dev.firstline.core.model.Ticket;
import dev.firstline.core.model.TicketId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;

/**
 * The store read back after a run, against what should be in it: each escalating person exactly one
 * ticket, everybody else none, every ticket a person was told about stored, and each ticket claimed
 * by exactly one engineer. Any difference makes the run fail.
 *
 * @param lost escalating people without a ticket, and ticket ids people were told that are not stored
 * @param duplicated tickets beyond the first of one person
 * @param unexpected tickets of people whose script never escalates
 * @param claimProblems tickets claimed by no engineer or by more than one
 */
record TicketAudit(int expected, int stored, List<String> lost, List<String> duplicated, List<String> unexpected, List<String> claimProblems) {

  /**
   * @param escalating the ids of the people whose script ends in one ticket
   * @param told the ticket ids each person was told in a reply, by person id
   * @param stored every ticket of the simulated people in the store
   * @param claimsWon successful claims per ticket
   */
  static TicketAudit of(Set<String> escalating, Map<String, ? extends Collection<TicketId>> told, List<Ticket> stored, Map<TicketId, Integer> claimsWon) {
    Map<String, List<Ticket>> byPerson = new HashMap<>();
    Set<TicketId> storedIds = new java.util.HashSet<>();
    for (Ticket t : stored) {
      byPerson.computeIfAbsent(t.requester().id(), k -> new ArrayList<>()).add(t);
      storedIds.add(t.id());
    }
    Set<String> lost = new TreeSet<>();
    List<String> duplicated = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    List<String> claimProblems = new ArrayList<>();
    for (String person : escalating) {
      if (!byPerson.containsKey(person)) {
        lost.add(person + " has no ticket" + (told.containsKey(person) ? " (was told " + told.get(person) + ")" : ""));
      }
    }
    told.forEach((person, ids) -> {
      if (byPerson.containsKey(person)) {
        ids.stream().filter(id -> !storedIds.contains(id)).forEach(id -> lost.add(id + " (told to " + person + ") is not stored"));
      }
    });
    byPerson.forEach((person, tickets) -> {
      if (!escalating.contains(person)) {
        tickets.forEach(t -> unexpected.add(t.id() + " of " + person));
      } else {
        tickets.stream().skip(1).forEach(t -> duplicated.add(t.id() + " is a second ticket of " + person));
      }
    });
    for (Ticket t : stored) {
      int claims = claimsWon.getOrDefault(t.id(), 0);
      if (claims != 1) {
        claimProblems.add(t.id() + " claimed " + claims + " times");
      }
    }
    return new TicketAudit(escalating.size(), stored.size(), List.copyOf(lost), List.copyOf(duplicated), List.copyOf(unexpected), List.copyOf(claimProblems));
  }

  boolean ok() {
    return lost.isEmpty() && duplicated.isEmpty() && unexpected.isEmpty() && claimProblems.isEmpty();
  }

  /** The load driver's exit code: 0 when the store holds exactly what it should, 1 otherwise. */
  int exitCode() {
    return ok() ? 0 : 1;
  }

  String report() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "tickets: expected %d, stored %d, lost %d, duplicated %d, unexpected %d, claim problems %d%n",
        expected, stored, lost.size(), duplicated.size(), unexpected.size(), claimProblems.size()));
    for (List<String> problems : List.of(lost, duplicated, unexpected, claimProblems)) {
      problems.stream().limit(10).forEach(p -> out.append("  ").append(p).append('\n'));
    }
    out.append(ok() ? "OK: nothing lost or duplicated\n" : "FAILED: the store does not hold exactly one ticket per escalating person\n");
    return out.toString();
  }
}
