/**
 * The ports of the core: what it needs from a knowledge base and a ticket store. Adapters implement
 * them; the core never sees a search engine, database or chat SDK type.
 */
@NullMarked
package dev.firstline.core.port;

import org.jspecify.annotations.NullMarked;
