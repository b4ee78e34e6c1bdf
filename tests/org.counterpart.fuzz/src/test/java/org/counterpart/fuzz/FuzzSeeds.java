package org.counterpart.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.demo.DemoCountryGenerator;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.SignedEnvelopeReader;
import org.counterpart.security.SignedEnvelopeWriter;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.store.internal.KeyDerivation;
import org.counterpart.sync.PackageWriter;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * Writes the fixed fuzz identity and the seed packages into the test resources. Run by hand only
 * when the package layout changes (the committed files are what the fuzz tests use):
 *
 * <pre>
 * java -cp "$(cat CLASSPATH_FILE):target/test-classes" org.counterpart.fuzz.FuzzSeeds src/test/resources
 * </pre>
 *
 * with the test class path of this module (for example from {@code dependency:build-classpath}). It
 * writes a new identity, so all seeds must be written again together; findings saved under the
 * {@code *Inputs} folders were made for the old identity.
 */
public final class FuzzSeeds {

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws Exception {
        Path resources = Path.of(args[0]).resolve("org/counterpart/fuzz");
        Path identityDirectory = Files.createDirectories(resources.resolve("identity"));
        Path scratch = Files.createTempDirectory("counterpart-fuzz-ca");
        char[] caPassphrase = "fuzz-ca-passphrase".toCharArray();
        CertificateAuthority authority = CertificateAuthority.create(scratch.resolve("ca"),
                "CN=Counterpart Fuzz Test CA,O=Counterpart", KeyAlgorithm.EC_P256, Duration.ofDays(20 * 365),
                caPassphrase);
        Instant from = Instant.now().minus(Duration.ofDays(1));
        Instant until = from.plus(Duration.ofDays(20 * 365));
        DeviceIdentity device = issue(authority, "fuzz-device", KeyAlgorithm.EC_P256, from, until);
        // Another recipient the fuzz identity is not, so seeds carry two recipient infos of both kinds.
        DeviceIdentity other = issue(authority, "other-device", KeyAlgorithm.RSA_3072, from, until);
        device.save(identityDirectory.resolve(FuzzIdentity.DEVICE), FuzzIdentity.PASSPHRASE);
        Files.writeString(identityDirectory.resolve(FuzzIdentity.AUTHORITY),
                CertificatePem.encode(List.of(authority.certificate())));
        Files.writeString(identityDirectory.resolve(FuzzIdentity.REVOCATIONS),
                CertificatePem.encode(authority.issueRevocationList(from, until)));

        X509Certificate self = device.certificate().orElseThrow();
        X509Certificate otherCertificate = other.certificate().orElseThrow();
        Path envelopeSeeds = Files.createDirectories(
                resources.resolve("EnvelopeReaderFuzzTestInputs/fuzzEnvelopeReader"));
        byte[] random = new byte[600];
        new Random(7).nextBytes(random);
        Files.write(envelopeSeeds.resolve("empty.cms"), seal(device, List.of(self), new byte[0]));
        Files.write(envelopeSeeds.resolve("text.cms"),
                seal(device, List.of(self), "format: 1.0\npackage-sequence: 1\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(envelopeSeeds.resolve("two-recipients.cms"), seal(device, List.of(otherCertificate, self), random));

        // The archives inside real packages, as PackageWriter writes them.
        Path archiveSeeds = Files.createDirectories(resources.resolve("PackageArchiveFuzzTestInputs/fuzzPackageArchive"));
        char[] storePassphrase = "fuzz-store-passphrase".toCharArray();
        KeyDerivation.Parameters cheap = new KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1);
        Path note = Files.writeString(scratch.resolve("note.txt"), "Seen at the market, 10:40.\n");
        try (WorkspaceStore empty = JdbcWorkspaceStore.create(scratch.resolve("empty"), storePassphrase, cheap)) {
            empty.load();
            Files.write(archiveSeeds.resolve("no-operations.zip"), archive(device, empty, List.of()));
            Files.write(archiveSeeds.resolve("attachment.zip"), archive(device, empty, List.of(note)));
        }
        CounterpartPackage.eINSTANCE.eClass();
        Resource demo = new ResourceImpl();
        demo.getContents().add(new DemoCountryGenerator(7, 1).generate());
        // The whole demo workspace makes a 500 KB archive; the start of its journal keeps the seed small.
        try (WorkspaceStore store = JdbcWorkspaceStore.importModel(
                JdbcWorkspaceStore.create(scratch.resolve("demo"), storePassphrase, cheap), demo);
                WorkspaceStore small = JdbcWorkspaceStore.create(scratch.resolve("small"), storePassphrase, cheap)) {
            small.load();
            small.importOperations(store.journal().subList(0, 60));
            Files.write(archiveSeeds.resolve("demo-journal-start.zip"), archive(device, small, List.of(note)));
        }
    }

    /** The archive of a package PackageWriter writes for {@code device} itself, taken out of its envelope. */
    private static byte[] archive(DeviceIdentity device, WorkspaceStore store, List<Path> attachments) throws Exception {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        new PackageWriter(device).write(store, List.of(device.certificate().orElseThrow()), attachments, sealed);
        try (SignedEnvelopeReader reader = SignedEnvelopeReader.open(new ByteArrayInputStream(sealed.toByteArray()),
                device)) {
            return reader.unverifiedContent().readAllBytes();
        }
    }

    static byte[] seal(DeviceIdentity signer, List<X509Certificate> recipients, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = SignedEnvelopeWriter.open(bytes, signer, recipients)) {
            out.write(content);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
        return bytes.toByteArray();
    }

    private static DeviceIdentity issue(CertificateAuthority authority, String name, KeyAlgorithm algorithm,
            Instant from, Instant until) throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(algorithm);
        X509Certificate issued = authority.issue(identity.certificationRequestPem("CN=" + name + ",OU=Fuzz,O=Counterpart"),
                from, until);
        identity.installCertificateChain(List.of(issued, authority.certificate()));
        return identity;
    }
}
