package org.counterpart.sync.tests;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.ClockCheck;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.PackageWriter;

/**
 * Run in a child JVM, under whatever clock the test gives it: unlocks a field store, prints the clock check's
 * warning as the command line does, records one change and exports a package. Arguments: store folder, device
 * key (PKCS#12), recipient certificate (DER), package file; the store and key passphrases on standard input.
 */
public final class ExportUnderFakeClock {

    private ExportUnderFakeClock() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] storePassphrase = stdin.readLine().toCharArray();
        char[] keyPassphrase = stdin.readLine().toCharArray();
        CounterpartPackage.eINSTANCE.eClass();
        X509Certificate recipient;
        try (InputStream in = Files.newInputStream(Path.of(args[2]))) {
            recipient = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        DeviceIdentity identity = DeviceIdentity.load(Path.of(args[1]), keyPassphrase);
        try (WorkspaceStore store = WorkspaceStore.open(Path.of(args[0]), storePassphrase)) {
            ClockCheck.check(store, System.currentTimeMillis())
                    .ifPresent(check -> System.err.println("warning: " + check.message()));
            store.load();
            ((Theater) store.resource().getContents().get(0)).setOfficeName("Edited under a clock three years ahead");
            store.save();
            try (OutputStream out = Files.newOutputStream(Path.of(args[3]))) {
                new PackageWriter(identity).write(store, List.of(recipient), List.of(), out);
            }
        }
        System.out.println("exported");
    }
}
