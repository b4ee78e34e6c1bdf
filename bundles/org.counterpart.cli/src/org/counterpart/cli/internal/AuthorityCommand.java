package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.security.CertificateAuthority;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.CredentialException;
import org.counterpart.security.RevocationReason;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli authority ...}: the headquarters certificate authority.
 */
@Command(name = "authority", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = { "Runs the headquarters certificate authority that certifies devices.",
                "The authority lives in the folder given with --ca: ca.p12 (its key, PKCS#12), ca-register.txt",
                "(what it issued and revoked) and ca.crt (its certificate, to give to every device).",
                "The key's passphrase comes from " + AuthorityCommand.PASSPHRASE_VARIABLE
                        + ", or is asked for on the terminal." },
        subcommands = { AuthorityCommand.Init.class, AuthorityCommand.Issue.class, AuthorityCommand.Revoke.class,
                AuthorityCommand.Crl.class })
public class AuthorityCommand implements Callable<Integer> {

    static final String PASSPHRASE_VARIABLE = "COUNTERPART_CA_PASSPHRASE";
    static final String CERTIFICATE_FILE = "ca.crt";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    /** The {@code --ca DIR} option of every authority command. */
    static class AuthorityOption {
        @Option(names = "--ca", required = true, paramLabel = "DIR", description = "The folder of the authority.")
        Path directory;
    }

    abstract static class AuthoritySubcommand extends CliSubcommand {

        @Mixin
        AuthorityOption ca;

        CertificateAuthority open() throws CliException {
            try {
                return CertificateAuthority.open(ca.directory,
                        PassphrasePrompt.existing(environment(), PASSPHRASE_VARIABLE, "certificate authority"));
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
        }
    }

    static void writeNew(Path file, String text, boolean force) throws CliException {
        if (Files.exists(file) && !force) {
            throw CliException.usage(file + " exists already. Choose another file, or add --force to replace it.");
        }
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw CliException.failed("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Creates a new certificate authority in DIR, and its certificate DIR/ca.crt.")
    static class Init extends AuthoritySubcommand {
        @Option(names = "--subject", paramLabel = "DN", defaultValue = "CN=Counterpart HQ CA,O=Counterpart",
                description = "The authority's name (default: ${DEFAULT-VALUE}).")
        String subject;

        @Option(names = "--key", paramLabel = "TYPE", defaultValue = "EC_P256",
                description = "Key type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        KeyAlgorithm algorithm;

        @Option(names = "--validity-days", paramLabel = "N", defaultValue = "3650",
                description = "How long the authority's certificate is valid (default: ${DEFAULT-VALUE}).")
        int days;

        @Override
        public Integer call() throws CliException {
            try {
                CertificateAuthority authority = CertificateAuthority.create(ca.directory, subject, algorithm,
                        Duration.ofDays(days),
                        PassphrasePrompt.newPassphrase(environment(), PASSPHRASE_VARIABLE, "certificate authority"));
                Path certificate = ca.directory.resolve(CERTIFICATE_FILE);
                writeNew(certificate, CertificatePem.encode(List.of(authority.certificate())), true);
                out().printf("Created the authority %s in %s; give %s to every device.%n",
                        authority.certificate().getSubjectX500Principal().getName(), ca.directory, certificate);
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--subject: " + e.getMessage());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "issue", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Issues a device certificate for a certificate request (PEM, from 'device csr').",
                    "Writes the device certificate and the authority's certificate to FILE (PEM), for 'device install-cert'." })
    static class Issue extends AuthoritySubcommand {
        @Option(names = "--csr", required = true, paramLabel = "FILE", description = "The device's certificate request.")
        Path request;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the certificate chain.")
        Path out;

        @Option(names = "--validity-days", paramLabel = "N", defaultValue = "365",
                description = "How long the certificate is valid (default: ${DEFAULT-VALUE}).")
        int days;

        @Option(names = "--country", paramLabel = "CODE",
                description = { "The country the device works for, ISO 3166-1 alpha-3 (e.g. XVM), written as C= in its",
                        "certificate: baselines for the device carry only what is releasable to that country." })
        String country;

        @Option(names = "--hq", description = { "Issue one of headquarters' identities: packages it signs may carry every",
                "device's operations (baselines, forwarded exports). A device certificate signs only its own device's." })
        boolean headquarters;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Override
        public Integer call() throws CliException {
            if (country != null && !DeviceCountry.isCountryCode(country)) {
                throw CliException.usage("--country: '" + country
                        + "' is not an ISO 3166-1 alpha-3 country code (three capital letters, e.g. XVM).");
            }
            String csr;
            try {
                csr = Files.readString(request, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw CliException.failed("Cannot read " + request + ": " + e.getMessage(), e);
            }
            if (Files.exists(out) && !force) {
                throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
            }
            CertificateAuthority authority = open();
            try {
                Instant now = Instant.now();
                X509Certificate issued = authority.issue(csr, now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofDays(days)), country, headquarters);
                writeNew(out, CertificatePem.encode(List.of(issued, authority.certificate())), true);
                String binding = (headquarters ? ", a headquarters identity" : "")
                        + DeviceBinding.deviceId(issued).map(id -> ", bound to device " + id).orElse(", bound to no device");
                out().printf("Issued serial %s to %s%s, valid until %s: %s%n", issued.getSerialNumber().toString(16),
                        issued.getSubjectX500Principal().getName(), binding, issued.getNotAfter().toInstant(), out);
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Revokes a device certificate by its serial number (hexadecimal, as 'issue' prints it).",
                    "With --store (headquarters' workspace store) or --last-package, the revocation records the last",
                    "package headquarters accepted from the device: packages up to it stay importable, any later one",
                    "is refused whatever signing time it claims. Without either, every package it signed is refused.",
                    "Devices learn of it from the next revocation list ('authority crl'), which baselines carry." })
    static class Revoke extends AuthoritySubcommand {
        @Option(names = "--serial", required = true, paramLabel = "HEX", description = "The certificate's serial number.")
        String serial;

        @Option(names = "--store", paramLabel = "DIR|URL", description = { "Headquarters' workspace store, to read the last",
                "package it accepted signed by this certificate's key (passphrase from COUNTERPART_PASSPHRASE), or the",
                "shared store's jdbc:postgresql:// URL." }, converter = StoreLocation.Converter.class)
        StoreLocation store;

        @Option(names = "--last-package", paramLabel = "N",
                description = "The last package number accepted from the device, instead of reading it from --store.")
        Long lastPackage;

        @Option(names = "--reason", paramLabel = "REASON", defaultValue = "unspecified",
                description = { "Why (RFC 5280), written in the revocation list: unspecified (default), keyCompromise,",
                        "cACompromise, affiliationChanged, superseded, cessationOfOperation, privilegeWithdrawn." })
        String reason;

        @Override
        public Integer call() throws CliException {
            BigInteger number;
            try {
                number = new BigInteger(serial.startsWith("0x") ? serial.substring(2) : serial, 16);
            } catch (NumberFormatException e) {
                throw CliException.usage("--serial: '" + serial + "' is not a hexadecimal serial number.");
            }
            if (store != null && lastPackage != null) {
                throw CliException.usage("Give --store or --last-package, not both.");
            }
            RevocationReason why = java.util.Arrays.stream(RevocationReason.values())
                    .filter(r -> r.rfcName().equalsIgnoreCase(reason)).findFirst()
                    .orElseThrow(() -> CliException.usage("--reason: '" + reason + "' is not one of "
                            + String.join(", ", java.util.Arrays.stream(RevocationReason.values())
                                    .map(RevocationReason::rfcName).toList()) + "."));
            if (lastPackage != null && lastPackage < 0) {
                throw CliException.usage("--last-package: give a package number, 0 or more.");
            }
            CertificateAuthority authority = open();
            OptionalLong accepted = lastPackage == null ? OptionalLong.empty() : OptionalLong.of(lastPackage);
            if (store != null) {
                String key = authority.publicKeyDigest(number).orElseThrow(() -> CliException.failed("The register does"
                        + " not record the key of serial " + number.toString(16) + " (issued before keys were recorded);"
                        + " give --last-package N instead. Nothing was revoked.", null));
                try (WorkspaceStore workspace = store.open(environment())) {
                    accepted = OptionalLong.of(PackageReader.lastAcceptedPackage(workspace, key));
                } catch (StoreException e) {
                    throw CliException.failed(e.getMessage(), e);
                }
            }
            try {
                authority.revoke(number, Instant.now(), accepted, why);
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            out().printf("Revoked serial %s (%s)%s. Publish a new revocation list with 'counterpart-cli authority crl'.%n",
                    number.toString(16), why.rfcName(), accepted.isPresent()
                            ? "; packages after number " + accepted.getAsLong() + " will be refused" : "");
            return ExitCodes.OK;
        }
    }

    @Command(name = "crl", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes a signed revocation list (PEM) of every revoked certificate, for 'device install-crl'.")
    static class Crl extends AuthoritySubcommand {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the list.")
        Path out;

        @Option(names = "--validity-days", paramLabel = "N", defaultValue = "30",
                description = "When the next list is due (default: ${DEFAULT-VALUE} days).")
        int days;

        @Override
        public Integer call() throws CliException {
            CertificateAuthority authority = open();
            try {
                writeNew(out, CertificatePem.encode(authority.issueRevocationList(Duration.ofDays(days))), true);
                long revoked = authority.issuedCertificates().stream().filter(c -> c.revokedAt().isPresent()).count();
                out().printf("Wrote the revocation list (%d revoked) to %s%n", revoked, out);
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }
}
