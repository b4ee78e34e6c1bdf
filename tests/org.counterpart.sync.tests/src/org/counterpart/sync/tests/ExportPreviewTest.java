package org.counterpart.sync.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.ObservationStatus;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.KeyAlgorithm;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.sync.ExportPreview;
import org.counterpart.sync.PackageWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the next package would carry, and why it may not go, before it is written. */
class ExportPreviewTest {

    @TempDir
    Path temp;

    private SyncFixture fixture;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new SyncFixture(temp);
    }

    @Test
    void headquartersMayReceiveEverythingAndThePreviewCountsWhatGoes() throws Exception {
        try (WorkspaceStore field = fixture.demoStore(); WorkspaceStore hqStore = fixture.emptyStore()) {
            DeviceIdentity headquarters = fixture.bound("hq", hqStore, true);
            List<java.security.cert.X509Certificate> to = List.of(SyncFixture.certificate(headquarters));
            Theater theater = (Theater) field.resource().getContents().get(0);

            ExportPreview preview = ExportPreview.of(field, field.resource(), SyncFixture.certificate(fixture.field), to);

            assertEquals(field.stats().journalSize(), preview.operationCount());
            assertEquals(theater.getContacts().size(), preview.objectsByKind().get("Contact"));
            assertEquals(theater.getObservations().size(), preview.objectsByKind().get("FieldObservation"));
            assertTrue(preview.marking().banner().startsWith("CUI"), preview.marking().banner());
            assertEquals(0, preview.lastPackage());
            assertTrue(preview.refusals().stream().noneMatch(reason -> reason.contains("may not be released")),
                    preview.refusals().toString());

            new PackageWriter(fixture.field).write(field, to, List.of(), new ByteArrayOutputStream());
            assertEquals(1, ExportPreview.of(field, field.resource(), SyncFixture.certificate(fixture.field), to)
                    .lastPackage(), "the preview names the last package written");
        }
    }

    @Test
    void objectsNotReleasableToARecipientsCountryOrAFinalObservationWithAnErrorRefuseTheExport() throws Exception {
        try (WorkspaceStore field = fixture.demoStore()) {
            DeviceIdentity partner = fixture.device("partner-laptop", KeyAlgorithm.EC_P256, "XVM");
            DeviceIdentity noCountry = fixture.device("laptop-without-country", KeyAlgorithm.EC_P256);

            ExportPreview toPartner = ExportPreview.of(field, field.resource(), SyncFixture.certificate(fixture.field),
                    List.of(SyncFixture.certificate(partner)));
            assertFalse(toPartner.mayExport());
            assertTrue(toPartner.refusals().stream().anyMatch(reason -> reason.contains("may not be released to XVM")
                    && reason.contains("CN=partner-laptop") && reason.endsWith("Nothing was exported.")),
                    toPartner.refusals().toString());

            ExportPreview unjudged = ExportPreview.of(field, field.resource(), SyncFixture.certificate(fixture.field),
                    List.of(SyncFixture.certificate(noCountry)));
            assertTrue(unjudged.refusals().stream().anyMatch(reason -> reason.contains("names no country")),
                    unjudged.refusals().toString());

            // a final observation without text: an error, and the export is refused
            DeviceIdentity headquarters = fixture.bound("hq", field, true);
            FieldObservation observation = ((Theater) field.resource().getContents().get(0)).getObservations().get(0);
            observation.setStatus(ObservationStatus.FINAL);
            observation.setText("");
            field.save();
            ExportPreview invalid = ExportPreview.of(field, field.resource(), SyncFixture.certificate(fixture.field),
                    List.of(SyncFixture.certificate(headquarters)));
            assertTrue(invalid.refusals().stream().anyMatch(reason -> reason.contains("is final but has no text")),
                    invalid.refusals().toString());
        }
    }
}
