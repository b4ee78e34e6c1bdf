package org.counterpart.security;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * A throw-away headquarters authority and devices for tests. Private keys are written out only as
 * test keys for the openssl binary, into the test's temporary directory.
 */
final class TestPki {

    static final char[] CA_PASSPHRASE = "ca-test-passphrase".toCharArray();

    final Path directory;
    final Path caDirectory;
    final CertificateAuthority authority;

    private TestPki(Path directory, Path caDirectory, CertificateAuthority authority) {
        this.directory = directory;
        this.caDirectory = caDirectory;
        this.authority = authority;
    }

    static TestPki create(Path directory) throws Exception {
        return create(directory, "CN=Counterpart Test HQ CA,O=Counterpart", KeyAlgorithm.EC_P256);
    }

    static TestPki create(Path directory, String subject, KeyAlgorithm algorithm) throws Exception {
        Path caDirectory = directory.resolve("ca-" + Math.abs(subject.hashCode()));
        return new TestPki(directory, caDirectory,
                CertificateAuthority.create(caDirectory, subject, algorithm, Duration.ofDays(3650), CA_PASSPHRASE));
    }

    DeviceIdentity device(String commonName, KeyAlgorithm algorithm) throws Exception {
        return device(commonName, algorithm, Instant.now().minus(Duration.ofMinutes(5)),
                Instant.now().plus(Duration.ofDays(365)));
    }

    DeviceIdentity device(String commonName, KeyAlgorithm algorithm, Instant notBefore, Instant notAfter)
            throws Exception {
        DeviceIdentity identity = DeviceIdentity.generate(algorithm);
        String request = identity.certificationRequestPem("CN=" + commonName + ",OU=Field,O=Counterpart");
        X509Certificate issued = authority.issue(request, notBefore, notAfter);
        identity.installCertificateChain(List.of(issued, authority.certificate()));
        return identity;
    }

    TrustVerifier trust() throws Exception {
        return new TrustVerifier(authority.certificate(), crl());
    }

    X509CRL crl() throws Exception {
        return authority.issueRevocationList(Duration.ofDays(7));
    }

    Path writeCertificate(String name, X509Certificate certificate) throws IOException {
        Path file = directory.resolve(name + ".pem");
        Files.writeString(file, CertificatePem.encode(List.of(certificate)));
        return file;
    }

    /** Writes a test key as unencrypted PKCS#8 PEM for the openssl command line. */
    Path writeTestKey(String name, DeviceIdentity identity) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(new JcaPKCS8Generator(identity.privateKey(), null));
        }
        Path file = directory.resolve(name + ".key");
        Files.writeString(file, text.toString());
        return file;
    }

    /** Runs a command, feeding {@code input} (a file or null) and returning its exit status and output. */
    static ProcessResult run(Path input, Path output, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        if (output != null) {
            builder.redirectOutput(output.toFile());
        }
        Path errors = Files.createTempFile("counterpart-test", ".err");
        builder.redirectError(errors.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("command did not finish: " + String.join(" ", command));
        }
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        return new ProcessResult(process.exitValue(), stderr);
    }

    record ProcessResult(int exitCode, String errors) {
    }

    static List<String> openssl(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add("openssl");
        command.addAll(List.of(arguments));
        return command;
    }
}
