package org.counterpart.exercise.tests;

import static org.counterpart.exercise.tests.ScriptedTrainee.t;

import java.util.List;

import org.counterpart.exercise.AnswerKey;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.Scorer;
import org.counterpart.exercise.TraineeScore;
import org.counterpart.model.RelationshipKind;

/**
 * Three trainees' scripted play of the demo scenario: a thorough one, a hasty one and a late one. Each is handed
 * every inject's material (the contacts of injects 2, 6 and 11, the documents' and packages' observations) and works
 * with it.
 */
final class DemoTrainees {

    private DemoTrainees() {
    }

    static List<TraineeScore> scores() {
        Scorer scorer = new Scorer(DemoScenario.scenario(), DemoScenario.answerKey());
        return List.of(scorer.score("Capt. Adams", adams().theater, ScriptedTrainee.CLOCK),
                scorer.score("Lt. Baker", baker().theater, ScriptedTrainee.CLOCK),
                scorer.score("Maj. Chen", chen().theater, ScriptedTrainee.CLOCK));
    }

    static AnswerKey key() {
        return DemoScenario.answerKey();
    }

    static ScriptedTrainee adams() {
        ScriptedTrainee s = new ScriptedTrainee().delivered(DemoScenario.scenario());
        s.observation("State Border Guard stands up an Eastern Border District at Kivioja", "B2", t(1, 9, 10));
        s.institution("Eastern Border District", t(1, 9, 15));
        s.relationship("Helena Org", "Rasmus Kivi", RelationshipKind.REPORTS_TO, t(1, 14, 40));
        s.relationship("Eastern Border District", "State Border Guard", RelationshipKind.REPORTS_TO, t(1, 14, 45));
        s.contact("Toomas Lepp", t(1, 18, 20));
        s.relationship("Rasmus Kivi", "Toomas Lepp", RelationshipKind.FAMILY, t(1, 18, 25));
        s.observation("Kivi and Lepp said to be cousins", "E4", t(1, 18, 30));
        s.observation("Logistics package shows a fuel discrepancy at Kivioja", "B2", t(2, 10, 0));
        s.institution("Metsvedu", t(2, 10, 0));
        s.relationship("Kaido Mets", "Metsvedu", RelationshipKind.INFLUENCES, t(2, 10, 5));
        s.relationship("Kaido Mets", "Toomas Lepp", RelationshipKind.INFLUENCES, t(2, 11, 40));
        s.observation("Delivery notes signed by Lepp, Metsvedu trucks", "B2", t(2, 11, 45));
        s.observation("Rumour: border guard fuel is sold in the market", "F3", t(2, 16, 30));
        s.observation("Leadership assessment of the Eastern Border District", "B2", t(3, 7, 30));
        s.relationship("Anneli Vaher", "Rasmus Kivi", RelationshipKind.ADVISES, t(3, 8, 35));
        s.observation("Audit: 40,000 litres unaccounted for at Kivioja", "A1", t(3, 10, 15));
        s.relationship("Toomas Lepp", "Rasmus Kivi", RelationshipKind.RIVALS, t(3, 12, 30));
        s.observation("Kivi says the depot is not his business", "C3", t(3, 12, 35));
        return s;
    }

    static ScriptedTrainee baker() {
        ScriptedTrainee s = new ScriptedTrainee().delivered(DemoScenario.scenario());
        s.observation("New Eastern Border District", "A1", t(1, 11, 30));
        s.contact("Marek Tamm", t(1, 12, 0));
        s.relationship("Rasmus Kivi", "Helena Org", RelationshipKind.REPORTS_TO, t(1, 15, 0));
        s.observation("Heard that Kivi and Lepp are cousins", "B2", t(1, 19, 0));
        s.observation("Possible fuel discrepancy", "C3", t(2, 12, 0));
        s.observation("Delivery notes copied", "C3", t(2, 12, 20));
        s.observation("Audit says fuel unaccounted", "A2", t(3, 11, 0));
        return s;
    }

    static ScriptedTrainee chen() {
        ScriptedTrainee s = new ScriptedTrainee().delivered(DemoScenario.scenario());
        s.institution("Eastern Border District", t(1, 16, 0));
        s.observation("Eastern Border District forming", "B3", t(1, 16, 5));
        s.relationship("Helena Org", "Rasmus Kivi", RelationshipKind.REPORTS_TO, t(1, 16, 20));
        s.contact("Toomas Lepp", t(2, 9, 0));
        s.relationship("Rasmus Kivi", "Toomas Lepp", RelationshipKind.FAMILY, t(2, 9, 5));
        s.observation("fuel discrepancy confirmed by notes", "B2", t(2, 20, 0));
        s.gradeDelivered("Fuel delivery notes", "B3");
        s.relationship("Anneli Vaher", "Rasmus Kivi", RelationshipKind.ADVISES, t(3, 13, 5));
        s.observation("leadership assessment sent to headquarters", "B2", t(3, 13, 30));
        s.observation("Litres unaccounted for at the depot", "A1", t(3, 14, 30));
        return s;
    }
}
