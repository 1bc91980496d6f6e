/** Values the core works with: articles, messages, replies and tickets, all immutable records. */
@NullMarked
package dev.firstline.core.model;

import org.jspecify.annotations.NullMarked;
