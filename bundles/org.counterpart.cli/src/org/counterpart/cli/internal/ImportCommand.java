package org.counterpart.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.counterpart.cli.CliException;
import org.counterpart.cli.ExitCodes;
import org.counterpart.security.RevocationLists;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageLimits;
import org.counterpart.sync.PackageReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterpart-cli import}: verifies and merges packages, one summary line per package.
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = { "Imports packages: each is decrypted, its signature and its signer's certificate (chain to the",
                "headquarters authority, validity, revocation) verified, and its operations merged in one",
                "transaction: all of a package or nothing. One line per package on standard output:",
                "  FILE: applied package=N device=ID signer=\"DN\" operations=N new=N [markings=...] [gap=\"...\"]",
                "  FILE: changes: added=N changed=N deleted=N conflicts=N [kinds=Kind:+added~changed-deleted,...]",
                "  FILE: replay package=N ... new=0 (imported before; nothing changed)",
                "  FILE: refused: REASON",
                "  FILE: warning: TEXT   (accepted, but act on it: e.g. a certificate that binds no device id)",
                "A baseline's newer revocation list is installed in the identity folder (crl=installed).",
                "Exit code 0 when every package was applied or a replay, 1 when any was refused.",
                "Passphrases: COUNTERPART_PASSPHRASE (store), " + IdentityFolder.PASSPHRASE_VARIABLE + " (device key),",
                "or " + TokenOptions.PIN_VARIABLE + " when the device key is on a PKCS#11 token." })
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreCommand.StoreOption store;

    @Option(names = "--identity", paramLabel = "DIR",
            description = "This device's identity folder (default: STORE/" + IdentityFolder.DEFAULT_NAME + ").")
    Path identity;

    @Mixin
    TokenOptions token;

    @Option(names = "--crl", paramLabel = "FILE", description = { "A revocation list to check signers against instead of",
            "the installed one; refused if it is older than the installed one." })
    Path crl;

    @Option(names = "--max-clock-drift", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Refuse packages holding changes stamped further ahead of this computer's clock than this"
                    + " (default: 1d; e.g. 12h, 3d, PT36H).")
    Duration maxClockDrift = PackageLimits.DEFAULT_CLOCK_DRIFT;

    @Option(names = "--legacy-certificates-until", paramLabel = "DATE", description = { "From DATE (yyyy-mm-dd, UTC, or an",
            "ISO instant) on, refuse packages signed by certificates that bind no device id (issued before device",
            "ids were bound); until then they are imported with a warning naming the device." })
    String legacyUntil;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The packages to import, in order.")
    List<Path> files;

    @Override
    public Integer call() throws CliException {
        token.check();
        PackageLimits limits;
        try {
            limits = PackageLimits.DEFAULT.withMaxClockDrift(maxClockDrift);
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--max-clock-drift: " + e.getMessage() + ".");
        }
        Instant cutOff = legacyUntil == null ? null : parseDate(legacyUntil);
        IdentityFolder folder = IdentityFolder.of(identity, store.location);
        TrustVerifier trust = folder.trust(crl);
        PrintWriter out = spec.commandLine().getOut();
        int refused = 0;
        try (UnlockedIdentity recipient = folder.load(environment(), token);
                WorkspaceStore workspace = store.location.open(environment())) {
            PackageReader reader = new PackageReader(recipient.identity(), trust, limits)
                    .withLegacyCertificatesUntil(cutOff);
            StoreCommand.warnAboutClock(workspace, spec.commandLine().getErr());
            workspace.load();
            for (Path file : files) {
                String line;
                String changes = null;
                List<String> warnings = List.of();
                try {
                    ImportResult result = importOne(reader, workspace, file);
                    line = result.summary();
                    if (result.status() == ImportResult.Status.APPLIED) {
                        changes = result.changes().brief();
                    }
                    warnings = result.warnings();
                    if (result.revocationList() != null
                            && RevocationLists.isNewer(folder.installedRevocationList(), result.revocationList())) {
                        folder.installRevocationList(result.revocationList());
                        line += " crl=installed";
                    }
                    line += learnTeammates(folder, recipient, result);
                } catch (PackageException e) {
                    refused++;
                    line = "refused: " + e.getMessage();
                }
                out.println(file + ": " + line);
                if (changes != null) {
                    out.println(file + ": changes: " + changes);
                }
                for (String warning : warnings) {
                    out.println(file + ": warning: " + warning);
                }
            }
        } catch (StoreException e) {
            throw CliException.failed(e.getMessage(), e);
        }
        return refused == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
    }

    /** Keeps the teammates' certificates a baseline carried as known; the words for the summary line. */
    private static String learnTeammates(IdentityFolder folder, UnlockedIdentity recipient, ImportResult result)
            throws CliException {
        if (result.certificates().isEmpty()) {
            return "";
        }
        X509Certificate own = recipient.identity().certificate().orElse(null);
        List<X509Certificate> teammates = result.certificates().stream().filter(c -> !c.equals(own)).toList();
        try {
            // checked against the trust as it is now, with a revocation list the baseline brought
            return " certificates=" + folder.known().learn(teammates, folder.trust(null)).size() + "-learned";
        } catch (IOException e) {
            throw CliException.failed("The teammates' certificates the baseline carried could not be kept in "
                    + folder.known().directory() + ": " + e.getMessage(), e);
        }
    }

    private Instant parseDate(String text) throws CliException {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw CliException.usage("--legacy-certificates-until: '" + text
                    + "' is not a date; give yyyy-mm-dd (UTC) or an ISO instant such as 2027-01-31T00:00:00Z.");
        }
    }

    private Map<String, String> environment() {
        return ((RootCommand) spec.root().userObject()).environment();
    }

    private static ImportResult importOne(PackageReader reader, WorkspaceStore workspace, Path file)
            throws PackageException {
        try {
            if (Files.size(file) > PackageLimits.DEFAULT.maxPackageBytes()) {
                throw new PackageException(PackageException.Reason.OVERSIZED, "The package is larger than the limit of "
                        + PackageLimits.DEFAULT.maxPackageBytes() + " bytes. Nothing was imported.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return reader.importPackage(in, workspace);
            }
        } catch (PackageException e) {
            throw e;
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.MALFORMED, "Cannot read the file: " + e.getMessage(), e);
        }
    }
}
