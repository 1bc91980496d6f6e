/**
 * What every benchmark stands on: the knowledge base of a size, the evaluation messages, a desk
 * laid out from the knowledge base's queues, and a chat platform that sends nothing.
 */
@NullMarked
package dev.firstline.bench.setup;

import org.jspecify.annotations.NullMarked;
