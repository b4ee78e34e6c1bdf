package org.counterpart.sync.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.store.journal.Operation;
import org.counterpart.sync.ConvergentMerge;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageReader;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A headquarters authority, a field device and headquarters' own identity, and encrypted H2 stores
 * in a temporary folder, for package tests.
 */
final class SyncFixture {

    static final char[] CA_PASSPHRASE = "ca-test-passphrase".toCharArray();
    static final String STORE_PASSPHRASE = "correct horse battery staple";
    /** Cheap key stretching: tests open many stores. */
    static final KeyDerivation.Parameters FAST_KDF = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);

    final Path directory;
    final CertificateAuthority authority;
    final DeviceIdentity field;
    final DeviceIdentity hq;

    SyncFixture(Path directory) throws Exception {
        this.directory = directory;
        CounterpartPackage.eINSTANCE.eClass();
        authority = CertificateAuthority.create(directory.resolve("ca"), "CN=Counterpart Test HQ CA,O=Counterpart",
                KeyAlgorithm.EC_P256, Duration.ofDays(3650), CA_PASSPHRASE);
        field = device("laptop-7", KeyAlgorithm.EC_P256);
        hq = device("hq-server", KeyAlgorithm.RSA_3072);
    }

    DeviceIdentity device(String name, KeyAlgorithm algorithm) throws Exception {
        return device(authority, name, algorithm, Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(365)));
    }

    /** A device certified for {@code country} (ISO 3166-1 alpha-3), as baselines need. */
    DeviceIdentity device(String name, KeyAlgorithm algorithm, String country) throws Exception {
        return device(authority, name, algorithm, Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(365)), country);
    }

    static DeviceIdentity device(CertificateAuthority issuer, String name, KeyAlgorithm algorithm, Instant notBefore,
            Instant notAfter) throws Exception {
        return device(issuer, name, algorithm, notBefore, notAfter, null);
    }

    static DeviceIdentity device(CertificateAuthority issuer, String name, KeyAlgorithm algorithm, Instant notBefore,
            Instant notAfter, String country) throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(algorithm);
        X509Certificate issued = issuer.issue(identity.certificationRequestPem("CN=" + name + ",OU=Field,O=Counterpart"),
                notBefore, notAfter, country);
        identity.installCertificateChain(List.of(issued, issuer.certificate()));
        return identity;
    }

    /**
     * An identity whose certificate binds {@code store}'s device id; with {@code headquarters}, one of
     * headquarters' identities.
     */
    DeviceIdentity bound(String name, WorkspaceStore store, boolean headquarters) throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(KeyAlgorithm.EC_P256);
        X509Certificate issued = authority.issue(
                identity.certificationRequestPem("CN=" + name + ",OU=Field,O=Counterpart", store.deviceId()),
                Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofDays(365)), null, headquarters);
        identity.installCertificateChain(List.of(issued, authority.certificate()));
        return identity;
    }

    TrustVerifier trust() throws Exception {
        return new TrustVerifier(authority.certificate(), authority.issueRevocationList(Duration.ofDays(7)));
    }

    static X509Certificate certificate(DeviceIdentity identity) {
        return identity.certificate().orElseThrow();
    }

    /** An empty encrypted store. */
    WorkspaceStore emptyStore() throws Exception {
        return emptyStore(directory.resolve("store-" + UUID.randomUUID()));
    }

    /** An empty encrypted store in {@code storeDirectory}. */
    static WorkspaceStore emptyStore(Path storeDirectory) throws Exception {
        WorkspaceStore store = JdbcWorkspaceStore.create(storeDirectory, STORE_PASSPHRASE.toCharArray(), FAST_KDF);
        store.load();
        return store;
    }

    /** A store holding a small demo workspace (its journal creates it). */
    WorkspaceStore demoStore() throws Exception {
        return demoStore(7);
    }

    /** A store holding the demo workspace of {@code seed}; different seeds give objects with different ids. */
    WorkspaceStore demoStore(long seed) throws Exception {
        return demoStore(directory.resolve("store-" + UUID.randomUUID()), seed);
    }

    /** A store in {@code storeDirectory} holding the demo workspace of {@code seed}. */
    static WorkspaceStore demoStore(Path storeDirectory, long seed) throws Exception {
        Resource source = new ResourceImpl();
        source.getContents().add(new DemoCountryGenerator(seed, 1).generate());
        WorkspaceStore store = JdbcWorkspaceStore.importModel(JdbcWorkspaceStore.create(
                storeDirectory, STORE_PASSPHRASE.toCharArray(), FAST_KDF), source);
        store.load();
        return store;
    }

    /**
     * Opens a copy of the closed store in {@code template}, made in {@code copy}: tests that each need the same
     * stores build them once and start from a fresh copy.
     */
    static WorkspaceStore openCopy(Path template, Path copy) throws Exception {
        try (var files = Files.walk(template)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, copy.resolve(template.relativize(file).toString()));
            }
        }
        WorkspaceStore store = JdbcWorkspaceStore.open(copy, STORE_PASSPHRASE.toCharArray());
        store.load();
        return store;
    }

    /** Writes {@code archive} (a zip the test builds by hand) signed by {@code signer} and encrypted for {@code recipient}. */
    static byte[] seal(DeviceIdentity signer, X509Certificate recipient, ArchiveContent archive) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream envelope = SignedEnvelopeWriter.open(bytes, signer, List.of(recipient));
                ZipOutputStream zip = new ZipOutputStream(envelope)) {
            archive.write(zip);
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    Path write(String name, byte[] content) throws IOException {
        Path file = directory.resolve(name);
        Files.write(file, content);
        return file;
    }

    @FunctionalInterface
    interface ArchiveContent {
        void write(ZipOutputStream zip) throws IOException;
    }

    /**
     * Merges into {@code to} everything {@code from} holds that {@code to} lacks, from every device, as a
     * package carries it, without the envelope.
     */
    static void sendLacking(WorkspaceStore from, WorkspaceStore to) throws Exception {
        Map<String, Long> heads = to.journalHeads();
        List<Operation> ops = new ArrayList<>();
        for (String device : from.journalHeads().keySet()) {
            ops.addAll(from.journal(device, heads.getOrDefault(device, 0L)));
        }
        to.importOperations(ops, Map.of(), new ConvergentMerge());
    }

    /** A package read and verified, with the operations it carries (collected in memory, as a test may). */
    record ReadPackage(PackageManifest manifest, List<Operation> operations) {
    }

    /** Reads and verifies {@code sealed} with {@code reader}, keeping its operations. */
    static ReadPackage readAll(PackageReader reader, byte[] sealed) throws PackageException {
        List<Operation> operations = new ArrayList<>();
        PackageManifest manifest = reader.read(new ByteArrayInputStream(sealed), operations::add).manifest();
        return new ReadPackage(manifest, operations);
    }
}
