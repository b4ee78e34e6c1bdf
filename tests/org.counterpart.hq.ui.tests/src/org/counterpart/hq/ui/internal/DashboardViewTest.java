package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

import org.counterpart.hq.Dashboard;
import org.counterpart.hq.Inbox;
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
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dashboard view after two of three field laptops' packages were imported: the packages and observations charts
 * carry the store's figures, the open conflicts are counted, and the laptop never heard from is listed as silent.
 */
class DashboardViewTest {

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchPage page;
	private DashboardView view;
	private FieldPackages field;
	private X509Certificate quiet;

	@BeforeEach
	void openDashboard() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		field = new FieldPackages(dir, 29, 3, 1, new int[] { 20, 10 }, new int[] { 81, 91 });
		Path folder = dir.resolve("inbox");
		field.drop(folder, 0, 1, "a.cpkg");
		field.drop(folder, 0, 2, "b.cpkg");
		field.drop(folder, 1, 1, "c.cpkg");
		field.drop(folder, 1, 2, "d.cpkg");
		Inbox inbox = new Inbox(folder, field.store, field.reader());
		inbox.importPackages(inbox.scan(new NullProgressMonitor()), new NullProgressMonitor());
		quiet = field.reader().read(new ByteArrayInputStream(field.packages.get(2).get(0)), op -> {
		}).signer().certificate();
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		view = (DashboardView) page.showView(DashboardView.ID);
		view.useService(weeks -> {
			try {
				synchronized (field.store) {
					return Dashboard.of(field.store, List.of(quiet), weeks);
				}
			} catch (StoreException e) {
				throw new IOException(e);
			}
		});
		EventLoop.flush(display);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().join(DashboardView.FAMILY, null);
		page.hideView(view);
		EventLoop.flush(display);
		field.close();
	}

	@Test
	void showsPackagesObservationsConflictsAndSilentDevices() throws Exception {
		Dashboard expected;
		// the view's job reads the same store: one reader at a time, as the workbench's storage allows
		synchronized (field.store) {
			expected = Dashboard.of(field.store, List.of(quiet), 12);
		}
		EventLoop.spinUntil(display, () -> view.conflictsLabel().getText().startsWith("Open conflicts"),
				() -> "the dashboard read, the view says: " + view.conflictsLabel().getText());
		assertEquals("Open conflicts: " + expected.openConflicts(), view.conflictsLabel().getText());
		assertTrue(expected.openConflicts() > 0);
		assertEquals(List.of("laptop-0", "laptop-1"), view.packagesChart().legend());
		assertEquals(expected.packages().series(), view.packagesChart().series());
		assertEquals(12, view.packagesChart().shown().weeks().size());
		assertEquals(expected.observations().series(), view.observationsChart().series());
		assertTrue(view.observationsChart().shown().total() > 0);

		Table silent = view.silentViewer().getTable();
		assertEquals(1, silent.getItemCount(), "only the laptop never heard from");
		assertEquals("laptop-2", silent.getItem(0).getText(0));
		assertEquals("never", silent.getItem(0).getText(2));
		view.daysField().setSelection(1);
		view.daysField().notifyListeners(SWT.Modify, new Event());
		EventLoop.flush(display);
		assertEquals(1, silent.getItemCount(), "the other two were heard from today");
		assertTrue(view.packagesChart().canvas().isVisible());
		Screenshots.save(silent.getShell(), "hq-dashboard");
	}
}
