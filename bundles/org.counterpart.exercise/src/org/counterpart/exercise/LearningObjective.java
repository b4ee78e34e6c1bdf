package org.counterpart.exercise;

import java.util.Objects;

/** What the exercise trains, e.g. {@code LO1}: "Map the chain of command of the border guard". */
public record LearningObjective(String id, String text) {

    public LearningObjective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
