package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.StoreHeader;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageException.Reason;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.sync.internal.ManifestCodec;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exercise data never mixes with real data: an exercise store (marked in its header) writes packages marked
 * exercise, a real store refuses them, an exercise store refuses real ones, each with a message saying so and the
 * store unchanged; two exercise stores exchange packages as real stores do.
 */
class ExercisePackageIsolationTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    private record Snapshot(String state, List<Operation> journal, Map<String, Long> marks) {
        static Snapshot of(WorkspaceStore store) throws StoreException {
            return new Snapshot(store.stateHash(), store.journal(), store.syncMarks(""));
        }
    }

    private WorkspaceStore demoStore(String name, boolean exercise) throws Exception {
        Path dir = temp.resolve(name);
        Resource source = new ResourceImpl();
        source.getContents().add(new DemoCountryGenerator(7, 1).generate());
        JdbcWorkspaceStore.create(dir, SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF).close();
        if (exercise) {
            WorkspaceStore.markExercise(dir);
        }
        WorkspaceStore store = JdbcWorkspaceStore.importModel(
                JdbcWorkspaceStore.open(dir, SyncFixture.STORE_PASSPHRASE.toCharArray()), source);
        store.load();
        return store;
    }

    private WorkspaceStore emptyStore(String name, boolean exercise) throws Exception {
        Path dir = temp.resolve(name);
        JdbcWorkspaceStore.create(dir, SyncFixture.STORE_PASSPHRASE.toCharArray(), SyncFixture.FAST_KDF).close();
        if (exercise) {
            WorkspaceStore.markExercise(dir);
        }
        WorkspaceStore store = JdbcWorkspaceStore.open(dir, SyncFixture.STORE_PASSPHRASE.toCharArray());
        store.load();
        return store;
    }

    private byte[] export(WorkspaceStore store, DeviceIdentity sender, DeviceIdentity recipient) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(store, List.of(SyncFixture.certificate(recipient)), List.of(), out);
        return out.toByteArray();
    }

    @Test
    void theMarkIsInTheHeaderAndSurvivesReopeningAndAPassphraseChange() throws Exception {
        Path dir = temp.resolve("exercise");
        try (WorkspaceStore store = emptyStore("exercise", true)) {
            assertTrue(store.isExercise());
            store.changePassphrase(SyncFixture.STORE_PASSPHRASE.toCharArray(), "another passphrase".toCharArray());
        }
        assertTrue(Files.readString(StoreHeader.file(dir), StandardCharsets.ISO_8859_1).contains("purpose=exercise"));
        try (WorkspaceStore store = JdbcWorkspaceStore.open(dir, "another passphrase".toCharArray())) {
            assertTrue(store.isExercise(), "the mark survives a passphrase change");
        }
        try (WorkspaceStore real = emptyStore("real", false)) {
            assertFalse(real.isExercise());
            assertFalse(Files.readString(StoreHeader.file(temp.resolve("real")), StandardCharsets.ISO_8859_1)
                    .contains("purpose"), "a real store's header stays as before");
        }
    }

    @Test
    void aRealStoreRefusesAnExercisePackageAndStaysUnchanged() throws Exception {
        try (WorkspaceStore trainee = demoStore("trainee", true); WorkspaceStore real = emptyStore("real", false)) {
            byte[] sealed = export(trainee, fixture.field, fixture.hq);
            Snapshot before = Snapshot.of(real);

            PackageException refused = assertThrows(PackageException.class,
                    () -> new PackageReader(fixture.hq, fixture.trust()).importPackage(new ByteArrayInputStream(sealed),
                            real));

            assertEquals(Reason.EXERCISE_MISMATCH, refused.reason());
            assertTrue(refused.getMessage().startsWith("This is an exercise package"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("Nothing was imported."), refused.getMessage());
            assertEquals(before, Snapshot.of(real));
        }
    }

    @Test
    void anExerciseStoreRefusesARealPackageAndStaysUnchanged() throws Exception {
        try (WorkspaceStore field = demoStore("field", false); WorkspaceStore trainee = emptyStore("trainee", true)) {
            byte[] sealed = export(field, fixture.field, fixture.hq);
            Snapshot before = Snapshot.of(trainee);

            PackageException refused = assertThrows(PackageException.class,
                    () -> new PackageReader(fixture.hq, fixture.trust()).importPackage(new ByteArrayInputStream(sealed),
                            trainee));

            assertEquals(Reason.EXERCISE_MISMATCH, refused.reason());
            assertTrue(refused.getMessage().startsWith("This is a real package"), refused.getMessage());
            assertEquals(before, Snapshot.of(trainee));
        }
    }

    @Test
    void exerciseStoresExchangeExercisePackages() throws Exception {
        try (WorkspaceStore trainee = demoStore("trainee", true); WorkspaceStore trainer = emptyStore("trainer", true)) {
            byte[] sealed = export(trainee, fixture.field, fixture.hq);

            ImportResult result = new PackageReader(fixture.hq, fixture.trust())
                    .importPackage(new ByteArrayInputStream(sealed), trainer);

            assertEquals(ImportResult.Status.APPLIED, result.status());
            assertTrue(result.manifest().exercise());
            assertEquals(trainee.stateHash(), trainer.stateHash());
        }
    }

    @Test
    void onlyExerciseManifestsCarryThePurposeLine() throws Exception {
        try (WorkspaceStore field = demoStore("field", false)) {
            byte[] sealed = export(field, fixture.field, fixture.hq);
            PackageManifest manifest = SyncFixture.readAll(new PackageReader(fixture.hq, fixture.trust()), sealed)
                    .manifest();
            assertFalse(manifest.exercise());
            String text = new String(ManifestCodec.encode(manifest), StandardCharsets.UTF_8);
            assertFalse(text.contains("purpose"), text);
            PackageManifest marked = new PackageManifest(manifest.formatVersion(), manifest.packageId(),
                    manifest.deviceId(), manifest.packageSequence(), manifest.created(), manifest.operationCount(),
                    manifest.firstClock(), manifest.lastClock(), manifest.origins(), manifest.known(),
                    manifest.markingOperations(), manifest.classifications(), manifest.attachments(), true);
            String markedText = new String(ManifestCodec.encode(marked), StandardCharsets.UTF_8);
            assertTrue(markedText.endsWith("purpose: exercise\n"), markedText);
            assertEquals(marked, ManifestCodec.decode(ManifestCodec.encode(marked)));
            byte[] wrong = markedText.replace("purpose: exercise", "purpose: drill").getBytes(StandardCharsets.UTF_8);
            PackageException malformed = assertThrows(PackageException.class, () -> ManifestCodec.decode(wrong));
            assertEquals(Reason.MALFORMED_MANIFEST, malformed.reason());
        }
    }

    @Test
    void anExercisePackageCarriesItsStoresExerciseMarksAndARealOneNone() throws Exception {
        try (WorkspaceStore trainee = demoStore("trainee", true); WorkspaceStore field = demoStore("field", false)) {
            trainee.raiseSyncMarks(Map.of("exercise/compression", 144L, "exercise/order/00000000/START", 1_733_389_200_000L,
                    "package/unrelated", 5L));
            PackageManifest manifest = SyncFixture.readAll(new PackageReader(fixture.hq, fixture.trust()),
                    export(trainee, fixture.field, fixture.hq)).manifest();
            assertEquals(Map.of("compression", 144L, "order/00000000/START", 1_733_389_200_000L), manifest.exerciseMarks());
            String text = new String(ManifestCodec.encode(manifest), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("format: " + PackageManifest.FORMAT_VERSION + "\n"), text);
            assertTrue(text.contains("\nexercise.order/00000000/START: 1733389200000\n"), text);
            assertEquals(manifest, ManifestCodec.decode(ManifestCodec.encode(manifest)));

            field.raiseSyncMarks(Map.of("exercise/compression", 144L));
            PackageManifest real = SyncFixture.readAll(new PackageReader(fixture.hq, fixture.trust()),
                    export(field, fixture.field, fixture.hq)).manifest();
            assertEquals(Map.of(), real.exerciseMarks(), "a real store's package carries no exercise marks");
            // a real manifest with an exercise mark, or a mark with an unsafe name, is malformed
            String realText = new String(ManifestCodec.encode(real), StandardCharsets.UTF_8);
            for (String bad : List.of(realText + "exercise.compression: 144\n",
                    text + "exercise.../x y: 1\n", text.replace("exercise.compression: 144", "exercise.compression: -1"))) {
                PackageException malformed = assertThrows(PackageException.class,
                        () -> ManifestCodec.decode(bad.getBytes(StandardCharsets.UTF_8)));
                assertEquals(Reason.MALFORMED_MANIFEST, malformed.reason(), bad);
            }
        }
    }
}
