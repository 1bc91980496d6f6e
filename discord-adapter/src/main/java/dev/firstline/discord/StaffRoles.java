package dev.firstline.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.StaffDirectory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff roles from Discord roles, through the configured role ids. Every guild message and
 * interaction carries the member's current roles, so the adapter records them as events arrive
 * and the privileged GUILD_MEMBERS intent is not needed; a person not seen lately is looked up
 * once over REST (which needs no intent). Entries expire after a few minutes, so a role taken
 * away stops working soon even for someone who only acts through direct messages.
 */
final class StaffRoles implements StaffDirectory {

  private static final Logger log = LoggerFactory.getLogger(StaffRoles.class);
  private static final Duration FRESH_FOR = Duration.ofMinutes(5);

  private final Map<String, Role> byRoleId;
  private final Set<String> guildIds;
  private final Supplier<@Nullable JDA> jda;
  private final Cache<String, Set<Role>> seen = Caffeine.newBuilder().expireAfterWrite(FRESH_FOR).maximumSize(10_000).build();

  StaffRoles(Map<String, Role> byRoleId, Set<String> guildIds, Supplier<@Nullable JDA> jda) {
    this.byRoleId = Map.copyOf(byRoleId);
    this.guildIds = Set.copyOf(guildIds);
    this.jda = jda;
  }

  /** Records the roles a member showed in an event from one of our guilds. */
  void saw(@Nullable Member member) {
    if (member != null && guildIds.contains(member.getGuild().getId())) {
      seen.put(member.getId(), roles(member));
    }
  }

  @Override
  public Set<Role> rolesOf(UserRef person) {
    if (!person.platform().equals(DiscordAdapter.PLATFORM)) {
      return Set.of();
    }
    return seen.get(person.id(), this::lookUp);
  }

  private Set<Role> lookUp(String userId) {
    JDA connected = jda.get();
    if (connected == null) {
      return Set.of();
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (String guildId : guildIds) {
      Guild guild = connected.getGuildById(guildId);
      if (guild == null) {
        continue;
      }
      try {
        roles.addAll(roles(guild.retrieveMemberById(userId).complete()));
      } catch (RuntimeException e) {
        log.debug("no member {} in guild {}: {}", userId, guildId, e.getMessage());
      }
    }
    return Set.copyOf(roles);
  }

  private Set<Role> roles(Member member) {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    member.getRoles().forEach(r -> {
      Role mapped = byRoleId.get(r.getId());
      if (mapped != null) {
        roles.add(mapped);
      }
    });
    return Set.copyOf(roles);
  }
}
