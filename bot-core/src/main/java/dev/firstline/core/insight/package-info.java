/**
 * What the question log and the tickets say about the service: feedback per article and the gap
 * report ({@link dev.firstline.core.insight.GapReport}) for knowledge managers. Pure computations
 * over what the stores return; adapters and the command line render them.
 */
@NullMarked
package dev.firstline.core.insight;

import org.jspecify.annotations.NullMarked;
