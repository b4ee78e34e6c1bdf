package org.counterpart.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageManifest;
import org.counterpart.sync.PackageWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli export}: writes a package of what the recipients have not acknowledged.
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = { "Writes a package: the operations the recipients have not acknowledged yet, with a manifest and",
                "any attachments, signed with this device's key and encrypted for every recipient and this device.",
                "Recipients must hold certificates from the headquarters authority that are valid and not revoked.",
                "Passphrases: COUNTERPART_PASSPHRASE (store), " + IdentityFolder.PASSPHRASE_VARIABLE + " (device key),",
                "or " + TokenOptions.PIN_VARIABLE + " when the device key is on a PKCS#11 token." })
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreCommand.StoreOption store;

    @Option(names = "--to", required = true, arity = "1..*", paramLabel = "CERT",
            description = "A recipient's certificate (PEM); repeat or list several.")
    List<Path> recipients;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The package file to write.")
    Path out;

    @Option(names = "--identity", paramLabel = "DIR",
            description = "This device's identity folder (default: STORE/" + IdentityFolder.DEFAULT_NAME + ").")
    Path identity;

    @Mixin
    TokenOptions token;

    @Option(names = "--attach", paramLabel = "FILE", description = "A file to carry in the package; repeatable.")
    List<Path> attachments = new ArrayList<>();

    @Option(names = "--forward-attachments", description = "Also carry the attachments this store holds that the "
            + "exported operations refer to (headquarters forwarding what came from the field).")
    boolean forwardAttachments;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws CliException {
        token.check();
        if (Files.exists(out) && !force) {
            throw CliException.usage(out + " exists already. Choose another file, or add --force to replace it.");
        }
        IdentityFolder folder = IdentityFolder.of(identity, store.location);
        TrustVerifier trust = folder.trust(null);
        List<X509Certificate> certificates = IdentityFolder.trustedCertificates(recipients, trust, "Recipient");
        try (UnlockedIdentity sender = folder.load(environment(), token);
                WorkspaceStore workspace = store.location.open(environment())) {
            StoreCommand.warnAboutClock(workspace, spec.commandLine().getErr());
            PackageManifest manifest = PackageFile.write(out,
                    target -> new PackageWriter(sender.identity()).write(workspace, certificates, attachments,
                            forwardAttachments ? PackageWriter.StoredAttachments.REFERENCED
                                    : PackageWriter.StoredAttachments.NONE,
                            target));
            spec.commandLine().getOut().printf("Exported package %d of device %s: %,d operations, %d attachments, to %s%n",
                    manifest.packageSequence(), manifest.deviceId(), manifest.operationCount(),
                    manifest.attachments().size(), out);
        } catch (StoreException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private Map<String, String> environment() {
        return ((RootCommand) spec.root().userObject()).environment();
    }
}
