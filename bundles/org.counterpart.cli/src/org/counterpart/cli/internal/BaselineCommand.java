package org.counterpart.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.TrustException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.PackageManifest;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code counterpart-cli baseline}: headquarters writes one device the package of what it lacks and may see.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = { "Writes a baseline for one device: a package of the operations the device lacks, except those on",
                "objects that are not releasable to the device's country and those that name such objects.",
                "The country is the C= of the device's certificate ('authority issue --country CODE'); an object is",
                "releasable to it when its marking, and that of everything containing it, lists the country in REL TO.",
                "What a baseline sends is recorded: the next baseline sends only what is new or has become releasable.",
                "The package is signed with this store's identity and encrypted for the device and this identity.",
                "It carries this identity's installed revocation list; the device installs it if it is newer.",
                "Passphrases: COUNTERPART_PASSPHRASE (store), " + IdentityFolder.PASSPHRASE_VARIABLE + " (device key),",
                "or " + TokenOptions.PIN_VARIABLE + " when the key is on a PKCS#11 token." })
public class BaselineCommand extends CliSubcommand {

    @Mixin
    StoreCommand.StoreOption store;

    @Option(names = "--device", required = true, paramLabel = "CERT",
            description = "The device's certificate (PEM), issued with its country.")
    Path device;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file to write.")
    Path out;

    @Option(names = "--identity", paramLabel = "DIR",
            description = "This store's identity folder (default: STORE/" + IdentityFolder.DEFAULT_NAME + ").")
    Path identity;

    @Mixin
    TokenOptions token;

    @Option(names = "--resend", description = { "Send again what earlier baselines sent and the device has not acknowledged",
            "(for a baseline that was lost); the device skips what it holds already." })
    boolean resend;

    @Option(names = "--teammate", paramLabel = "CERT",
            description = { "A device certificate (PEM) to carry if it works for the same country; repeat or list several.",
                    "The certificates known in the identity folder's 'known' folder are carried too." })
    List<Path> teammateFiles = List.of();

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    /**
     * The certificates the baseline carries: of the known ones and those given, the devices of the recipient's
     * country, so that teammates can read what each other send; a given certificate that is not trusted is refused.
     */
    private List<X509Certificate> teammates(IdentityFolder folder, TrustVerifier trust, X509Certificate recipient)
            throws CliException {
        List<X509Certificate> candidates = new ArrayList<>();
        try {
            candidates.addAll(folder.known().list());
        } catch (IOException e) {
            throw CliException.failed("The known certificates in " + folder.known().directory() + " could not be read: "
                    + e.getMessage() + " Nothing was exported.", e);
        }
        candidates.addAll(IdentityFolder.trustedCertificates(teammateFiles, trust, "Teammate"));
        return BaselineWriter.peers(recipient, candidates);
    }

    @Override
    public Integer call() throws CliException {
        token.check();
        if (Files.exists(out) && !force) {
            throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
        }
        IdentityFolder folder = IdentityFolder.of(identity, store.location);
        TrustVerifier trust = folder.trust(null);
        X509Certificate recipient = IdentityFolder.readCertificates(device).get(0);
        try {
            trust.verify(List.of(recipient));
        } catch (TrustException e) {
            throw CliException.failed("Device " + device + ": " + e.getMessage() + " Nothing was exported.", e);
        }
        if (DeviceCountry.of(recipient).isEmpty()) {
            throw CliException.failed("The certificate " + device + " (" + recipient.getSubjectX500Principal().getName()
                    + ") names no country, so what is releasable to the device cannot be judged. Issue the device a"
                    + " certificate with 'counterpart-cli authority issue --country CODE'. Nothing was exported.", null);
        }
        List<X509Certificate> teammates = teammates(folder, trust, recipient);
        try (UnlockedIdentity sender = folder.load(environment(), token);
                WorkspaceStore workspace = store.location.open(environment())) {
            BaselineWriter.Baseline baseline = PackageFile.write(out,
                    target -> new BaselineWriter(sender.identity(), Clock.systemUTC(), trust.revocationList(), teammates)
                            .write(workspace, recipient, target, resend));
            PackageManifest manifest = baseline.manifest();
            out().printf("Baseline package %d of device %s for %s (releasable to %s): %,d operations, %,d left out"
                    + " as not releasable, to %s%n", manifest.packageSequence(), manifest.deviceId(),
                    recipient.getSubjectX500Principal().getName(), baseline.country(), manifest.operationCount(),
                    baseline.withheldOperations(), out);
            if (!teammates.isEmpty()) {
                out().printf("Teammates' certificates carried (devices of %s): %d%n", baseline.country(), teammates.size());
            }
        } catch (StoreException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }
}
