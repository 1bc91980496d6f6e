/**
 * Start-up and memory of the real application: launches the {@code firstline} jar's chat on a
 * knowledge base, times launch to its "ready" line, and reads the process's resident memory and
 * its heap after a full collection.
 */
@NullMarked
package dev.firstline.bench.startup;

import org.jspecify.annotations.NullMarked;
