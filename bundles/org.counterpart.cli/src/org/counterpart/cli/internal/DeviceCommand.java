package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.security.CertificatePem;
import org.counterpart.security.CredentialException;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli device ...}: a device's key, its certificate request and the answer from
 * headquarters.
 */
@Command(name = "device", usageHelpAutoWidth = true, mixinStandardHelpOptions = true,
        description = { "Sets up this device's identity: a key pair, a certificate request for headquarters, then the",
                "certificate, the headquarters CA certificate and revocation list headquarters sends back.",
                "The identity folder (--identity DIR; export and import use STORE/identity unless told otherwise) holds",
                "device.p12 (key and certificate, PKCS#12), ca.crt and crl.pem. The key's passphrase comes from",
                IdentityFolder.PASSPHRASE_VARIABLE + ", or is asked for on the terminal." },
        subcommands = { DeviceCommand.Init.class, DeviceCommand.Csr.class, DeviceCommand.InstallCert.class,
                DeviceCommand.InstallCrl.class })
public class DeviceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static class IdentityOption {
        @Option(names = "--identity", required = true, paramLabel = "DIR", description = "The device's identity folder.")
        Path directory;
    }

    abstract static class DeviceSubcommand extends CliSubcommand {

        @Mixin
        IdentityOption identity;

        IdentityFolder folder() {
            return new IdentityFolder(identity.directory);
        }

        char[] passphrase() throws CliException {
            return PassphrasePrompt.existing(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "device key");
        }

        DeviceIdentity loadKey() throws CliException {
            Path keyStore = folder().keyStore();
            if (!Files.isRegularFile(keyStore)) {
                throw CliException.failed("No device key in " + identity.directory
                        + ". Create one with 'counterpart-cli device init'.", null);
            }
            try {
                return DeviceIdentity.load(keyStore, passphrase());
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Creates this device's key pair in DIR/device.p12.")
    static class Init extends DeviceSubcommand {
        @Option(names = "--key", paramLabel = "TYPE", defaultValue = "EC_P256",
                description = "Key type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        KeyAlgorithm algorithm;

        @Override
        public Integer call() throws CliException {
            Path keyStore = folder().keyStore();
            if (Files.exists(keyStore)) {
                throw CliException.failed(keyStore + " exists already; a device has one key. Nothing was changed.", null);
            }
            try {
                Files.createDirectories(identity.directory);
                DeviceIdentity.generate(algorithm).save(keyStore,
                        PassphrasePrompt.newPassphrase(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "device key"));
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            out().printf("Created a %s device key in %s. Next: 'device csr' and send the request to headquarters.%n",
                    algorithm, keyStore);
            return ExitCodes.OK;
        }
    }

    @Command(name = "csr", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes a certificate request (PEM) for this device's key, for 'authority issue'.")
    static class Csr extends DeviceSubcommand {
        @Option(names = "--subject", required = true, paramLabel = "DN",
                description = "The device's name, e.g. \"CN=laptop-7,OU=SC Office,O=Counterpart\".")
        String subject;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the request (default: standard output).")
        Path out;

        @Override
        public Integer call() throws CliException {
            String request;
            try {
                request = loadKey().certificationRequestPem(subject);
            } catch (CredentialException | IllegalArgumentException e) {
                throw CliException.usage("--subject: " + e.getMessage());
            }
            if (out == null) {
                out().print(request);
                out().flush();
            } else {
                AuthorityCommand.writeNew(out, request, true);
                out().printf("Wrote the certificate request for %s to %s%n", subject, out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "install-cert", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Installs the certificate chain headquarters issued ('authority issue' output) and the",
                    "headquarters CA certificate this device trusts; optionally a revocation list." })
    static class InstallCert extends DeviceSubcommand {
        @Option(names = "--chain", required = true, paramLabel = "FILE", description = "The issued certificate chain (PEM).")
        Path chain;

        @Option(names = "--ca-cert", paramLabel = "FILE",
                description = "The headquarters CA certificate (PEM); needed the first time, obtained out of band.")
        Path authority;

        @Option(names = "--crl", paramLabel = "FILE", description = "A revocation list from headquarters (PEM).")
        Path crl;

        @Override
        public Integer call() throws CliException {
            IdentityFolder folder = folder();
            Path authorityFile = authority != null ? authority : folder.authorityFile();
            if (!Files.isRegularFile(authorityFile)) {
                throw CliException.usage("No headquarters CA certificate installed yet: add --ca-cert FILE.");
            }
            X509Certificate trusted = IdentityFolder.readCertificates(authorityFile).get(0);
            List<X509Certificate> issued = IdentityFolder.readCertificates(chain);
            try {
                issued.get(0).verify(trusted.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw CliException.failed("The certificate in " + chain + " was not issued by the authority "
                        + trusted.getSubjectX500Principal().getName() + ". Nothing was installed.", e);
            }
            X509CRL list = crl == null ? null : IdentityFolder.readCrl(crl);
            DeviceIdentity device = loadKey();
            try {
                device.installCertificateChain(issued);
                device.save(folder.keyStore(), passphrase());
                if (authority != null) {
                    Files.copy(authority, folder.authorityFile(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            if (list != null) {
                InstallCrl.install(folder, crl, list, trusted);
            }
            out().printf("Installed the certificate of %s (serial %s, valid until %s) in %s%n",
                    issued.get(0).getSubjectX500Principal().getName(), issued.get(0).getSerialNumber().toString(16),
                    issued.get(0).getNotAfter().toInstant(), folder.directory());
            return ExitCodes.OK;
        }
    }

    @Command(name = "install-crl", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Installs the latest revocation list from headquarters ('authority crl' output).")
    static class InstallCrl extends DeviceSubcommand {
        @Option(names = "--crl", required = true, paramLabel = "FILE", description = "The revocation list (PEM).")
        Path crl;

        @Override
        public Integer call() throws CliException {
            IdentityFolder folder = folder();
            if (!Files.isRegularFile(folder.authorityFile())) {
                throw CliException.failed("No headquarters CA certificate in " + folder.directory()
                        + ". Install the device certificate first ('device install-cert').", null);
            }
            X509CRL list = IdentityFolder.readCrl(crl);
            install(folder, crl, list, IdentityFolder.readCertificates(folder.authorityFile()).get(0));
            out().printf("Installed the revocation list of %s (%d revoked) in %s%n",
                    list.getIssuerX500Principal().getName(),
                    list.getRevokedCertificates() == null ? 0 : list.getRevokedCertificates().size(), folder.directory());
            return ExitCodes.OK;
        }

        static void install(IdentityFolder folder, Path file, X509CRL list, X509Certificate authority) throws CliException {
            try {
                list.verify(authority.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw CliException.failed("The revocation list " + file + " is not signed by "
                        + authority.getSubjectX500Principal().getName() + ". Nothing was installed.", e);
            }
            try {
                Files.copy(file, folder.revocationListFile(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw CliException.failed("Cannot write " + folder.revocationListFile() + ": " + e.getMessage(), e);
            }
        }
    }
}
