package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.counterpart.exercise.AnswerKeyCsv;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.ScenarioException;
import org.junit.jupiter.api.Test;

/**
 * A scenario's title, objectives and answer key written as CSV read back the same; a wrong row refuses the whole
 * file, naming its line and what is wrong.
 */
class AnswerKeyCsvTest {

    private static final String HEADER = "item,inject,objective,text,target,relationship,grading,within hours\n";

    @Test
    void theDemoScenariosKeyReadsBackTheSame() throws Exception {
        AnswerKeyCsv.Authored demo = new AnswerKeyCsv.Authored(DemoScenario.scenario().title(),
                DemoScenario.scenario().objectives(), DemoScenario.answerKey());
        StringWriter csv = new StringWriter();
        AnswerKeyCsv.write(demo, csv);
        AnswerKeyCsv.Authored read = AnswerKeyCsv.read(new StringReader(csv.toString()));
        assertEquals(demo, read);
        assertEquals(DemoScenario.scenario(), read.scenario(DemoScenario.scenario().msel()));
    }

    @Test
    void aWrongRowRefusesTheFileNamingItsLine() {
        String title = "title,,,Border Watch,,,,\n";
        List<List<String>> cases = List.of(
                List.of(HEADER + title + "objective,,LO1,Map the chain,,,,\ngrading,3,,smuggling route,,,G7,\n",
                        "Answer key line 4: 'G7' is no grading; write a letter A-F and a digit 1-6, e.g. B2. Nothing was read."),
                List.of(HEADER + title + "rumour,3,,a rumour,,,,\n",
                        "Answer key line 3: 'rumour' is no item; use title, objective, contact, institution, relationship, grading or finding. Nothing was read."),
                List.of(HEADER + title + "relationship,2,,Arvo Tamm,,reports-to,,\n",
                        "Answer key line 3: a relationship needs its 'target' and its kind in 'relationship'. Nothing was read."),
                List.of(HEADER + title + "contact,none,,Arvo Tamm,,,,\n",
                        "Answer key line 3: Inject number 'none' is not a whole number of 1 or more. Nothing was read."),
                List.of(HEADER + title + "objective,,LO1,Map,,,,\nfinding,2,LO1,chain of command,,,,soon\n",
                        "Answer key line 4: 'soon' is not a number of hours between 0 and 720. Nothing was read."),
                List.of(HEADER + title + "finding,2,LO9,chain of command,,,,6\n",
                        "The finding 'chain of command' serves learning objective 'LO9', which the file does not define. Nothing was read."),
                List.of(HEADER + "contact,2,,Arvo Tamm,,,,\n", "The answer key file has no title row. Nothing was read."),
                List.of("item,inject,text\n", "The answer key file has no column 'objective'. Nothing was read."));
        for (List<String> wrong : cases) {
            ScenarioException refused = assertThrows(ScenarioException.class,
                    () -> AnswerKeyCsv.read(new StringReader(wrong.get(0))), wrong.get(0));
            assertEquals(wrong.get(1), refused.getMessage());
        }
    }
}
