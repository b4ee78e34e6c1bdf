package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.counterpart.security.CertificatePem;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.journal.OperationCodec;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package is standard CMS: the openssl binary decrypts it with a recipient's key, verifies the
 * signature against the headquarters CA certificate, and what comes out is the zip archive with
 * the manifest and the operations. The test key is exported for openssl into the test's
 * temporary folder only.
 */
class OpensslPackageTest {

    private static final String KEY_PASSPHRASE = "p12-test-passphrase";

    @TempDir
    Path temp;

    @Test
    void opensslDecryptsAndVerifiesAPackageAndRecoversTheArchive() throws Exception {
        assertEquals(0, run(null, "openssl", "version"), "the openssl binary is required for this test");
        SyncFixture fixture = new SyncFixture(temp);
        Path sealed = temp.resolve("laptop-7.cpkg");
        PackageManifest manifest;
        long journal;
        String device;
        try (WorkspaceStore field = fixture.demoStore(); OutputStream out = Files.newOutputStream(sealed)) {
            journal = field.stats().journalSize();
            device = field.deviceId();
            manifest = new PackageWriter(fixture.field).write(field, List.of(SyncFixture.certificate(fixture.hq)),
                    List.of(), out);
        }

        Path caPem = temp.resolve("ca.pem");
        Files.writeString(caPem, CertificatePem.encode(List.of(fixture.authority.certificate())));
        Path hqPem = temp.resolve("hq.pem");
        Files.writeString(hqPem, CertificatePem.encode(List.of(SyncFixture.certificate(fixture.hq))));
        Path hqP12 = temp.resolve("hq.p12");
        fixture.hq.save(hqP12, KEY_PASSPHRASE.toCharArray());
        Path hqKey = temp.resolve("hq.key");
        assertEquals(0, run(null, "openssl", "pkcs12", "-in", hqP12.toString(), "-nocerts", "-nodes", "-passin",
                "pass:" + KEY_PASSPHRASE, "-out", hqKey.toString()));

        Path signed = temp.resolve("signed.der");
        assertEquals(0, run(null, "openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", sealed.toString(),
                "-recip", hqPem.toString(), "-inkey", hqKey.toString(), "-out", signed.toString()));
        Path archive = temp.resolve("inner.zip");
        Path verifyLog = temp.resolve("verify.log");
        assertEquals(0, run(verifyLog, "openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                signed.toString(), "-CAfile", caPem.toString(), "-out", archive.toString()));
        assertTrue(Files.readString(verifyLog).contains("Verification successful"), Files.readString(verifyLog));

        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<String> names = new ArrayList<>();
            Collections.list(zip.entries()).forEach(e -> names.add(e.getName()));
            assertEquals(List.of("manifest.txt", "operations.bin"), names);
            String text = new String(zip.getInputStream(zip.getEntry("manifest.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(text.startsWith("format: " + org.counterpart.sync.PackageManifest.FORMAT_VERSION + "\n"), text);
            assertTrue(text.contains("device: " + device + "\n"), text);
            assertTrue(text.contains("operation-count: " + journal + "\n"), text);
            assertTrue(text.contains("package-id: " + manifest.packageId() + "\n"), text);
            ZipEntry operations = zip.getEntry("operations.bin");
            try (DataInputStream in = new DataInputStream(zip.getInputStream(operations))) {
                long count = 0;
                while (true) {
                    try {
                        OperationCodec.read(in);
                    } catch (java.io.EOFException end) {
                        break;
                    }
                    count++;
                }
                assertEquals(journal, count);
            }
        }
    }

    /** Runs a command; its standard error goes to {@code errors} when given. */
    private int run(Path errors, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        Path log = errors != null ? errors : temp.resolve("command.log");
        builder.redirectErrorStream(false);
        builder.redirectError(log.toFile());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("did not finish: " + String.join(" ", command));
        }
        assertEquals(0, process.exitValue(), () -> command[0] + " " + command[1] + " failed: " + read(log));
        return process.exitValue();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
