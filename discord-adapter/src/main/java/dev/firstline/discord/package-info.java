/**
 * The Discord adapter on JDA: translates Discord messages, slash commands, buttons and forms into
 * core calls, and the core's replies into Discord messages. {@link dev.firstline.discord.DiscordAdapter}
 * is the only public type.
 */
@NullMarked
package dev.firstline.discord;

import org.jspecify.annotations.NullMarked;
