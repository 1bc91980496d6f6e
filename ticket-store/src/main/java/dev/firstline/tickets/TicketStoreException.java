package dev.firstline.tickets;

/** A storage failure, named by operation and ticket; the change it interrupted was rolled back. */
final class TicketStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  TicketStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
