package org.counterpart.exercise.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.counterpart.exercise.ClassEnrolment;
import org.counterpart.exercise.ClassEnrolment.Trainee;
import org.counterpart.exercise.ExerciseAuthority;
import org.counterpart.exercise.ExerciseKit;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class enrolled in bulk from a list: each trainee gets a PKCS#12 identity of the exercise authority, bound to
 * their device if named; a bad line names itself and enrols nobody; a cancel or a name already in the kit leaves the
 * kit as it was, with whatever was issued revoked and said.
 */
class ClassEnrolmentTest {

    private static final char[] CA = "authority passphrase".toCharArray();
    private static final char[] IDENTITIES = "identity passphrase".toCharArray();
    private static final String DEVICE = "0b6d2c1e-4f3a-4e5b-9c7d-8a9b0c1d2e3f";

    @TempDir
    Path temp;

    private ExerciseKit kit;

    @BeforeEach
    void createKit() throws Exception {
        kit = ExerciseKit.create(temp.resolve("kit"), "Border Watch", List.of("first"), CA.clone(), IDENTITIES.clone());
    }

    @Test
    void aClassListReadsWithHeaderCommentsAndDeviceIds() throws Exception {
        List<Trainee> read = ClassEnrolment.parse("name,device\n# the morning group\nanna;" + DEVICE.toUpperCase()
                + "\n\n  ben  \ncarla\t\n");
        assertEquals(List.of(new Trainee("anna", DEVICE), new Trainee("ben", null), new Trainee("carla", null)), read);
    }

    @Test
    void aBadLineIsNamedAndNothingIsRead() {
        assertBad("anna\nben\nb%n\n", "line 3");
        assertBad("anna\nanna\n", "line 2");
        assertBad("anna,not-a-device\n", "not-a-device");
        assertBad("anna," + DEVICE + "\nben," + DEVICE + "\n", "line 2");
        assertBad("anna,1,2\n", "line 1");
        assertBad("# nobody\n\n", "names no trainee");
        assertBad("trainer\n", "trainer");
    }

    private static void assertBad(String list, String said) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ClassEnrolment.parse(list), list);
        assertTrue(e.getMessage().contains(said) && e.getMessage().contains("Nobody was enrolled"), e.getMessage());
    }

    @Test
    void theWholeClassIsIssuedWithProgressAndBoundToItsDevices() throws Exception {
        List<String> told = new ArrayList<>();
        ClassEnrolment.Result result = ClassEnrolment.enrol(kit, CA.clone(),
                ClassEnrolment.parse("anna," + DEVICE + "\nben\ncarla\n"), IDENTITIES.clone(), progress(told, -1));
        assertEquals(List.of("anna", "ben", "carla"), result.enrolled());
        assertFalse(result.cancelled());
        assertEquals(List.of("anna 1/3", "ben 2/3", "carla 3/3"), told);
        assertEquals(List.of("anna", "ben", "carla", "first"), kit.trainees());
        DeviceIdentity anna = kit.participant("anna").loadDevice(IDENTITIES.clone());
        X509Certificate certificate = anna.certificate().orElseThrow();
        assertEquals(Optional.of(DEVICE), DeviceBinding.deviceId(certificate));
        assertTrue(certificate.getSubjectX500Principal().getName().contains("CN=anna"));
        assertTrue(ExerciseAuthority.isExerciseAuthority(kit.participant("anna").authority()));
        assertEquals(Optional.empty(),
                DeviceBinding.deviceId(kit.participant("ben").loadDevice(IDENTITIES.clone()).certificate().orElseThrow()));
        assertNoStaging();
    }

    @Test
    void aCancelPartWayEnrolsNobodyAndRevokesWhatWasIssued() throws Exception {
        List<String> told = new ArrayList<>();
        ClassEnrolment.Result result = ClassEnrolment.enrol(kit, CA.clone(), ClassEnrolment.parse("anna\nben\ncarla\ndora\n"),
                IDENTITIES.clone(), progress(told, 2));
        assertTrue(result.cancelled());
        assertEquals(List.of(), result.enrolled());
        assertEquals(2, result.revoked(), "the two issued before the cancel");
        assertEquals(List.of("first"), kit.trainees(), "the kit is as it was");
        assertEquals(2, revokedCount());
        assertNoStaging();
    }

    @Test
    void aTraineeAlreadyInTheKitStopsTheEnrolmentBeforeAnythingIsIssued() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ClassEnrolment.enrol(kit, CA.clone(),
                ClassEnrolment.parse("anna\nfirst\n"), IDENTITIES.clone(), progress(new ArrayList<>(), -1)));
        assertTrue(e.getMessage().contains("'first' is already enrolled"), e.getMessage());
        assertEquals(List.of("first"), kit.trainees());
        assertEquals(0, revokedCount());
        ScenarioException wrong = assertThrows(ScenarioException.class, () -> ClassEnrolment.enrol(kit,
                "wrong".toCharArray(), ClassEnrolment.parse("anna\n"), IDENTITIES.clone(), progress(new ArrayList<>(), -1)));
        assertTrue(wrong.getMessage().contains("Nobody was enrolled"), wrong.getMessage());
        assertEquals(List.of("first"), kit.trainees());
        assertNoStaging();
    }

    private int revokedCount() throws Exception {
        X509CRL crl = ExerciseAuthority.open(kit.directory().resolve(ExerciseKit.AUTHORITY), CA.clone()).trust()
                .revocationList();
        return crl.getRevokedCertificates() == null ? 0 : crl.getRevokedCertificates().size();
    }

    private void assertNoStaging() throws Exception {
        try (Stream<Path> entries = Files.list(kit.directory())) {
            List<String> hidden = entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), hidden, "no staging folder is left");
        }
    }

    /** Notes each trainee issued; cancels once {@code cancelAfter} are issued (never if negative). */
    private static ClassEnrolment.Progress progress(List<String> told, int cancelAfter) {
        return new ClassEnrolment.Progress() {
            @Override
            public void issued(String name, int done, int total) {
                told.add(name + " " + done + "/" + total);
            }

            @Override
            public boolean isCancelled() {
                return cancelAfter >= 0 && told.size() >= cancelAfter;
            }
        };
    }
}
