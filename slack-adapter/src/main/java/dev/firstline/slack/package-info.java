/** The Slack adapter on Bolt for Java: translates Slack events into core calls. */
@NullMarked
package dev.firstline.slack;

import org.jspecify.annotations.NullMarked;
