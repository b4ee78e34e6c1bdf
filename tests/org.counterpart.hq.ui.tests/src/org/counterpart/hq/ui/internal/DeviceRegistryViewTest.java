package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.counterpart.hq.DeviceRegistry;
import org.counterpart.hq.DeviceRow;
import org.counterpart.hq.Inbox;
import org.counterpart.hq.InboxEntry;
import org.counterpart.store.StoreException;
import org.counterpart.tests.harness.EventLoop;
import org.counterpart.tests.harness.FieldPackages;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Device Registry view in the Headquarters perspective, after the packages of two field laptops were imported
 * from the inbox, one of them with its first package missing: it lists headquarters and both laptops with their counts,
 * sorts by a column's heading, and shows a package imported later after Refresh.
 */
class DeviceRegistryViewTest {

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchPage page;
	private DeviceRegistryView view;
	private FieldPackages field;
	private Path folder;
	private final List<X509Certificate> certificates = new ArrayList<>();

	@BeforeEach
	void openRegistry() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		field = new FieldPackages(dir, 13, 2, 1, new int[] { 14, 11 }, new int[] { 60, 90 });
		folder = dir.resolve("inbox");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		view = (DeviceRegistryView) page.showView(DeviceRegistryView.ID);
		EventLoop.flush(display);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().join(DeviceRegistryView.FAMILY, null);
		page.hideView(view);
		EventLoop.flush(display);
		field.close();
	}

	@Test
	void listsTheDevicesWithTheirCountsSortsAndRefreshes() throws Exception {
		field.drop(folder, 0, 1, "a.cpkg");
		field.drop(folder, 0, 2, "b.cpkg");
		field.drop(folder, 1, 2, "c.cpkg");
		Inbox inbox = new Inbox(folder, field.store, field.reader());
		List<InboxEntry> scanned = inbox.scan(new NullProgressMonitor());
		inbox.importPackages(scanned.subList(0, 2), new NullProgressMonitor()); // laptop 1's waits for its first
		certificates.add(signer("a.cpkg"));
		certificates.add(signer("c.cpkg"));
		long laptop0Operations = field.store.journal(field.devices.get(0), 0).size();

		view.useService(() -> {
			try {
				synchronized (field.store) {
					return DeviceRegistry.rows(field.store, certificates);
				}
			} catch (StoreException e) {
				throw new java.io.IOException(e);
			}
		});
		Table table = view.viewer().getTable();
		EventLoop.spinUntil(display, () -> table.getItemCount() == 3, "headquarters and the two laptops listed");

		String hqName = InboxColumns.commonName(field.store.deviceNames().get(field.store.deviceId()));
		assertEquals(List.of(hqName, "laptop-0", "laptop-1").stream().sorted().toList(),
				column(table, RegistryColumns.NAME));
		int laptop0 = column(table, RegistryColumns.NAME).indexOf("laptop-0");
		int laptop1 = column(table, RegistryColumns.NAME).indexOf("laptop-1");
		assertEquals(field.devices.get(0), column(table, RegistryColumns.DEVICE).get(laptop0));
		assertEquals("2", column(table, RegistryColumns.LAST_PACKAGE).get(laptop0));
		assertEquals(Long.toString(laptop0Operations), column(table, RegistryColumns.OPERATIONS).get(laptop0));
		assertEquals("", column(table, RegistryColumns.GAPS).get(laptop0));
		assertEquals(InboxColumns.formatTime(certificates.get(0).getNotAfter().toInstant()),
				column(table, RegistryColumns.EXPIRY).get(laptop0));
		assertEquals("0", column(table, RegistryColumns.CONFLICTS).get(laptop0));
		assertEquals("", column(table, RegistryColumns.LAST_PACKAGE).get(laptop1));
		assertEquals("0", column(table, RegistryColumns.OPERATIONS).get(laptop1));
		assertEquals("1", column(table, RegistryColumns.GAPS).get(laptop1));
		assertEquals(InboxColumns.formatTime(certificates.get(1).getNotAfter().toInstant()),
				column(table, RegistryColumns.EXPIRY).get(laptop1));

		TableColumn operations = table.getColumn(RegistryColumns.OPERATIONS.ordinal());
		click(operations);
		List<Long> ascending = column(table, RegistryColumns.OPERATIONS).stream().map(Long::valueOf).toList();
		assertEquals(ascending.stream().sorted().toList(), ascending);
		assertEquals(operations, table.getSortColumn());
		assertEquals(SWT.UP, table.getSortDirection());
		click(operations);
		List<Long> descending = column(table, RegistryColumns.OPERATIONS).stream().map(Long::valueOf).toList();
		assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending);
		assertEquals(SWT.DOWN, table.getSortDirection());
		click(table.getColumn(RegistryColumns.NAME.ordinal()));

		// the missing package arrives and is imported: Refresh closes the gap
		field.drop(folder, 1, 1, "d.cpkg");
		synchronized (field.store) {
			inbox.importPackages(inbox.scan(new NullProgressMonitor()), new NullProgressMonitor());
		}
		click(view.refreshButton());
		EventLoop.spinUntil(display, () -> column(table, RegistryColumns.GAPS).get(laptop1).isEmpty(),
				"laptop 1's gap closed");
		assertEquals("2", column(table, RegistryColumns.LAST_PACKAGE).get(laptop1));
		assertEquals(Integer.toString(field.store.journal(field.devices.get(1), 0).size()),
				column(table, RegistryColumns.OPERATIONS).get(laptop1));
		long conflicts = field.store.conflicts().stream()
				.filter(c -> c.winner().deviceId().equals(field.devices.get(1))
						|| c.loser().deviceId().equals(field.devices.get(1)))
				.count();
		assertTrue(conflicts > 0, "both laptops moved the shared contact's position");
		assertEquals(Long.toString(conflicts), column(table, RegistryColumns.CONFLICTS).get(laptop1));
		Screenshots.save(table.getShell(), "hq-registry");
		List<DeviceRow> shown = view.shown();
		assertEquals(3, shown.size());
	}

	private X509Certificate signer(String name) throws Exception {
		try (InputStream in = Files.newInputStream(folder.resolve(name))) {
			return field.reader().read(in, operation -> {
			}).signer().certificate();
		}
	}

	private static List<String> column(Table table, RegistryColumns column) {
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
}
