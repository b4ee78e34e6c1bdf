package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.Set;
import java.util.stream.Collectors;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
import org.counterpart.exercise.Scenario;
import org.junit.jupiter.api.Test;

/** The shipped scenario is valid, has at least 12 injects over three exercise days, and its answer key fits it. */
class DemoScenarioTest {

    @Test
    void theShippedScenarioIsWhole() throws Exception {
        Scenario scenario = DemoScenario.scenario().requireValid();
        assertTrue(scenario.msel().size() >= 12, "injects: " + scenario.msel().size());
        assertEquals(Set.of(1, 2, 3), scenario.msel().stream().map(i -> i.time().day()).collect(Collectors.toSet()));
        for (Inject inject : scenario.msel()) {
            assertTrue(scenario.objective(inject.objectiveId()) != null, "inject " + inject.number());
        }
        AnswerKey key = DemoScenario.answerKey();
        key.entities().forEach(e -> assertTrue(scenario.inject(e.inject()) != null, e.toString()));
        key.relationships().forEach(r -> assertTrue(scenario.inject(r.inject()) != null, r.toString()));
        key.gradings().forEach(g -> assertTrue(scenario.inject(g.inject()) != null, g.toString()));
        key.findings().forEach(f -> assertTrue(scenario.objective(f.objectiveId()) != null, f.toString()));
        StringWriter csv = new StringWriter();
        MselCsv.write(scenario.msel(), csv);
        assertEquals(scenario.msel(), MselCsv.read(new StringReader(csv.toString())));
    }
}
