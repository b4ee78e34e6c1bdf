package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.counterpart.exercise.AfterActionReport;
import org.counterpart.exercise.DemoScenario;
import org.counterpart.exercise.TraineeScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The after-action report of the demo scenario played by three scripted trainees: one HTML file that needs nothing
 * from anywhere else, holds the figures per trainee and per objective, the charts, the timeline and the Contact
 * network diagram, and that a headless Chromium renders to a picture that is not blank.
 */
class AfterActionReportTest {

    private static final Instant WRITTEN = Instant.parse("2026-12-08T16:00:00Z");
    private static String html;
    private static List<TraineeScore> scores;

    @BeforeAll
    static void write() throws IOException {
        scores = DemoTrainees.scores();
        StringWriter out = new StringWriter();
        new AfterActionReport(DemoScenario.scenario(), DemoScenario.answerKey(), scores).write(out, WRITTEN);
        html = out.toString();
        Path dir = Files.createDirectories(screenshots());
        Files.writeString(dir.resolve("exercise-report.html"), html, StandardCharsets.UTF_8);
    }

    static Path screenshots() {
        return Path.of(System.getProperty("counterpart.screenshots", "target/screenshots"));
    }

    @Test
    void theReportNeedsNothingFromElsewhere() {
        for (String forbidden : List.of("<script", "<link", "<img", "<iframe", "src=", "@import", "url(", "https:")) {
            assertFalse(html.toLowerCase().contains(forbidden), "the report holds " + forbidden);
        }
        Matcher http = Pattern.compile("http://[^\"]*").matcher(html);
        while (http.find()) {
            assertTrue(http.group().equals("http://www.w3.org/2000/svg") || http.group().equals("http://www.w3.org/1999/xlink"),
                    "only SVG name spaces, not " + http.group());
        }
        assertTrue(html.contains("@media print"));
        assertTrue(html.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void theReportHoldsTheFiguresObjectivesTimelineAndDiagram() {
        TraineeScore adams = scores.get(0);
        assertEquals("Capt. Adams", adams.trainee());
        // the contacts that injects bring are not the trainee's capture: three entities remain to be found
        assertTrue(adams.entityRecall().hits() == 3, adams.entityRecall().toString());
        assertTrue(html.contains("<th>Capt. Adams</th><td><span class=\"ratio\" title=\"3 of 3\">100%</span>"), "Adams's row");
        assertTrue(html.contains("EXERCISE EXERCISE EXERCISE \u2013 Eastern Watch \u2013 EXERCISE EXERCISE EXERCISE"));
        assertTrue(html.contains("LO3</b> Detect and report the fuel diversion"));
        assertTrue(html.contains("Injects and reports on the exercise time line"));
        assertTrue(html.contains("<title>Contact network</title>") || html.contains("Contact network"), "the diagram");
        assertTrue(html.contains("Toomas Lepp <i>rivals</i> Rasmus Kivi</td><td>13</td><td>Capt. Adams (1 of 3)"));
        assertTrue(html.contains("Kaido Mets <i>influences</i> Toomas Lepp"));
        assertEquals(14, count(html, "<tr><td>"), "the MSEL's 14 rows");
        assertEquals(7, count(html, "<tr class=\"ok\"><td>") + count(html, "<tr class=\"miss\"><td>"), "7 relationships");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aHeadlessChromiumRendersItToAPictureThatIsNotBlank() throws Exception {
        Path dir = screenshots();
        Path report = dir.resolve("exercise-report.html").toAbsolutePath();
        Path png = dir.resolve("exercise-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        String chromium = chromium();
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--screenshot=" + png, "--window-size=1280,2000", report.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 2 minutes");
        }
        assertTrue(Files.isRegularFile(png), "chromium wrote no picture; see " + dir.resolve("chromium.log"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(2000, image.getHeight());
        double mean = 0;
        double square = 0;
        int n = 0;
        int colours = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                double luminance = 0.299 * (rgb >> 16) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                mean += luminance;
                square += luminance * luminance;
                n++;
                if (seen.add(rgb)) {
                    colours++;
                }
            }
        }
        mean /= n;
        double variance = square / n - mean * mean;
        assertTrue(variance > 300, "the picture is nearly blank: luminance variance " + variance);
        assertTrue(colours > 50, "the picture has only " + colours + " colours");
    }

    private static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return fail("Chromium is not installed (Debian package chromium; .ci/run installs it)");
    }
}
