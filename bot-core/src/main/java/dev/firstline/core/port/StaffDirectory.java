package dev.firstline.core.port;

import dev.firstline.core.model.Role;
import dev.firstline.core.model.UserRef;
import java.util.Set;

/** Who is staff: the roles a person has (from Slack user groups, Discord roles or configuration). */
@FunctionalInterface
public interface StaffDirectory {

  /** The person's roles; empty for requesters. */
  Set<Role> rolesOf(UserRef person);
}
