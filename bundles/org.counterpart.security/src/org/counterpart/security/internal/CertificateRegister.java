package org.counterpart.security.internal;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.counterpart.security.CredentialException;
import org.counterpart.security.CredentialException.Reason;
import org.counterpart.security.IssuedCertificate;

/**
 * The authority's register of issued and revoked certificates, a plain text file beside its
 * PKCS#12 (it holds no secrets). One record a line:
 *
 * <pre>
 * issued  &lt;serial hex&gt; &lt;not before&gt; &lt;not after&gt; &lt;subject DN&gt;
 * revoked &lt;serial hex&gt; &lt;revocation time&gt;
 * crl     &lt;last CRL number&gt;
 * key     &lt;serial hex&gt; &lt;SHA-256 of the certificate's public key, hex&gt;
 * accepted &lt;serial hex&gt; &lt;last package sequence accepted before revocation&gt;
 * reason  &lt;serial hex&gt; &lt;RFC 5280 CRLReason code&gt; (absent: unspecified)
 * </pre>
 *
 * Times are ISO-8601 instants. Lines starting with {@code #} are comments.
 */
public final class CertificateRegister {

    private static final String HEADER = "# Counterpart certificate authority register, format 1";

    private final Path file;
    private final Map<BigInteger, IssuedCertificate> entries = new LinkedHashMap<>();
    private final Map<BigInteger, String> keyDigests = new LinkedHashMap<>();
    private final Map<BigInteger, Long> lastAccepted = new LinkedHashMap<>();
    private final Map<BigInteger, Integer> reasons = new LinkedHashMap<>();
    private BigInteger lastCrlNumber = BigInteger.ZERO;

    private CertificateRegister(Path file) {
        this.file = file;
    }

    public static CertificateRegister create(Path file) {
        return new CertificateRegister(file);
    }

    public static CertificateRegister read(Path file) throws IOException, CredentialException {
        CertificateRegister register = new CertificateRegister(file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                String[] fields = line.split(" ", 5);
                switch (fields[0]) {
                case "issued" -> {
                    BigInteger serial = new BigInteger(fields[1], 16);
                    register.entries.put(serial, new IssuedCertificate(serial, fields[4],
                            Instant.parse(fields[2]), Instant.parse(fields[3]), null));
                }
                case "revoked" -> {
                    BigInteger serial = new BigInteger(fields[1], 16);
                    IssuedCertificate issued = register.entries.get(serial);
                    if (issued == null) {
                        throw new IllegalArgumentException("revocation of unknown serial");
                    }
                    register.entries.put(serial, issued.revokedAt(Instant.parse(fields[2])));
                }
                case "crl" -> register.lastCrlNumber = new BigInteger(fields[1]);
                case "key" -> register.keyDigests.put(register.known(fields[1]), fields[2]);
                case "accepted" -> register.lastAccepted.put(register.known(fields[1]), Long.parseLong(fields[2]));
                case "reason" -> register.reasons.put(register.known(fields[1]), Integer.parseInt(fields[2]));
                default -> throw new IllegalArgumentException("unknown record");
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException | DateTimeParseException e) {
                throw new CredentialException(Reason.UNREADABLE,
                        Messages.format(Messages.REGISTER_CORRUPT, file.getFileName(), i + 1));
            }
        }
        return register;
    }

    private BigInteger known(String serialHex) {
        BigInteger serial = new BigInteger(serialHex, 16);
        if (!entries.containsKey(serial)) {
            throw new IllegalArgumentException("record of unknown serial");
        }
        return serial;
    }

    public String keyDigest(BigInteger serial) {
        return keyDigests.get(serial);
    }

    public void putKeyDigest(BigInteger serial, String digest) {
        keyDigests.put(serial, digest);
    }

    public Long lastAccepted(BigInteger serial) {
        return lastAccepted.get(serial);
    }

    public void putLastAccepted(BigInteger serial, long sequence) {
        lastAccepted.put(serial, sequence);
    }

    public Integer reason(BigInteger serial) {
        return reasons.get(serial);
    }

    public void putReason(BigInteger serial, int code) {
        reasons.put(serial, code);
    }

    public List<IssuedCertificate> entries() {
        return List.copyOf(entries.values());
    }

    public IssuedCertificate get(BigInteger serial) {
        return entries.get(serial);
    }

    public void add(IssuedCertificate issued) {
        entries.put(issued.serial(), issued);
    }

    public void put(IssuedCertificate changed) {
        entries.put(changed.serial(), changed);
    }

    public BigInteger nextCrlNumber() {
        lastCrlNumber = lastCrlNumber.add(BigInteger.ONE);
        return lastCrlNumber;
    }

    public void write() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (IssuedCertificate issued : entries.values()) {
            lines.add("issued " + issued.serial().toString(16) + " " + issued.notBefore() + " " + issued.notAfter()
                    + " " + issued.subject().replace('\n', ' '));
        }
        for (IssuedCertificate issued : entries.values()) {
            if (issued.revokedAt().isPresent()) {
                lines.add("revoked " + issued.serial().toString(16) + " " + issued.revokedAt().get());
            }
        }
        keyDigests.forEach((serial, digest) -> lines.add("key " + serial.toString(16) + " " + digest));
        lastAccepted.forEach((serial, sequence) -> lines.add("accepted " + serial.toString(16) + " " + sequence));
        reasons.forEach((serial, code) -> lines.add("reason " + serial.toString(16) + " " + code));
        lines.add("crl " + lastCrlNumber);
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            KeyStoreFiles.moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
