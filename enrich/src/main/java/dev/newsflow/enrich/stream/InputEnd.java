package dev.newsflow.enrich.stream;

/**
 * Whether enrich has read a partition of {@code newsflow.articles} to its end: only then may the
 * partition be reported idle, since an unread backlog can hold articles older than what the
 * other partitions have reached.
 */
@FunctionalInterface
public interface InputEnd {

    /** Every partition counts as read to its end: for tests, where the input is all there is. */
    InputEnd ALWAYS = (partition, nextOffset) -> true;

    /**
     * @param partition  the articles partition
     * @param nextOffset the offset after the last record processed, or -1 when the task has
     *                   processed none since it started (it then resumes at the committed offset)
     * @return true when there is nothing left to read; false when there is, or it cannot be told
     */
    boolean reached(int partition, long nextOffset);
}
