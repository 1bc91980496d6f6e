/**
 * The pipeline load driver: many simulated people talking to the bot through the core at once, on
 * the real knowledge base and the real ticket store, a share of them escalating while engineers
 * claim and resolve; it prints messages per second and latency percentiles, then reads the store
 * back and fails (exit code 1) if any ticket was lost or duplicated.
 */
@NullMarked
package dev.firstline.bench.load;

import org.jspecify.annotations.NullMarked;
