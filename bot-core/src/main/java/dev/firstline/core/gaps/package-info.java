/**
 * The gap report: the questions the bot could not answer, grouped by topic, so that knowledge
 * managers see which articles are missing. {@link dev.firstline.core.gaps.GapReport#of} computes it.
 */
@NullMarked
package dev.firstline.core.gaps;

import org.jspecify.annotations.NullMarked;
