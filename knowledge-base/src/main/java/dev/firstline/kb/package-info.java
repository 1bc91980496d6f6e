/**
 * The knowledge base on Apache Lucene: Markdown articles with YAML front matter, validated with the
 * file and line of every problem, filled in from the organisation's settings, and searched with
 * English analysis, IT synonyms and typo tolerance. {@link dev.firstline.kb.LuceneKnowledgeBase} is
 * the entry point.
 */
@NullMarked
package dev.firstline.kb;

import org.jspecify.annotations.NullMarked;
