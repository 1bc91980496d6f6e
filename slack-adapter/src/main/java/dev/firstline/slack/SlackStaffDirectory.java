package dev.firstline.slack;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.slack.api.methods.MethodsClient;
import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.StaffDirectory;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Staff roles from Slack user groups: each configured group id gives its members one role. Group
 * members ({@code usergroups.users.list}) are cached for a few minutes; when Slack cannot be asked,
 * the person has no role from that group (fail closed) and the next call asks again.
 */
final class SlackStaffDirectory implements StaffDirectory {

  private static final Logger log = LoggerFactory.getLogger(SlackStaffDirectory.class);

  private final Map<String, Role> groups;
  private final LoadingCache<String, Set<String>> members;

  SlackStaffDirectory(MethodsClient methods, WebApi api, Map<String, Role> groups, Duration cacheFor) {
    requireNonNull(methods, "methods");
    requireNonNull(api, "api");
    this.groups = Map.copyOf(groups);
    this.members = Caffeine.newBuilder()
        .expireAfterWrite(cacheFor)
        .maximumSize(1_000)
        .build(group -> Set.copyOf(api.call("usergroups.users.list " + group, () -> methods.usergroupsUsersList(r -> r.usergroup(group))).getUsers()));
  }

  @Override
  public Set<Role> rolesOf(UserRef person) {
    if (!SlackChatPlatform.PLATFORM.equals(person.platform())) {
      return Set.of();
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    groups.forEach((group, role) -> {
      if (membersOf(group).contains(person.id())) {
        roles.add(role);
      }
    });
    return roles;
  }

  private Set<String> membersOf(String group) {
    try {
      return members.get(group);
    } catch (RuntimeException e) {
      log.warn("cannot read the members of user group {}: {}", group, e.getMessage());
      return Set.of();
    }
  }
}
