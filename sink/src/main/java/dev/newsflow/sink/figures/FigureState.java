package dev.newsflow.sink.figures;

import java.util.List;

import dev.newsflow.events.FigureEvent;
import dev.newsflow.events.FigureSnapshot;
import dev.newsflow.events.Payload;

/**
 * What the sink remembers about one figure key: the current figure (as published on
 * {@code newsflow.figures}), the figures it replaced, and the fingerprints of the stories that
 * stated the current one. Kept in a state store backed by a changelog topic, so a restart
 * resumes with the same knowledge and raises no alert twice.
 *
 * @param history earlier figures, newest first (bounded)
 * @param stories near-duplicate fingerprints of the articles counted as sources (bounded)
 */
public record FigureState(
        int schemaVersion,
        FigureEvent current,
        List<FigureSnapshot> history,
        List<String> stories) implements Payload {

    public static final int SCHEMA_VERSION = 1;

    public FigureState {
        history = history == null ? List.of() : List.copyOf(history);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }
}
