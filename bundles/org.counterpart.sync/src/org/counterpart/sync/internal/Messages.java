package org.counterpart.sync.internal;

import java.text.MessageFormat;

/**
 * User-visible messages of the package bundle, in one place for review and translation. Arguments
 * are file names, device ids, counts and subjects only, never content or secrets.
 */
public final class Messages {

    public static final String NEWER_VERSION = "The package uses format {0}, newer than this version of Counterpart reads (format {1}.x). Update Counterpart to import it; nothing was imported.";
    public static final String MANIFEST_MALFORMED = "The package manifest is malformed: {0}. Nothing was imported.";
    public static final String MANIFEST_MISMATCH = "The package does not match its manifest: {0}. Nothing was imported.";
    public static final String MANIFEST_NOT_FIRST = "The package archive does not start with its manifest. Nothing was imported.";
    public static final String ENTRY_TRAVERSAL = "The package archive holds an entry named ''{0}'', which points outside the package. Nothing was imported.";
    public static final String ENTRY_UNEXPECTED = "The package archive holds an unexpected entry ''{0}''. Nothing was imported.";
    public static final String ENTRY_TWICE = "The package archive holds the entry ''{0}'' twice. Nothing was imported.";
    public static final String TOO_MANY_ENTRIES = "The package archive holds more than {0} entries. Nothing was imported.";
    public static final String TOO_LARGE = "The package file is larger than the limit of {0} bytes. Nothing was imported.";
    public static final String TOO_MUCH_CONTENT = "The package unpacks to more than the limit of {0} bytes. Nothing was imported.";
    public static final String TOO_MANY_OPERATIONS = "The package holds more than the limit of {0} operations. Nothing was imported.";
    public static final String BOMB = "The package archive unpacks to more than {0} times its packed size: it looks like a decompression bomb. Nothing was imported.";
    public static final String ARCHIVE_MALFORMED = "The package archive cannot be read ({0}). Nothing was imported.";
    public static final String OPERATIONS_MALFORMED = "The operations in the package cannot be read: {0}. Nothing was imported.";
    public static final String ATTACHMENT_MISMATCH = "The attachment {0} does not have the content its name promises. Nothing was imported.";
    public static final String CLOCK_AHEAD = "The package holds changes stamped {3} by device {0}: device {0}''s clock runs {1} ahead of this computer''s ({4}), more than the {2} allowed. Set the clock right on device {0} (or on this computer) and export again. Nothing was imported.";
    public static final String NOT_VERIFIED = "{0} Nothing was imported.";
    public static final String OPERATION_TAMPERED = "Package {0} from device {1} carries operation #{2} of device {3}, which differs from the operation #{2} already received from that device: the package has been tampered with and was refused. Nothing was imported.";
    public static final String EXERCISE_INTO_REAL = "This is an exercise package ({0}); this store holds real data and takes no exercise data. Import it into the exercise store it was made for. Nothing was imported.";
    public static final String REAL_INTO_EXERCISE = "This is a real package ({0}); this store is an exercise store and takes no real data. Import it into a real store. Nothing was imported.";
    public static final String STORE_REFUSED = "The workspace store refused the package: {0} Nothing was imported.";
    public static final String STORE_FAILED = "The workspace store could not be read: {0}";
    public static final String NO_CERTIFICATE = "This device has no certificate; install the one headquarters issued before exporting or importing.";
    public static final String WRITE_FAILED = "The package could not be written: {0}";
    public static final String WRONG_DEVICE = "This workspace store is device {0}, but the certificate of {1} is bound to device {2}: a certificate signs only for its own device''s store. Use that device''s store, or have headquarters issue a certificate for this one. Nothing was exported.";
    public static final String NO_COUNTRY = "The certificate of {0} names no country (C=), so what is releasable to the device cannot be judged. Have headquarters issue the device a certificate that names its country. Nothing was exported.";
    public static final String ATTACHMENT_UNREADABLE = "The attachment {0} cannot be read: {1}";
    public static final String ATTACHMENT_GONE = "The attachment {0} is no longer in the workspace store. Nothing was exported.";

    public static final String FOREIGN_DEVICE = "The package carries operations of device {0}, but it is signed by {1}, whose certificate is bound to device {2}: a device may only send its own operations. Nothing was imported.";
    public static final String LEGACY_REFUSED = "The package of device {1} is signed by {0}, whose certificate binds no device id, and such certificates are refused since {2}. Have headquarters issue the device a new certificate (''device csr --store''). Nothing was imported.";
    public static final String LEGACY_WARNING = "the certificate of {0} binds no device id: accepted its package as device {1}; issue the device a new certificate (''device csr --store'') before headquarters sets a cut-off";
    public static final String LEGACY_WARNING_UNTIL = "the certificate of {0} binds no device id: accepted its package as device {1} until {2}; issue the device a new certificate (''device csr --store'')";
    public static final String CRL_OVERDUE = "the revocation list is past its next update ({0}); get the latest one from headquarters";
    public static final String PACKAGE_CRL_INVALID = "The package carries a revocation list that is not signed by the headquarters authority. Nothing was imported.";
    public static final String TOO_LARGE_CRL = "The revocation list in the package is larger than {0} bytes. Nothing was imported.";
    public static final String TOO_LARGE_CERTIFICATES = "The package''s certificates are larger than {0} bytes; it has been rejected. Nothing was imported.";

    public static final String NOT_RELEASABLE = "{0} object(s) in the package may not be released to {1}, the country of {2}: {3}. Change their marking or choose other recipients. Nothing was exported.";
    public static final String FINAL_INVALID = "A final object has an error: {0}. Correct it, or set it back to draft, before exporting. Nothing was exported.";
    public static final String AND_MORE = "and {0} more";

    public static final String GAP_PACKAGES = "packages {0}-{1} of device {2} have not arrived";
    public static final String GAP_OPERATIONS = "operations {0}-{1} of device {2} are missing";

    private Messages() {
    }

    public static String format(String pattern, Object... arguments) {
        return MessageFormat.format(pattern, arguments);
    }

    /**
     * {@code text} as a sentence that another may follow: with a full stop at its end unless it has one (or another
     * closing mark) already. For the messages of exceptions from other bundles, quoted before "Nothing was imported."
     */
    public static String sentence(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return trimmed;
        }
        return trimmed + ".";
    }
}
