package org.counterpart.sync.tests;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.counterpart.model.CounterpartPackage;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ImportResult;
import org.counterpart.sync.PackageReader;

/**
 * Run in a child JVM, as one of headquarters' importing processes on a shared store: opens the server store, loads
 * it, says it is ready (a file), waits for the start signal (another file), then imports its packages in the order
 * given, one summary line each. Arguments: JDBC URL, database user, recipient key (PKCS#12), CA certificate (DER),
 * revocation list (DER), ready file, start file, packages...; the database password and the key passphrase on
 * standard input.
 */
public final class SharedStoreImporter {

    private SharedStoreImporter() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        char[] password = stdin.readLine().toCharArray();
        char[] keyPassphrase = stdin.readLine().toCharArray();
        CounterpartPackage.eINSTANCE.eClass();
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        X509Certificate authority;
        X509CRL crl;
        try (InputStream in = Files.newInputStream(Path.of(args[3]))) {
            authority = (X509Certificate) x509.generateCertificate(in);
        }
        try (InputStream in = Files.newInputStream(Path.of(args[4]))) {
            crl = (X509CRL) x509.generateCRL(in);
        }
        DeviceIdentity recipient = DeviceIdentity.load(Path.of(args[2]), keyPassphrase);
        PackageReader reader = new PackageReader(recipient, new TrustVerifier(authority, crl));
        try (WorkspaceStore store = WorkspaceStore.openServer(args[0], args[1], password)) {
            store.load();
            Files.writeString(Path.of(args[5]), "ready");
            Path start = Path.of(args[6]);
            long deadline = System.currentTimeMillis() + 120_000;
            while (!Files.exists(start) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            for (int i = 7; i < args.length; i++) {
                try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                    ImportResult result = reader.importPackage(in, store);
                    System.out.println(Path.of(args[i]).getFileName() + ": " + result.status() + " " + result.summary());
                }
            }
        }
    }
}
