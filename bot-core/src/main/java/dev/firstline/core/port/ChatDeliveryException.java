package dev.firstline.core.port;

/** A chat platform could not deliver a message, after retrying. */
public final class ChatDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ChatDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public ChatDeliveryException(String message) {
    super(message);
  }
}
