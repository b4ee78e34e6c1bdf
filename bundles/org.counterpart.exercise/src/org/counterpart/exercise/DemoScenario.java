package org.counterpart.exercise;

import java.time.Duration;
import java.util.List;

import org.counterpart.exercise.AnswerKey.EntityKind;
import org.counterpart.exercise.AnswerKey.ExpectedEntity;
import org.counterpart.exercise.AnswerKey.ExpectedFinding;
import org.counterpart.exercise.AnswerKey.ExpectedGrading;
import org.counterpart.exercise.AnswerKey.ExpectedRelationship;

/**
 * The shipped exercise on the fictional Republic of Valmaa (the demo country): "Eastern Watch", three exercise
 * days in which a new border district takes shape and fuel goes missing on its way to it. Fourteen injects; at one
 * exercise day per ten minutes it runs in half an hour, or in minutes with manual releases. The contacts that injects
 * 2, 6 and 11 bring appear in the trainee's theater, so the key expects what the trainee makes of them, not the
 * contacts themselves.
 */
public final class DemoScenario {

    /** The demo country's seed, as a fresh product creates it. */
    public static final long THEATER_SEED = 1;

    private DemoScenario() {
    }

    public static Scenario scenario() {
        List<LearningObjective> objectives = List.of(
                new LearningObjective("LO1", "Map the command of the new Eastern Border District and who its leaders answer to"),
                new LearningObjective("LO2", "Grade sources and information soundly (STANAG 2511)"),
                new LearningObjective("LO3", "Detect and report the fuel diversion in the logistics chain in time"),
                new LearningObjective("LO4", "Keep the contact network current as new people appear"));
        List<Inject> msel = List.of(
                inject(1, 1, 8, 0, DeliveryKind.MESSAGE, "Morning call from the embassy",
                        "The Defense Attaché tells you the State Border Guard is standing up an Eastern Border District at Kivioja.",
                        "Record an observation about the new district", "LO1"),
                inject(2, 1, 10, 30, DeliveryKind.NEW_CONTACTS, "District leadership announced",
                        "A press release names Col. Rasmus Kivi as commander of the Eastern Border District and Lt. Col. Helena Org as his deputy.",
                        "Complete both new contacts and record the new institution", "LO4", List.of(), List.of("Rasmus Kivi", "Helena Org")),
                inject(3, 1, 14, 0, DeliveryKind.DOCUMENT, "Organisation chart (draft)",
                        "A draft chart shows the district under the State Border Guard; the deputy reports to the commander.",
                        "Record the reporting lines", "LO1", List.of("eastern-district-chart.pdf"), List.of()),
                inject(4, 1, 17, 45, DeliveryKind.MESSAGE, "Remark at a reception",
                        "A junior officer says Kivi and the Joint Logistics Command's fuel chief, Maj. Toomas Lepp, are cousins.",
                        "Record and grade what was heard", "LO2"),
                inject(5, 2, 8, 15, DeliveryKind.PACKAGE, "Package from the logistics team",
                        "The logistics team's package reports fuel deliveries to Kivioja 30 % above the district's strength.",
                        "Import it and note the discrepancy", "LO3"),
                inject(6, 2, 9, 30, DeliveryKind.NEW_CONTACTS, "Contractor appears",
                        "Kaido Mets, owner of the haulier Metsvedu, is seen at the district's depot every morning.",
                        "Record his haulier and what ties him to the depot", "LO4", List.of(), List.of("Kaido Mets")),
                inject(7, 2, 11, 0, DeliveryKind.DOCUMENT, "Fuel delivery notes",
                        "Delivery notes signed by Lepp; several trucks are Metsvedu's. Photos attached.",
                        "Record the observation with the attachments and grade it", "LO3",
                        List.of("delivery-notes.pdf", "depot-photo-1.jpg", "depot-photo-2.jpg"), List.of()),
                inject(8, 2, 13, 30, DeliveryKind.MESSAGE, "Call from the district deputy",
                        "Lt. Col. Org asks for help with fuel accounting training and says the depot ledgers do not match.",
                        "Record the observation and the relationship", "LO3"),
                inject(9, 2, 16, 0, DeliveryKind.MESSAGE, "Rumour in the market",
                        "A market trader says border guard fuel is sold in Kivioja; he cannot say who sells it.",
                        "Record and grade the rumour for what it is", "LO2"),
                inject(10, 2, 18, 30, DeliveryKind.PACKAGE, "Headquarters asks",
                        "Headquarters asks for a short assessment of the Eastern Border District's leadership by tomorrow noon.",
                        "Report an assessment", "LO1"),
                inject(11, 3, 8, 0, DeliveryKind.NEW_CONTACTS, "Liaison officer named",
                        "Capt. Anneli Vaher is named State Border Guard liaison to the U.S. embassy; she advises Col. Kivi.",
                        "Record her relationship", "LO4", List.of(), List.of("Anneli Vaher")),
                inject(12, 3, 9, 30, DeliveryKind.DOCUMENT, "Audit memo",
                        "An internal audit memo confirms 40,000 litres unaccounted for at the Kivioja depot.",
                        "Record, grade and report the finding", "LO3", List.of("audit-memo.pdf"), List.of()),
                inject(13, 3, 12, 0, DeliveryKind.MESSAGE, "Kivi distances himself",
                        "Col. Kivi tells you the depot is Lepp's business, not his, and that Lepp rivals him for promotion.",
                        "Record the relationship and grade the claim", "LO2"),
                inject(14, 3, 15, 0, DeliveryKind.MESSAGE, "ENDEX",
                        "End of exercise: export your package to the trainers.", "Export the package", "LO4"));
        return new Scenario("Eastern Watch", THEATER_SEED, objectives, msel);
    }

    public static AnswerKey answerKey() {
        return new AnswerKey(
                List.of(new ExpectedEntity(EntityKind.INSTITUTION, "Eastern Border District", 1),
                        new ExpectedEntity(EntityKind.CONTACT, "Toomas Lepp", 4),
                        new ExpectedEntity(EntityKind.INSTITUTION, "Metsvedu", 6)),
                List.of(new ExpectedRelationship("Helena Org", "Rasmus Kivi", "reports-to", 3),
                        new ExpectedRelationship("Eastern Border District", "State Border Guard", "reports-to", 3),
                        new ExpectedRelationship("Rasmus Kivi", "Toomas Lepp", "family", 4),
                        new ExpectedRelationship("Kaido Mets", "Metsvedu", "influences", 6),
                        new ExpectedRelationship("Kaido Mets", "Toomas Lepp", "influences", 7),
                        new ExpectedRelationship("Anneli Vaher", "Rasmus Kivi", "advises", 11),
                        new ExpectedRelationship("Toomas Lepp", "Rasmus Kivi", "rivals", 13)),
                List.of(new ExpectedGrading("cousins", 'E', 4, 4),
                        new ExpectedGrading("delivery notes", 'B', 2, 7),
                        new ExpectedGrading("fuel is sold", 'F', 3, 9),
                        new ExpectedGrading("unaccounted", 'A', 1, 12),
                        new ExpectedGrading("not his", 'C', 4, 13)),
                List.of(new ExpectedFinding("LO1", "Eastern Border District", 1, Duration.ofHours(4)),
                        new ExpectedFinding("LO3", "fuel discrepancy", 5, Duration.ofHours(6)),
                        new ExpectedFinding("LO1", "leadership assessment", 10, Duration.ofHours(18)),
                        new ExpectedFinding("LO3", "unaccounted", 12, Duration.ofHours(4))));
    }

    private static Inject inject(int number, int day, int hour, int minute, DeliveryKind delivery, String title,
            String content, String expectedAction, String objective) {
        return inject(number, day, hour, minute, delivery, title, content, expectedAction, objective, List.of(), List.of());
    }

    private static Inject inject(int number, int day, int hour, int minute, DeliveryKind delivery, String title,
            String content, String expectedAction, String objective, List<String> attachments, List<String> contacts) {
        return new Inject(number, ExerciseTime.of(day, hour, minute), delivery, title, content, attachments, contacts,
                expectedAction, objective);
    }
}
