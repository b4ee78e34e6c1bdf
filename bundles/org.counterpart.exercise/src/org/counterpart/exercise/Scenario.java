package org.counterpart.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.counterpart.exercise.internal.Messages;

/**
 * What a class of trainees plays: a starting theater (the fictional demo country of {@code theaterSeed}), the
 * learning objectives and the MSEL. The answer key travels apart from it ({@link AnswerKey}), readable by trainers
 * only.
 *
 * @param title       the exercise's name
 * @param theaterSeed seed of the demo country the exercise stores start from
 * @param objectives  the learning objectives
 * @param msel        the injects, in any order (see {@link #injectsInOrder()})
 */
public record Scenario(String title, long theaterSeed, List<LearningObjective> objectives, List<Inject> msel) {

    public Scenario {
        Objects.requireNonNull(title, "title");
        objectives = List.copyOf(objectives);
        msel = List.copyOf(msel);
    }

    /** The injects in delivery order: by exercise time, then by number. */
    public List<Inject> injectsInOrder() {
        return msel.stream().sorted(Comparator.comparing(Inject::time).thenComparingInt(Inject::number)).toList();
    }

    public LearningObjective objective(String id) {
        return objectives.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    public Inject inject(int number) {
        return msel.stream().filter(i -> i.number() == number).findFirst().orElse(null);
    }

    /** A copy with another MSEL (as read from a CSV file). */
    public Scenario withMsel(List<Inject> injects) {
        return new Scenario(title, theaterSeed, objectives, injects);
    }

    /** What makes this scenario unusable, for the trainer; empty if nothing does. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(Messages.SCENARIO_NO_TITLE);
        }
        Set<String> objectiveIds = new HashSet<>();
        for (LearningObjective objective : objectives) {
            if (!objectiveIds.add(objective.id())) {
                problems.add(Messages.format(Messages.OBJECTIVE_TWICE, objective.id()));
            }
        }
        Set<Integer> numbers = new HashSet<>();
        for (Inject inject : msel) {
            if (inject.number() < 1) {
                problems.add(Messages.format(Messages.INJECT_NUMBER, inject.number()));
            } else if (!numbers.add(inject.number())) {
                problems.add(Messages.format(Messages.INJECT_TWICE, inject.number()));
            }
            if (!inject.objectiveId().isEmpty() && !objectiveIds.contains(inject.objectiveId())) {
                problems.add(Messages.format(Messages.INJECT_UNKNOWN_OBJECTIVE, inject.number(), inject.objectiveId()));
            }
        }
        return problems;
    }

    /** @throws ScenarioException naming the first problem, if there is one */
    public Scenario requireValid() throws ScenarioException {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems.get(0));
        }
        return this;
    }
}
