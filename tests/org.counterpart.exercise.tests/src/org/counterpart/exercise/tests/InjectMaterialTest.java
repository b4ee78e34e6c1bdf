package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ExerciseClock;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.InjectMaterial;
import org.counterpart.exercise.Ratio;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.exercise.ScenarioPackage;
import org.counterpart.exercise.Scorer;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.model.Attachment;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Injects bring their material into the trainee's theater: a new-contacts inject its contacts, a document its draft
 * observation with the attachments in the store, a package another team's observation. It is given once, across a
 * restart, never twice; the scorer does not count it as the trainee's capture, only what the trainee does with it; and
 * an answer key that expects a contact an inject brings is refused.
 */
class InjectMaterialTest {

    private static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void materialIsGivenOnceWithItsInjectAcrossARestart() throws Exception {
        Path dir = temp.resolve("trainee");
        try (WorkspaceStore store = ExerciseFixture.store(dir, true)) {
            ExerciseRun run = ExerciseRun.start(store, ExerciseFixture.smallScenario(), ExerciseClock.DAY_PER_TEN_MINUTES,
                    START);
            Theater theater = CounterpartFactory.eINSTANCE.createTheater();
            store.resource().getContents().add(theater);
            // the trainee heard of Peeter Saar before inject 2 named him
            Contact known = CounterpartFactory.eINSTANCE.createContact();
            known.setGivenName("Peeter");
            known.setFamilyName("Saar");
            theater.getContacts().add(known);
            store.save();

            run.releaseUntil(ExerciseTime.of(2, 9, 0));
            assertEquals(List.of(1, 2, 3), run.deliverDue(START).stream().map(Inject::number).toList());
            assertEquals(List.of(2, 3), run.materialPending().stream().map(Inject::number).toList(),
                    "a message brings nothing");
            assertEquals(2, run.giveMaterial(START).size(), "Liis Kask (Peeter Saar was there), and the document's observation");
            assertEquals(List.of(), run.materialPending());
            assertEquals(List.of(), run.giveMaterial(START), "given once");
        }
        try (WorkspaceStore store = ExerciseFixture.open(dir)) {
            ExerciseRun run = ExerciseRun.open(store);
            assertEquals(List.of(), run.materialPending(), "given before the restart");
            Theater theater = (Theater) store.resource().getContents().get(0);
            assertEquals(List.of("Saar", "Kask"), theater.getContacts().stream().map(Contact::getFamilyName).toList());
            Contact kask = theater.getContacts().get(1);
            assertEquals(InjectMaterial.CONTROL, kask.getCreatedBy());
            assertEquals("Liis", kask.getGivenName());
            assertFalse(InjectMaterial.isControlMaterial(theater.getContacts().get(0)));

            FieldObservation document = theater.getObservations().get(0);
            assertTrue(document.getText().startsWith("Inject 3: Text of inject 3"), document.getText());
            assertEquals(InjectMaterial.CONTROL, document.getAuthor());
            assertEquals(List.of("report.pdf", "map.png"),
                    document.getAttachments().stream().map(Attachment::getFileName).toList());
            for (Attachment attachment : document.getAttachments()) {
                try (InputStream content = store.openAttachment(attachment.getSha256())) {
                    String text = new String(content.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(text.startsWith(attachment.getFileName() + "\n") && text.contains("Text of inject 3"), text);
                    assertEquals(text.getBytes(StandardCharsets.UTF_8).length, attachment.getSize());
                }
            }
            // a restart between saving the material and noting it: creating it again finds it all there
            for (Inject inject : run.delivered()) {
                assertTrue(InjectMaterial.missingFrom(theater, run.scenario(), inject, START).isEmpty(),
                        "inject " + inject.number());
            }
            // what is there for the trainee: the store's state and journal hold the material as the trainee's saves do
            assertTrue(store.journal().stream().anyMatch(op -> kask.getId().equals(op.objectId())));
        }
    }

    @Test
    void theScorerCountsWhatTheTraineeDoesWithMaterialNotTheMaterial() {
        Scorer scorer = new Scorer(DemoScenario.scenario(), DemoScenario.answerKey());
        ScriptedTrainee idle = new ScriptedTrainee().delivered(DemoScenario.scenario());
        assertEquals(4, idle.theater.getContacts().size(), "Kivi, Org, Mets and Vaher, brought by injects 2, 6 and 11");
        TraineeScore nothing = scorer.score("idle", idle.theater, ScriptedTrainee.CLOCK);
        assertEquals(new Ratio(0, 3), nothing.entityRecall());
        assertFalse(nothing.entityPrecision().isDefined(), "no capture of the trainee's own");
        assertEquals(new Ratio(0, 5), nothing.gradingWithinOne());
        assertEquals(new Ratio(0, 4), nothing.timeliness(), "the audit memo's text is not the trainee's report");

        ScriptedTrainee grader = new ScriptedTrainee().delivered(DemoScenario.scenario());
        grader.gradeDelivered("Fuel delivery notes", "B2");
        grader.gradeDelivered("Audit memo", "A2");
        TraineeScore graded = scorer.score("grader", grader.theater, ScriptedTrainee.CLOCK);
        assertEquals(new Ratio(1, 5), graded.gradingExact());
        assertEquals(new Ratio(2, 5), graded.gradingWithinOne());
    }

    @Test
    void anAnswerKeyExpectingAContactAnInjectBringsIsRefused() throws Exception {
        assertEquals(List.of(), DemoScenario.answerKey().problems(DemoScenario.scenario()));
        AnswerKey unfair = new AnswerKey(
                List.of(new AnswerKey.ExpectedEntity(AnswerKey.EntityKind.CONTACT, "liis  KASK", 2)), List.of(), List.of(),
                List.of());
        List<String> problems = unfair.problems(ExerciseFixture.smallScenario());
        assertEquals(List.of("The answer key expects the trainee to capture contact liis  KASK, but inject 2 brings that"
                + " contact into the theater: expect a relationship or a grading about it instead."), problems);

        ExerciseAuthority authority = ExerciseAuthority.create(temp.resolve("ca"), "Border Watch",
                "ca passphrase".toCharArray());
        DeviceIdentity trainer = authority.enrol("Trainer One", true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ScenarioException refused = assertThrows(ScenarioException.class,
                () -> ScenarioPackage.write(ExerciseFixture.smallScenario(), unfair, trainer, List.of(),
                        List.of(trainer.certificate().orElseThrow()), out));
        assertEquals(problems.get(0), refused.getMessage());
        assertEquals(0, out.size(), "nothing was written");
    }
}
