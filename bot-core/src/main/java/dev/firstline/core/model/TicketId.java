package dev.firstline.core.model;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/** A short, readable ticket number such as {@code HD-42}. */
public record TicketId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,10}-[1-9][0-9]*");

  public TicketId {
    requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("ticket id must look like HD-42 but was '" + value + "'");
    }
  }

  public static TicketId of(String prefix, long number) {
    return new TicketId(prefix + "-" + number);
  }

  @Override
  public String toString() {
    return value;
  }
}
