/** The Discord adapter on JDA: translates Discord events into core calls. */
@NullMarked
package dev.firstline.discord;

import org.jspecify.annotations.NullMarked;
