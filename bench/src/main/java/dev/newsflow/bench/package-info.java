/**
 * JMH benchmarks of newsflow's pure libraries: HTML cleaning and the NLP. They read their
 * inputs from a directory given by a {@code @Param} (e.g. {@code ../shared/bench/aeb}), so the
 * benchmark data stays outside the repository. Figures and the commands that produced them are
 * recorded in {@code docs/BENCHMARKS.md}.
 */
package dev.newsflow.bench;
