package dev.firstline.bench.load;

import java.util.List;

/** A simulated person: what they will write, in order, and whether their script ends in exactly one ticket. */
record Person(String id, boolean escalates, List<String> messages) {

  Person {
    messages = List.copyOf(messages);
  }
}
