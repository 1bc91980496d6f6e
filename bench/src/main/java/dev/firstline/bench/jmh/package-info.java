/**
 * JMH micro benchmarks: search latency and throughput, one full decision, and indexing, at the
 * starter knowledge base and at generated sizes, with and without semantic retrieval. Build with
 * {@code ./mvnw -q -pl bench -am package -DskipTests}, run from the repository root with {@code java
 * -jar bench/target/benchmarks.jar Search -p size=10000}; BENCHMARKS.md lists every command.
 */
@NullMarked
package dev.firstline.bench.jmh;

import org.jspecify.annotations.NullMarked;
