package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.model.demo.OfflineEditGenerator;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.Conflict;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.TestDatabase;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two of headquarters' importing processes, each a JVM of its own, import packages of three field devices into one
 * shared store on PostgreSQL at the same time: some packages only one of them has, some both (the same package
 * picked up twice). Nothing is lost and nothing is duplicated: the shared store ends in the state, the conflicts and
 * the journal of a single import of every package into a local H2 store, by canonical hash.
 */
@ResourceLock(TestDatabase.POSTGRESQL)
class SharedStoreConcurrentImportTest {

    private static final char[] KEY_PASSPHRASE = "hq-key-passphrase".toCharArray();

    @TempDir
    Path temp;

    private SyncFixture fixture;
    private final List<Path> packages = new ArrayList<>();
    private String reference;
    private List<String> referenceConflicts;
    private long referenceJournal;
    private java.util.Map<String, Long> referenceHeads;

    @Test
    void twoWorkstationsTakingTurnsLoseAndDuplicateNothing() throws Exception {
        TestDatabase.requirePostgres("The shared store's import by turns");
        String url = serverSchema();
        prepare(url);
        try (WorkspaceStore a = WorkspaceStore.openServer(url, setting("USER"), setting("PASSWORD").toCharArray());
                WorkspaceStore b = WorkspaceStore.openServer(url, setting("USER"), setting("PASSWORD").toCharArray())) {
            a.load();
            b.load();
            int[][] turns = { { 0, 0 }, { 1, 2 }, { 0, 2 }, { 1, 4 }, { 0, 1 }, { 1, 3 }, { 0, 3 }, { 1, 5 } };
            for (int[] turn : turns) {
                read(fixture, Files.readAllBytes(packages.get(turn[1])), turn[0] == 0 ? a : b);
            }
            assertEquals(referenceJournal, a.stats().journalSize(), "every operation once");
            assertEquals(referenceHeads, a.journalHeads(), "every device's operations, none left out");
        }
    }

    @Test
    void twoProcessesImportingAtOnceLoseAndDuplicateNothing() throws Exception {
        TestDatabase.requirePostgres("The shared store's concurrent import");
        String url = serverSchema();
        prepare(url);
        runChildren(url);
    }

    /** Headquarters' baseline in the shared store, six field packages, and their single import into H2. */
    private void prepare(String url) throws Exception {
        fixture = new SyncFixture(temp);
        try (WorkspaceStore hq = fixture.demoStore(); WorkspaceStore referenceStore = fixture.emptyStore();
                WorkspaceStore shared = WorkspaceStore.openServer(url, setting("USER"), setting("PASSWORD").toCharArray())) {
            shared.load();
            byte[] baseline = write(fixture.hq, hq, SyncFixture.certificate(fixture.hq));
            read(fixture, baseline, shared);
            read(fixture, baseline, referenceStore);
            assertEquals(hq.stateHash(), shared.stateHash());

            // three devices edit offline, with collisions, and send two packages each
            Theater atHq = (Theater) hq.resource().getContents().get(0);
            String contactId = atHq.getContacts().get(2).getId();
            for (int d = 0; d < 3; d++) {
                DeviceIdentity device = fixture.device("laptop-" + d, KeyAlgorithm.EC_P256);
                try (WorkspaceStore field = fixture.emptyStore()) {
                    read(device, write(fixture.hq, hq, SyncFixture.certificate(device)), field, fixture);
                    Theater theater = (Theater) field.resource().getContents().get(0);
                    ((Contact) byId(theater, contactId)).setPosition("position set on laptop " + d);
                    new OfflineEditGenerator(70 + d, "officer-" + d).apply(theater, 60);
                    field.save();
                    packages.add(file(d + "-1", write(device, field, SyncFixture.certificate(fixture.hq))));
                    new OfflineEditGenerator(80 + d, "officer-" + d).apply(theater, 40);
                    field.save();
                    packages.add(file(d + "-2", write(device, field, SyncFixture.certificate(fixture.hq))));
                }
            }
            for (Path p : packages) {
                assertEquals(ImportResult.Status.APPLIED,
                        read(fixture, Files.readAllBytes(p), referenceStore).status());
            }
            reference = referenceStore.stateHash();
            referenceConflicts = keys(referenceStore.conflicts());
            referenceJournal = referenceStore.stats().journalSize();
            assertNotEquals(hq.stateHash(), reference, "the packages change something");
            assertTrue(referenceConflicts.size() > 0, "the devices collided");
            referenceHeads = referenceStore.journalHeads();
        }
    }

    private void runChildren(String url) throws Exception {

        // device 0 only to the first, device 2 only to the second, device 1 to both (overlapping)
        List<Path> first = List.of(packages.get(0), packages.get(2), packages.get(1), packages.get(3));
        List<Path> second = List.of(packages.get(2), packages.get(4), packages.get(3), packages.get(5));
        Path key = temp.resolve("hq.p12");
        fixture.hq.save(key, KEY_PASSPHRASE);
        Path ca = Files.write(temp.resolve("ca.der"), fixture.authority.certificate().getEncoded());
        Path crl = Files.write(temp.resolve("crl.der"),
                fixture.authority.issueRevocationList(java.time.Duration.ofDays(7)).getEncoded());
        Path start = temp.resolve("start");
        List<Process> children = new ArrayList<>();
        List<Path> ready = new ArrayList<>();
        for (List<Path> picked : List.of(first, second)) {
            Path readyFile = temp.resolve("ready-" + children.size());
            ready.add(readyFile);
            List<String> args = new ArrayList<>(List.of(url, setting("USER"), key.toString(), ca.toString(),
                    crl.toString(), readyFile.toString(), start.toString()));
            picked.forEach(p -> args.add(p.toString()));
            Process child = ChildJvm.java(List.of(), classPath(), SharedStoreImporter.class, args.toArray(String[]::new))
                    .redirectErrorStream(true).start();
            try (OutputStream stdin = child.getOutputStream()) {
                stdin.write((setting("PASSWORD") + "\n" + new String(KEY_PASSPHRASE) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            children.add(child);
        }
        long deadline = System.currentTimeMillis() + 120_000;
        while (!ready.stream().allMatch(Files::exists) && children.stream().allMatch(Process::isAlive)
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Files.writeString(start, "go"); // both loaded: they import at the same time
        List<String> outputs = new ArrayList<>();
        for (Process child : children) {
            assertTrue(child.waitFor(240, TimeUnit.SECONDS), "an importer did not finish");
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            outputs.add(out);
            assertEquals(0, child.exitValue(), out);
        }
        assertTrue(outputs.get(0).contains("APPLIED") && outputs.get(1).contains("APPLIED"), String.join("\n", outputs));

        try (WorkspaceStore shared = WorkspaceStore.openServer(url, setting("USER"), setting("PASSWORD").toCharArray())) {
            shared.load();
            assertEquals(referenceJournal, shared.stats().journalSize(), "every operation once");
            assertEquals(referenceHeads, shared.journalHeads(), "every device's operations, none left out");
        }
    }

    private String classPath() throws ClassNotFoundException {
        ClassLoader store = WorkspaceStore.class.getClassLoader();
        ClassLoader security = DeviceIdentity.class.getClassLoader();
        return ChildJvm.classPath(SharedStoreImporter.class, PackageReader.class, WorkspaceStore.class,
                DeviceIdentity.class, Theater.class, EObject.class, org.eclipse.emf.common.util.URI.class,
                org.postgresql.Driver.class, Class.forName("org.h2.Driver", false, store),
                Class.forName("org.bouncycastle.crypto.generators.SCrypt", false, store),
                Class.forName("org.bouncycastle.cms.CMSSignedData", false, security),
                Class.forName("org.bouncycastle.asn1.cms.ContentInfo", false, security));
    }

    /** A fresh schema of the test database, as the URL of a shared store. */
    private static String serverSchema() {
        return TestDatabase.newSchemaUrl();
    }

    private static String setting(String suffix) {
        return TestDatabase.setting(suffix);
    }

    private Path file(String name, byte[] content) throws Exception {
        return Files.write(temp.resolve("package-" + name + ".cpkg"), content);
    }

    private static byte[] write(DeviceIdentity sender, WorkspaceStore store, java.security.cert.X509Certificate to)
            throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PackageWriter(sender).write(store, List.of(to), List.of(), out);
        return out.toByteArray();
    }

    private static ImportResult read(SyncFixture fixture, byte[] pkg, WorkspaceStore store) throws Exception {
        return read(fixture.hq, pkg, store, fixture);
    }

    private static ImportResult read(DeviceIdentity recipient, byte[] pkg, WorkspaceStore store, SyncFixture fixture)
            throws Exception {
        return new PackageReader(recipient, fixture.trust()).importPackage(new ByteArrayInputStream(pkg), store);
    }

    private static EObject byId(Theater theater, String id) {
        for (var it = theater.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof org.counterpart.model.Identified identified && id.equals(identified.getId())) {
                return o;
            }
        }
        throw new AssertionError("no object " + id);
    }

    private static List<String> keys(List<Conflict> conflicts) {
        return conflicts.stream().map(Conflict::key).sorted().toList();
    }
}
