/**
 * The benchmark of issue 14: one embedded PostgreSQL, the ledger as a separate JVM on it, and every figure measured
 * in that one run beside its ceiling (single-row inserts, a raw streamed read) and its aim, written to
 * {@code BENCHMARKS.md}. Clients use the JDK's HttpClient and plain JDBC only, so that what is measured is the ledger.
 * How to run it: {@code docs/benchmarks.md}.
 */
package nl.hgk.ledger.benchmark;
