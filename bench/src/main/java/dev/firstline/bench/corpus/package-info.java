/**
 * Knowledge bases of any size: a deterministic generator of articles in the style of the starter
 * knowledge base, composed from vocabulary pools per IT area, and the writer of such folders.
 */
@NullMarked
package dev.firstline.bench.corpus;

import org.jspecify.annotations.NullMarked;
