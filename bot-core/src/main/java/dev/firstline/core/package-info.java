/**
 * The platform-neutral support bot: it reads a person's message, decides whether to answer from the
 * knowledge base, ask which of two topics they mean, escalate to a person or politely decline, and
 * remembers the last answer per conversation so that "still broken" and "that worked" make sense.
 */
@NullMarked
package dev.firstline.core;

import org.jspecify.annotations.NullMarked;
