/**
 * The Slack adapter on Bolt for Java: {@link dev.firstline.slack.SlackAdapter} is its only public
 * type. It turns Slack events, clicks and commands into calls on the core's bot and desk, renders
 * their replies as Block Kit, and is the desk's {@code ChatPlatform} and {@code StaffDirectory}.
 */
@NullMarked
package dev.firstline.slack;

import org.jspecify.annotations.NullMarked;
