package dev.firstline.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.view.ViewState;
import dev.firstline.core.model.ConversationRef;
import dev.firstline.core.model.Feedback;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's listeners: each one only reads the request, hands the work to {@link Requesters} or
 * {@link Staff} (which run it after the acknowledgement) and acknowledges at once. Events seen
 * before (Slack's retries) are acknowledged and dropped.
 */
final class Routes {

  private static final Logger log = LoggerFactory.getLogger(Routes.class);
  static final String COMMAND = "/helpdesk";

  private final Requesters requesters;
  private final Staff staff;
  private final Home home;
  private final @Nullable Curators curators;
  private final SeenEvents seen;
  private final InOrder work;
  private final @Nullable String botUserId;

  /** Without {@code curators}, {@code /helpdesk kb ...} is a question like any other. */
  Routes(Requesters requesters, Staff staff, Home home, @Nullable Curators curators, SeenEvents seen, InOrder work, @Nullable String botUserId) {
    this.requesters = requesters;
    this.staff = staff;
    this.home = home;
    this.curators = curators;
    this.seen = seen;
    this.work = work;
    this.botUserId = botUserId;
  }

  void register(App app) {
    app.event(MessageEvent.class, (payload, ctx) -> {
      message(payload.getEvent(), payload.getEventId(), ctx);
      return ctx.ack();
    });
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      mention(payload.getEvent(), payload.getEventId(), ctx);
      return ctx.ack();
    });
    app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
      AppHomeOpenedEvent e = payload.getEvent();
      if ("home".equals(e.getTab()) && e.getUser() != null) {
        home.opened(e.getUser());
      }
      return ctx.ack();
    });
    app.command(COMMAND, (req, ctx) -> {
      String text = nonNull(req.getPayload().getText());
      Consumer<BlockKit.Rendered> respond = rendered -> {
        try {
          ctx.respond(SlashCommandResponse.builder().responseType("ephemeral").text(rendered.text()).blocks(rendered.blocks()).build());
        } catch (IOException e) {
          log.warn("could not answer {} through its response_url: {}", COMMAND, e.getMessage());
        }
      };
      if (Curators.isFor(curators, text)) {
        curators.command(req.getPayload().getUserId(), text, req.getPayload().getTriggerId(), respond);
      } else {
        requesters.command(req.getPayload().getUserId(), text, markdown -> respond.accept(BlockKit.text(markdown)));
      }
      return ctx.ack();
    });
    app.blockAction(prefix(BlockKit.FEEDBACK), (req, ctx) -> {
      BlockActionPayload p = req.getPayload();
      BlockActionPayload.Action action = p.getActions().get(0);
      Feedback feedback = Feedback.valueOf(action.getActionId().substring(BlockKit.FEEDBACK.length()));
      requesters.feedback(p.getUser().getId(), action.getValue(), where(p), feedback);
      return ctx.ack();
    });
    app.blockAction(prefix(BlockKit.CHOOSE), (req, ctx) -> {
      BlockActionPayload p = req.getPayload();
      String[] value = p.getActions().get(0).getValue().split(" ", 2);
      requesters.choose(p.getUser().getId(), value[0], where(p), value.length > 1 ? value[1] : "");
      return ctx.ack();
    });
    app.blockAction(prefix(BlockKit.FULL_ARTICLE), (req, ctx) -> {
      BlockActionPayload p = req.getPayload();
      requesters.fullArticle(p.getUser().getId(), where(p), p.getActions().get(0).getValue());
      return ctx.ack();
    });
    app.blockAction(prefix(BlockKit.DESK), (req, ctx) -> {
      BlockActionPayload p = req.getPayload();
      if (p.getView() != null && "home".equals(p.getView().getType())) {
        home.button(p.getUser().getId(), p.getActions().get(0).getValue());
      } else {
        staff.button(p.getUser().getId(), p.getActions().get(0).getValue(), where(p), p.getTriggerId());
      }
      return ctx.ack();
    });
    app.viewSubmission(Staff.MODAL, (req, ctx) -> {
      Map<String, Map<String, ViewState.Value>> values = req.getPayload().getView().getState().getValues();
      ViewState.Value value = values.getOrDefault(Staff.INPUT_BLOCK, Map.of()).get(Staff.INPUT_ACTION);
      staff.submitted(req.getPayload().getUser().getId(), req.getPayload().getView().getPrivateMetadata(), value == null ? "" : nonNull(value.getValue()));
      return ctx.ack();
    });
    if (curators != null) {
      Curators editors = curators;
      app.viewSubmission(EditorModal.CALLBACK, (req, ctx) -> ctx.ack(editors.submitted(
          req.getPayload().getUser().getId(), req.getPayload().getView().getPrivateMetadata(), req.getPayload().getView().getState().getValues())));
    }
  }

  private void message(MessageEvent e, String eventId, EventContext ctx) {
    String bot = bot(ctx);
    if (e.getUser() == null || e.getBotId() != null || e.getUser().equals(bot)) {
      return;
    }
    String text = nonNull(e.getText());
    boolean direct = "im".equals(e.getChannelType());
    boolean mentionsBot = bot != null && text.contains("<@" + bot);
    if (!direct && (mentionsBot || e.getThreadTs() == null)) {
      return; // a mention comes again as app_mention; other channel talk is not for the bot
    }
    if (!firstDelivery(eventId, e.getClientMsgId(), ctx)) {
      return;
    }
    if (direct) {
      requesters.direct(e.getUser(), e.getChannel(), withoutBot(text, bot));
    } else {
      inThread(e.getUser(), e.getChannel(), e.getThreadTs(), e.getTs(), withoutBot(text, bot), false);
    }
  }

  private void mention(AppMentionEvent e, String eventId, EventContext ctx) {
    if (e.getUser() == null || e.getBotId() != null || !firstDelivery(eventId, e.getClientMsgId(), ctx)) {
      return;
    }
    String text = withoutBot(nonNull(e.getText()), bot(ctx));
    if (e.getThreadTs() != null) {
      inThread(e.getUser(), e.getChannel(), e.getThreadTs(), e.getTs(), text, true);
    } else {
      requesters.mentioned(e.getUser(), e.getChannel(), e.getTs(), text);
    }
  }

  /** A thread message: a staff thread's first, else perhaps a requester's. */
  private void inThread(String userId, String channelId, String threadTs, String ts, String text, boolean mentioned) {
    ConversationRef thread = new ConversationRef(SlackChatPlatform.PLATFORM, channelId, threadTs);
    work.run(Requesters.key(thread), "thread message from " + userId, () -> {
      if (!staff.wrote(userId, thread, ts, text)) {
        requesters.inThread(userId, thread, text, mentioned);
      }
    });
  }

  private boolean firstDelivery(String eventId, @Nullable String clientMsgId, EventContext ctx) {
    boolean first = seen.first(eventId == null ? null : "event:" + eventId, clientMsgId == null ? null : "message:" + clientMsgId);
    if (!first) {
      log.info("dropped a repeated delivery of event {} (retry {}, reason {})", eventId, ctx.getRetryNum(), ctx.getRetryReason());
    }
    return first;
  }

  private @Nullable String bot(EventContext ctx) {
    return botUserId != null ? botUserId : ctx.getBotUserId();
  }

  private static String withoutBot(String text, @Nullable String bot) {
    return bot == null ? text.strip() : SlackText.withoutMention(text, bot);
  }

  /**
   * Where a button was pressed: a direct message as a whole, or the channel and the thread of the
   * message that carries the button (empty for a message at the top of a channel).
   */
  private static ConversationRef where(BlockActionPayload p) {
    String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId();
    if (channel.startsWith("D")) {
      return ConversationRef.direct(SlackChatPlatform.PLATFORM, channel);
    }
    String thread = p.getMessage() != null && p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs()
        : p.getContainer() != null && p.getContainer().getThreadTs() != null ? p.getContainer().getThreadTs() : "";
    return new ConversationRef(SlackChatPlatform.PLATFORM, channel, thread);
  }

  private static Pattern prefix(String actionIdPrefix) {
    return Pattern.compile("^" + Pattern.quote(actionIdPrefix) + ".*$");
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
