package dev.firstline.app;

import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import dev.firstline.core.port.StaffDirectory;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Staff roles by user id, from the configuration; the local chat adds and removes roles as people switch identity. */
final class LocalStaff implements StaffDirectory {

  private final Map<String, Set<Role>> roles = new ConcurrentHashMap<>();

  LocalStaff(Map<String, Set<Role>> configured) {
    roles.putAll(configured);
  }

  @Override
  public Set<Role> rolesOf(UserRef person) {
    return roles.getOrDefault(person.id(), Set.of());
  }

  /** Gives the person this role as well. */
  void grant(String userId, Role role) {
    roles.merge(userId, Set.of(role), (had, added) -> {
      Set<Role> both = EnumSet.of(role);
      both.addAll(had);
      return Set.copyOf(both);
    });
  }

  /** Makes the person a requester only. */
  void revokeAll(String userId) {
    roles.remove(userId);
  }
}
