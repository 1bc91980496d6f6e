package dev.firstline.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.firstline.core.model.UserRef;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.Interaction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes Discord events to {@link Requests}, {@link DeskActions} and {@link Curators}, once each: after a gateway
 * resume Discord replays what the bot may have missed, and a message or interaction seen before is
 * dropped by its id, so no question is answered twice and no ticket opened twice. Runs on JDA's
 * event pool (virtual threads), so a slow call never holds up the gateway.
 */
final class Events extends ListenerAdapter {

  private static final Logger log = LoggerFactory.getLogger(Events.class);

  private final Requests requests;
  private final DeskActions desk;
  private final @Nullable Curators curators;
  private final StaffRoles staff;
  private final Set<String> guildIds;
  private final Set<String> mentionChannels;
  private final Cache<String, Boolean> seen = Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(6)).maximumSize(100_000).build();

  /** Without {@code curators}, the {@code kb} subcommand is not registered and knowledge managers' buttons are not ours. */
  Events(Requests requests, DeskActions desk, @Nullable Curators curators, StaffRoles staff, Set<String> guildIds, Set<String> mentionChannels) {
    this.requests = requests;
    this.desk = desk;
    this.curators = curators;
    this.staff = staff;
    this.guildIds = Set.copyOf(guildIds);
    this.mentionChannels = Set.copyOf(mentionChannels);
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent e) {
    Message message = e.getMessage();
    if (e.getAuthor().isBot() || e.isWebhookMessage() || !isChat(message.getType())) {
      return;
    }
    if (e.isFromGuild() && !guildIds.contains(e.getGuild().getId())) {
      return;
    }
    if (!firstTime("m" + e.getMessageId())) {
      log.debug("dropped message {}: already handled", e.getMessageId());
      return;
    }
    try {
      UserRef author = person(e.getAuthor(), e.getMember());
      if (!e.isFromGuild()) {
        requests.direct(e, author);
        return;
      }
      String text = withoutMentionOfMe(e);
      if (e.getChannelType().isThread()) {
        ThreadChannel thread = e.getChannel().asThreadChannel();
        if (desk.inThread(e, thread, author)) {
          return;
        }
        boolean mine = thread.getOwnerIdLong() == e.getJDA().getSelfUser().getIdLong();
        if (mentionChannels.contains(thread.getParentChannel().getId()) && (mine || mentionsMe(e))) {
          requests.inThread(e, thread, author, text);
        }
        return;
      }
      if (mentionChannels.contains(e.getChannel().getId()) && mentionsMe(e)) {
        requests.mention(e, author, text);
      }
    } catch (RuntimeException ex) {
      log.error("message {} in {} failed", e.getMessageId(), e.getChannel().getId(), ex);
    }
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent e) {
    if (!e.getName().equals(DiscordAdapter.COMMAND) || !firstTime(e)) {
      return;
    }
    UserRef user = person(e.getUser(), e.getMember());
    if ("status".equals(e.getSubcommandName())) {
      requests.status(e, user);
    } else if ("kb".equals(e.getSubcommandName()) && curators != null) {
      curators.command(e, user);
    } else if ("report".equals(e.getSubcommandName())) {
      requests.report(e, user);
    } else {
      requests.ask(e, user);
    }
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent e) {
    Optional<ComponentId> parsed = ComponentId.parse(e.getComponentId());
    if (parsed.isEmpty() || !firstTime(e)) {
      return;
    }
    ComponentId id = parsed.get();
    UserRef user = person(e.getUser(), e.getMember());
    switch (id.kind()) {
      case ComponentId.FEEDBACK -> requests.feedback(e, user, id);
      case ComponentId.CHOOSE -> requests.choose(e, user, id);
      case ComponentId.FULL_ARTICLE -> requests.fullArticle(e, id.value());
      case ComponentId.ACT -> desk.button(e, user, id.value());
      case ComponentId.CURATE -> {
        if (curators != null) {
          curators.button(e, user, id.value());
        }
      }
      default -> log.debug("button {} is not ours", e.getComponentId());
    }
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent e) {
    Optional<ComponentId> parsed = ComponentId.parse(e.getModalId());
    if (parsed.isEmpty() || !firstTime(e)) {
      return;
    }
    ComponentId id = parsed.get();
    if (id.kind().equals(ComponentId.MODAL)) {
      desk.submitted(e, person(e.getUser(), e.getMember()), id.value());
    } else if (id.kind().equals(ComponentId.EDITOR) && curators != null) {
      curators.submitted(e, person(e.getUser(), e.getMember()), id.value());
    }
  }

  /** The person as the core knows them; a member's roles are noted for the staff directory. */
  private UserRef person(User user, @Nullable Member member) {
    staff.saw(member);
    return UserRef.of(DiscordAdapter.PLATFORM, user.getId(), member != null ? member.getEffectiveName() : user.getEffectiveName());
  }

  private boolean firstTime(Interaction e) {
    boolean first = firstTime("i" + e.getId());
    if (!first) {
      log.debug("dropped interaction {}: already handled", e.getId());
    }
    return first;
  }

  private boolean firstTime(String key) {
    return seen.asMap().putIfAbsent(key, Boolean.TRUE) == null;
  }

  private static boolean isChat(MessageType type) {
    return type == MessageType.DEFAULT || type == MessageType.INLINE_REPLY;
  }

  private static boolean mentionsMe(MessageReceivedEvent e) {
    return e.getMessage().getMentions().isMentioned(e.getJDA().getSelfUser(), Message.MentionType.USER);
  }

  private static String withoutMentionOfMe(MessageReceivedEvent e) {
    String me = e.getJDA().getSelfUser().getId();
    return e.getMessage().getContentRaw().replaceAll("<@!?" + Pattern.quote(me) + ">", "").strip();
  }
}
