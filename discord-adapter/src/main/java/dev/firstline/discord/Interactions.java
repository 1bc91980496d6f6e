package dev.firstline.discord;

import java.util.function.Consumer;
import java.util.function.Supplier;
import net.dv8tion.jda.api.interactions.Interaction;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord wants every interaction acknowledged within three seconds. The core may search, open a
 * ticket and post to a staff channel first, so the adapter acknowledges at once ("thinking...")
 * and then replaces that placeholder with the real answer; JDA sends the edit only after the
 * acknowledgement, in order.
 */
final class Interactions {

  private static final Logger log = LoggerFactory.getLogger(Interactions.class);

  private Interactions() {}

  static void deferred(IReplyCallback e, boolean ephemeral, Supplier<MessageCreateData> work) {
    e.deferReply(ephemeral).queue(null, failure(e));
    MessageCreateData answer;
    try {
      answer = work.get();
    } catch (RuntimeException ex) {
      log.error("interaction {} failed", e.getId(), ex);
      answer = Render.text(Render.SORRY);
    }
    e.getHook().editOriginal(Render.edit(answer)).queue(null, failure(e));
  }

  static Consumer<Throwable> failure(Interaction e) {
    return ex -> log.warn("could not answer interaction {} of {}: {}", e.getId(), e.getUser().getId(), ex.getMessage());
  }
}
