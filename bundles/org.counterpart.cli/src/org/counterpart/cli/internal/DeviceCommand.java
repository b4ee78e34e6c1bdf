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
import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.security.Pkcs11Token;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
                IdentityFolder.PASSPHRASE_VARIABLE + ", or is asked for on the terminal.",
                "With --pkcs11-module LIB --token-label LABEL the key is created on a PKCS#11 token (smart card, HSM)",
                "and never leaves it; the issued certificate is stored on the token, and the folder holds only ca.crt",
                "and crl.pem. The token's PIN comes from " + TokenOptions.PIN_VARIABLE + ", or is asked for on the terminal." },
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
    }

    /** A subcommand that uses the device key: in DIR/device.p12, or on the token given with {@link TokenOptions}. */
    abstract static class DeviceKeySubcommand extends CliSubcommand {

        @Option(names = "--identity", paramLabel = "DIR",
                description = "The device's identity folder; with a token, only for ca.crt and crl.pem.")
        Path identityDirectory;

        @Mixin
        TokenOptions token;

        /** The identity folder, which PKCS#12 keys always need and token keys only for what headquarters sends. */
        IdentityFolder folder() {
            if (identityDirectory == null) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--identity=DIR'");
            }
            return new IdentityFolder(identityDirectory);
        }

        /** {@link #folder()}, or {@code null} when the key is on a token. */
        IdentityFolder keyFolder() throws CliException {
            if (identityDirectory == null && !token.given()) {
                throw new ParameterException(spec.commandLine(), "Missing required option: '--identity=DIR'"
                        + " (or --pkcs11-module LIB with --token-label LABEL)");
            }
            return token.given() ? null : folder();
        }

        char[] passphrase() throws CliException {
            return PassphrasePrompt.existing(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "device key");
        }

        UnlockedIdentity loadKey() throws CliException {
            IdentityFolder folder = keyFolder();
            if (folder == null) {
                return token.unlock(environment(), false);
            }
            Path keyStore = folder.keyStore();
            if (!Files.isRegularFile(keyStore)) {
                throw CliException.failed("No device key in " + folder.directory()
                        + ". Create one with 'counterpart-cli device init'.", null);
            }
            try {
                return new UnlockedIdentity(DeviceIdentity.load(keyStore, passphrase()), null);
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Creates this device's key pair in DIR/device.p12, or on the PKCS#11 token.")
    static class Init extends DeviceKeySubcommand {
        @Option(names = "--key", paramLabel = "TYPE", defaultValue = "EC_P256",
                description = "Key type: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        KeyAlgorithm algorithm;

        @Override
        public Integer call() throws CliException {
            token.check();
            IdentityFolder folder = keyFolder();
            if (folder == null) {
                return createOnToken();
            }
            Path keyStore = folder.keyStore();
            if (Files.exists(keyStore)) {
                throw CliException.failed(keyStore + " exists already; a device has one key. Nothing was changed.", null);
            }
            try {
                Files.createDirectories(folder.directory());
                DeviceIdentity.generate(algorithm).save(keyStore,
                        PassphrasePrompt.newPassphrase(environment(), IdentityFolder.PASSPHRASE_VARIABLE, "device key"));
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            out().printf("Created a %s device key in %s. Next: 'device csr' and send the request to headquarters.%n",
                    algorithm, keyStore);
            return ExitCodes.OK;
        }

        private Integer createOnToken() throws CliException {
            try (Pkcs11Token onToken = token.open(environment())) {
                onToken.generateIdentity(TokenOptions.KEY_NAME, algorithm);
            } catch (CredentialException e) {
                if (e.reason() == CredentialException.Reason.ALREADY_EXISTS) {
                    throw CliException.failed("A device key ('" + TokenOptions.KEY_NAME + "') exists already on "
                            + token.describe() + "; a device has one key. Nothing was changed.", e);
                }
                throw CliException.failed(e.getMessage(), e);
            }
            out().printf("Created a %s device key on %s; it cannot leave the token. Next: 'device csr' and send the"
                    + " request to headquarters.%n", algorithm, token.describe());
            return ExitCodes.OK;
        }
    }

    @Command(name = "csr", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Writes a certificate request (PEM) for this device's key, for 'authority issue'.")
    static class Csr extends DeviceKeySubcommand {
        @Option(names = "--subject", required = true, paramLabel = "DN",
                description = "The device's name, e.g. \"CN=laptop-7,OU=SC Office,O=Counterpart\".")
        String subject;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the request (default: standard output).")
        Path out;

        @Option(names = "--store", paramLabel = "DIR|URL", description = { "The device's workspace store: the request asks",
                "headquarters to bind its device id into the certificate, so that packages this certificate signs",
                "are accepted for that device only. Its passphrase comes from COUNTERPART_PASSPHRASE." },
                converter = StoreLocation.Converter.class)
        StoreLocation store;

        @Option(names = "--device-id", paramLabel = "UUID",
                description = "The device id to bind, instead of reading it from --store.")
        String deviceId;

        @Override
        public Integer call() throws CliException {
            token.check();
            if (store != null && deviceId != null) {
                throw CliException.usage("Give --store or --device-id, not both.");
            }
            String bound = deviceId;
            if (store != null) {
                try (WorkspaceStore workspace = store.open(environment())) {
                    bound = workspace.deviceId();
                } catch (StoreException e) {
                    throw CliException.failed(e.getMessage(), e);
                }
            }
            String request;
            try (UnlockedIdentity device = loadKey()) {
                request = device.identity().certificationRequestPem(subject, bound);
            } catch (CredentialException | IllegalArgumentException e) {
                throw CliException.usage((e.getMessage().contains("device id") ? "--device-id: " : "--subject: ")
                        + e.getMessage());
            }
            if (out == null) {
                out().print(request);
                out().flush();
            } else {
                AuthorityCommand.writeNew(out, request, true);
                out().printf("Wrote the certificate request for %s%s to %s%n", subject,
                        bound == null ? " (binds no device id)" : " of device " + bound, out);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "install-cert", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Installs the certificate chain headquarters issued ('authority issue' output) and the",
                    "headquarters CA certificate this device trusts; optionally a revocation list.",
                    "With a PKCS#11 token the chain is stored on the token; --identity DIR is still needed for ca.crt." })
    static class InstallCert extends DeviceKeySubcommand {
        @Option(names = "--chain", required = true, paramLabel = "FILE", description = "The issued certificate chain (PEM).")
        Path chain;

        @Option(names = "--ca-cert", paramLabel = "FILE",
                description = "The headquarters CA certificate (PEM); needed the first time, obtained out of band.")
        Path authority;

        @Option(names = "--crl", paramLabel = "FILE", description = "A revocation list from headquarters (PEM).")
        Path crl;

        @Override
        public Integer call() throws CliException {
            token.check();
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
            String where;
            try (UnlockedIdentity device = loadKey()) {
                // On a token the chain is stored at once; a PKCS#12 identity is written back.
                device.identity().installCertificateChain(issued);
                if (device.token() == null) {
                    device.identity().save(folder.keyStore(), passphrase());
                    where = "in " + folder.directory();
                } else {
                    where = "on " + token.describe() + " (CA certificate in " + folder.directory() + ")";
                }
                if (authority != null) {
                    Files.createDirectories(folder.directory());
                    Files.copy(authority, folder.authorityFile(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (CredentialException | IOException e) {
                throw CliException.failed(e.getMessage(), e);
            }
            if (list != null) {
                InstallCrl.install(folder, crl, list, trusted);
            }
            try {
                // A public copy of the chain, so that the workbench shows the device's status without its key.
                new DeviceIdentityFolder(folder.directory()).keepDeviceCertificateChain(issued);
            } catch (IOException e) {
                throw CliException.failed("Cannot write " + folder.directory().resolve(DeviceIdentityFolder.DEVICE_CERTIFICATE)
                        + ": " + e.getMessage(), e);
            }
            out().printf("Installed the certificate of %s (serial %s, valid until %s) %s%n",
                    issued.get(0).getSubjectX500Principal().getName(), issued.get(0).getSerialNumber().toString(16),
                    issued.get(0).getNotAfter().toInstant(), where);
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
            folder.requireNotOlderThanInstalled(file, list);
            try {
                Files.copy(file, folder.revocationListFile(), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw CliException.failed("Cannot write " + folder.revocationListFile() + ": " + e.getMessage(), e);
            }
        }
    }
}
