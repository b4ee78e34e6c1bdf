package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.counterpart.hq.BaselinePreview;
import org.counterpart.hq.BaselineRecord;
import org.counterpart.hq.Baselines;
import org.counterpart.hq.WithheldObject;
import org.counterpart.security.DeviceBinding;
import org.counterpart.security.DeviceCountry;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.security.TrustVerifier;
import org.counterpart.store.StoreException;
import org.counterpart.sync.BaselineWriter;
import org.counterpart.sync.PackageReader;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.FieldPackages;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Baselines view in the Headquarters perspective, on the demo country's headquarters store and two field laptops
 * of its partner (XVM): it lists the laptops, previews one laptop's baseline with the objects withheld and why, and
 * exports both laptops' baselines in one job into a folder, after which each laptop reads its file and the view shows
 * when each was sent.
 */
class BaselinesViewTest {

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchPage page;
	private BaselinesView view;
	private FieldPackages field;
	private final List<DeviceIdentity> laptops = new ArrayList<>();
	private TrustVerifier fieldTrust;
	private X509CRL current;

	@BeforeEach
	void openBaselines() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		field = new FieldPackages(dir, 17, 2, 1, new int[] { 6, 6 }, new int[] { 21, 22 });
		for (int d = 0; d < 2; d++) {
			laptops.add(field.authority.issue("laptop-" + d, field.devices.get(d), "XVM", false));
		}
		fieldTrust = field.authority.trust();
		current = field.authority.revocationList();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		view = (BaselinesView) page.showView(BaselinesView.ID);
		view.useService(new TestService());
		page.activate(view);
		EventLoop.flush(display);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().join(BaselineExportJob.FAMILY, null);
		Job.getJobManager().join(BaselinesView.FAMILY, null);
		page.hideView(view);
		EventLoop.flush(display);
		field.close();
	}

	@Test
	void previewsOneDeviceAndExportsTwoBaselinesThatTheDevicesRead() throws Exception {
		Table table = view.viewer().getTable();
		EventLoop.spinUntil(display, () -> table.getItemCount() == 2, "both laptops listed");
		assertEquals(List.of("laptop-0", "laptop-1"), column(table, BaselineColumns.NAME));
		assertEquals(List.of("XVM", "XVM"), column(table, BaselineColumns.COUNTRY));
		assertEquals(List.of("never", "never"), column(table, BaselineColumns.LAST_SENT));
		assertFalse(view.previewButton().isEnabled());
		assertFalse(view.exportButton().isEnabled());

		BaselinePreview expected;
		synchronized (field.store) {
			expected = new Baselines(field.store).preview(certificate(0));
		}
		view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)));
		EventLoop.flush(display);
		assertTrue(view.previewButton().isEnabled());
		click(view.previewButton());
		EventLoop.spinUntil(display, () -> view.previewText().getText().startsWith("Baseline of laptop-0"),
				"the preview shown");
		String text = view.previewText().getText();
		assertTrue(text.contains("(releasable to XVM): " + String.format("%,d", expected.operations())
				+ " operations go, " + String.format("%,d", expected.withheldOperations()) + " stay behind"), text);
		assertTrue(text.contains("Objects it may see: " + String.format("%,d", expected.objects())), text);
		assertTrue(text.contains("Objects withheld: " + String.format("%,d", expected.withheld().size())), text);
		assertTrue(expected.withheld().size() > 0, "the demo country marks some objects NOFORN");
		Table withheld = view.withheldViewer().getTable();
		assertEquals(expected.withheld().size(), withheld.getItemCount());
		for (int i = 0; i < withheld.getItemCount(); i++) {
			WithheldObject object = expected.withheld().get(i);
			assertEquals(object.kind(), withheld.getItem(i).getText(0));
			assertEquals(object.label(), withheld.getItem(i).getText(1));
			assertEquals(object.reason(), withheld.getItem(i).getText(2));
			assertFalse(object.reason().isBlank());
		}

		Path out = dir.resolve("baselines");
		view.chooseFoldersWith(shell -> out);
		view.viewer().setSelection(new StructuredSelection(List.of(view.viewer().getElementAt(0),
				view.viewer().getElementAt(1))));
		EventLoop.flush(display);
		assertFalse(view.previewButton().isEnabled(), "a preview is of one device");
		click(view.exportButton());
		Job.getJobManager().join(BaselineExportJob.FAMILY, null);
		EventLoop.spinUntil(display, () -> view.status().getText().startsWith("Wrote 2 baselines"),
				"both baselines written");
		EventLoop.spinUntil(display, () -> !column(table, BaselineColumns.LAST_SENT).contains("never"),
				"the devices show their baselines");
		Screenshots.save(table.getShell(), "hq-baselines");

		List<String> files;
		try (Stream<Path> listed = Files.list(out)) {
			files = listed.map(p -> p.getFileName().toString()).sorted().toList();
		}
		assertEquals(2, files.size());
		assertEquals(files, column(table, BaselineColumns.FILE).stream().sorted().toList());
		for (int d = 0; d < 2; d++) {
			Path file = out.resolve(column(table, BaselineColumns.FILE).get(d));
			long[] operations = { 0 };
			PackageReader.Verified verified;
			try (InputStream in = Files.newInputStream(file)) {
				verified = new PackageReader(laptops.get(d), fieldTrust).read(in, op -> operations[0]++);
			}
			assertEquals(field.store.deviceId(), verified.manifest().deviceId());
			assertEquals(current, verified.revocationList(), "the baseline carries the current revocation list");
			assertEquals(List.of(certificate(1 - d)), verified.certificates(), "and its teammate's certificate");
			assertEquals(column(table, BaselineColumns.OPERATIONS).get(d), Long.toString(operations[0]));
			assertEquals(Long.toString(verified.manifest().packageSequence()), column(table, BaselineColumns.PACKAGE).get(d));
		}
		assertEquals(expected.operations(),
				Long.parseLong(column(table, BaselineColumns.OPERATIONS).get(0)), "the preview said what went");
		Map<String, BaselineRecord> recorded;
		synchronized (field.store) {
			recorded = new Baselines(field.store).lastSent();
		}
		assertEquals(2, recorded.size(), "kept in the store");
		assertNotEquals(column(table, BaselineColumns.PACKAGE).get(0), column(table, BaselineColumns.PACKAGE).get(1));

		// previewed again, laptop 0 has nothing left to receive
		view.viewer().setSelection(new StructuredSelection(view.viewer().getElementAt(0)));
		EventLoop.flush(display);
		click(view.previewButton());
		EventLoop.spinUntil(display, () -> view.previewText().getText().contains("XVM): 0 operations go"),
				"nothing new for laptop 0");
		assertNotNull(view.status().getText());
	}

	private X509Certificate certificate(int laptop) {
		return FieldPackages.certificate(laptops.get(laptop));
	}

	private static List<String> column(Table table, BaselineColumns column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column.ordinal()));
		}
		return texts;
	}

	private void click(org.eclipse.swt.widgets.Widget widget) {
		widget.notifyListeners(SWT.Selection, new Event());
		EventLoop.flush(display);
	}

	/** Baselines of the test's headquarters store for the two laptops, signed with headquarters' test identity. */
	private final class TestService implements BaselineService {

		@Override
		public List<BaselineDevice> devices() throws IOException {
			try {
				synchronized (field.store) {
					Map<String, BaselineRecord> last = new Baselines(field.store).lastSent();
					List<BaselineDevice> devices = new ArrayList<>();
					for (int d = 0; d < laptops.size(); d++) {
						X509Certificate certificate = certificate(d);
						devices.add(new BaselineDevice(certificate, DeviceBinding.deviceId(certificate).orElse(null),
								DeviceCountry.of(certificate).orElse(null), last.get(Baselines.deviceKey(certificate))));
					}
					return devices;
				}
			} catch (StoreException e) {
				throw new IOException(e);
			}
		}

		@Override
		public BaselinePreview preview(X509Certificate device) throws IOException {
			synchronized (field.store) {
				return new Baselines(field.store).preview(device);
			}
		}

		@Override
		public boolean readyToExport(Shell shell) {
			return true;
		}

		@Override
		public Baselines.ExportRun export(List<X509Certificate> devices, Path folder, IProgressMonitor monitor) {
			synchronized (field.store) {
				return new Baselines(field.store).export(devices,
						new BaselineWriter(field.headquarters, Clock.systemUTC(), current,
								List.of(certificate(0), certificate(1))),
						folder, monitor);
			}
		}

		@Override
		public void dispose() {
			// the store is the test's
		}
	}
}
