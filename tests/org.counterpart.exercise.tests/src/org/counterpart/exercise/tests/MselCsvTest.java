package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.counterpart.exercise.DeliveryKind;
import org.counterpart.exercise.ExerciseTime;
import org.counterpart.exercise.Inject;
import org.counterpart.exercise.MselCsv;
import org.counterpart.exercise.Scenario;
import org.counterpart.exercise.ScenarioException;
import org.junit.jupiter.api.Test;

/** The MSEL goes to a spreadsheet and back unchanged; a wrong row is refused with its line and nothing is read. */
class MselCsvTest {

    @Test
    void anMselRoundTripsThroughCsv() throws Exception {
        Scenario scenario = ExerciseFixture.smallScenario();
        StringWriter csv = new StringWriter();
        MselCsv.write(scenario.msel(), csv);

        assertTrue(csv.toString().startsWith("number,time,delivery,title,content,attachments,new contacts,expected action,objective\r\n"),
                csv.toString());
        assertTrue(csv.toString().contains("3,D2 09:00,document,Inject 3,\"Text of inject 3, with \"\"quotes\"\", commas\",report.pdf;map.png,"),
                csv.toString());
        assertEquals(scenario.msel(), MselCsv.read(new StringReader(csv.toString())));
    }

    @Test
    void injectsAreDeliveredByTimeThenNumber() {
        List<Integer> order = ExerciseFixture.smallScenario().injectsInOrder().stream().map(Inject::number).toList();
        assertEquals(List.of(1, 2, 3, 4), order);
    }

    @Test
    void exerciseTimesReadAndWriteAsTrainersWriteThem() throws Exception {
        assertEquals(ExerciseTime.of(2, 14, 30), ExerciseTime.parse("D2 14:30"));
        assertEquals("D3 00:05", ExerciseTime.of(3, 0, 5).toString());
        assertEquals(2, ExerciseTime.parse("D2 23:59").day());
        for (String wrong : List.of("D0 10:00", "D1 24:00", "2 10:00", "D1 9:00", "")) {
            assertThrows(ScenarioException.class, () -> ExerciseTime.parse(wrong), wrong);
        }
    }

    @Test
    void aWrongRowIsRefusedWithItsLine() {
        String header = String.join(",", MselCsv.COLUMNS) + "\n";
        String good = "1,D1 08:00,message,Call,Hello,,,Record it,LO1\n";
        ScenarioException badTime = assertThrows(ScenarioException.class,
                () -> MselCsv.read(new StringReader(header + good + "2,D1 25:00,message,Call,Hello,,,Record it,LO1\n")));
        assertTrue(badTime.getMessage().startsWith("MSEL line 3: 'D1 25:00' is not an exercise time"), badTime.getMessage());
        ScenarioException badKind = assertThrows(ScenarioException.class,
                () -> MselCsv.read(new StringReader(header + "1,D1 08:00,pigeon,Call,Hello,,,Record it,LO1\n")));
        assertTrue(badKind.getMessage().contains("'pigeon' is not a delivery"), badKind.getMessage());
        ScenarioException twice = assertThrows(ScenarioException.class,
                () -> MselCsv.read(new StringReader(header + good + good)));
        assertTrue(twice.getMessage().contains("Inject number 1 appears twice"), twice.getMessage());
        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> MselCsv.read(new StringReader("number,time\n1,D1 08:00\n")));
        assertTrue(missing.getMessage().contains("no column 'delivery'"), missing.getMessage());
    }

    @Test
    void aScenarioNamesInjectsThatServeNoDefinedObjective() {
        Scenario scenario = ExerciseFixture.smallScenario();
        Scenario wrong = scenario.withMsel(List.of(ExerciseFixture.inject(9, ExerciseTime.STARTEX, DeliveryKind.MESSAGE, "LO9")));
        ScenarioException refused = assertThrows(ScenarioException.class, wrong::requireValid);
        assertEquals("Inject 9 serves learning objective 'LO9', which the scenario does not define.", refused.getMessage());
    }
}
