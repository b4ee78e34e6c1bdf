package org.counterpart.hq.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.counterpart.hq.Inbox;
import org.counterpart.hq.InboxEntry;
import org.counterpart.store.StoreException;
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
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Inbox view in the Headquarters perspective, on packages three field laptops wrote from the demo country: it lists
 * what is dropped into the folder with where each stands, sorts by a column and narrows by the filter, imports the
 * packages of three laptops picked out of order, each laptop's in its order, then shows what one of them did.
 */
class InboxViewTest {

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchPage page;
	private InboxView view;
	private FieldPackages field;
	private Path folder;
	private final List<String> importedInOrder = java.util.Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void openInbox() throws Exception {
		display = PlatformUI.getWorkbench().getDisplay();
		field = new FieldPackages(dir, 11, 3, 1, new int[] { 15, 15, 15 }, new int[] { 40, 50, 60 });
		folder = dir.resolve("inbox");
		Files.createDirectories(folder);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		view = (InboxView) page.showView(InboxView.ID);
		view.useService(new TestService(field.reader()));
		EventLoop.flush(display);
	}

	@AfterEach
	void close() throws Exception {
		Job.getJobManager().join(InboxImportJob.FAMILY, null);
		page.hideView(view);
		EventLoop.flush(display);
		// the folder's poll may be scanning into the store right now: it holds the store's monitor while it does
		synchronized (field.store) {
			field.close();
		}
	}

	@Test
	void listsDroppedPackagesSortsFiltersImportsInOrderAndShowsTheSummary() throws Exception {
		field.drop(folder, 0, 2, "a-laptop0-second.cpkg");
		field.drop(folder, 0, 1, "b-laptop0-first.cpkg");
		field.drop(folder, 1, 2, "c-laptop1-second.cpkg"); // its first never arrives
		Path damaged = field.drop(folder, 1, 1, "d-damaged.cpkg");
		field.drop(folder, 2, 1, "f-laptop2-first.cpkg");
		byte[] bytes = Files.readAllBytes(damaged);
		Files.write(damaged, Arrays.copyOf(bytes, bytes.length - 50));
		view.setFolder(folder);
		Table table = view.viewer().getTable();
		EventLoop.spinUntil(display, () -> table.getItemCount() == 5, "the five packages listed");

		assertEquals(List.of("a-laptop0-second.cpkg", "b-laptop0-first.cpkg", "c-laptop1-second.cpkg", "d-damaged.cpkg",
				"f-laptop2-first.cpkg"), column(table, InboxColumns.FILE));
		List<String> status = column(table, InboxColumns.STATUS);
		assertEquals("new", status.get(0));
		assertEquals("new", status.get(1));
		assertEquals("gap: 1 missing", status.get(2));
		assertTrue(status.get(3).startsWith("refused: "), status.get(3));
		assertEquals("new", status.get(4));
		assertEquals(List.of("2", "1", "2", "", "1"), column(table, InboxColumns.NUMBER));
		assertEquals(field.devices.get(0), column(table, InboxColumns.DEVICE).get(0));
		assertEquals("laptop-0", column(table, InboxColumns.SENDER).get(0));

		// a package arriving later is picked up by the next look at the folder
		Path late = field.drop(folder, 1, 1, "e-laptop1-first.cpkg");
		EventLoop.spinUntil(display, () -> table.getItemCount() == 6, "the late package listed");
		EventLoop.spinUntil(display, () -> column(table, InboxColumns.STATUS).get(2).equals("new"),
				"the gap closed by the late package");

		TableColumn number = table.getColumn(InboxColumns.NUMBER.ordinal());
		click(number);
		assertEquals(List.of("", "1", "1", "1", "2", "2"), column(table, InboxColumns.NUMBER));
		assertEquals(number, table.getSortColumn());
		click(number);
		assertEquals(List.of("2", "2", "1", "1", "1", ""), column(table, InboxColumns.NUMBER));
		assertEquals(SWT.DOWN, table.getSortDirection());
		click(table.getColumn(InboxColumns.FILE.ordinal()));

		Text filter = view.filterText();
		filter.setFocus();
		filter.setText("refused");
		EventLoop.flush(display);
		assertEquals(List.of("d-damaged.cpkg"), column(table, InboxColumns.FILE));
		filter.setText(field.devices.get(1));
		EventLoop.flush(display);
		assertEquals(List.of("c-laptop1-second.cpkg", "e-laptop1-first.cpkg"), column(table, InboxColumns.FILE));
		filter.setText("");
		EventLoop.flush(display);
		assertEquals(6, table.getItemCount());

		// three laptops' packages, each laptop's picked out of order: each laptop's first goes in before its second
		List<InboxEntry> shown = view.shown();
		view.viewer().setSelection(new StructuredSelection(List.of(shown.get(0), shown.get(1), shown.get(2), shown.get(4), shown.get(5))));
		EventLoop.flush(display);
		assertTrue(view.importButton().isEnabled());
		assertFalse(view.summaryButton().isEnabled());
		click(view.importButton());
		Job.getJobManager().join(InboxImportJob.FAMILY, null);
		EventLoop.spinUntil(display, () -> {
			List<String> statuses = column(table, InboxColumns.STATUS);
			return List.of(0, 1, 2, 4, 5).stream().allMatch(i -> statuses.get(i).equals("imported"));
		}, "the packages of three laptops imported");
		assertEquals(5, importedInOrder.size(), importedInOrder.toString());
		assertTrue(importedInOrder.indexOf("b-laptop0-first.cpkg") < importedInOrder.indexOf("a-laptop0-second.cpkg"), importedInOrder.toString());
		assertTrue(importedInOrder.indexOf("e-laptop1-first.cpkg") < importedInOrder.indexOf("c-laptop1-second.cpkg"), importedInOrder.toString());
		assertTrue(importedInOrder.contains("f-laptop2-first.cpkg"), importedInOrder.toString());
		assertTrue(column(table, InboxColumns.STATUS).get(3).startsWith("refused: "), "the damaged one stays refused");
		X509Certificate laptop0 = field.reader().read(Files.newInputStream(folder.resolve("a-laptop0-second.cpkg")), op -> {
		}).signer().certificate();
		synchronized (field.store) { // one reader at a time with the folder's poll
			assertEquals(2, PackageReader.lastReceivedPackage(field.store, laptop0, field.devices.get(0)));
		}
		Screenshots.save(view.viewer().getTable().getShell(), "hq-inbox");
		assertTrue(Files.exists(late) && Files.exists(folder.resolve("a-laptop0-second.cpkg")),
				"the packages stay in the folder");

		view.viewer().setSelection(new StructuredSelection(view.shown().get(1)));
		EventLoop.flush(display);
		assertTrue(view.summaryButton().isEnabled());
		AtomicReference<String> summary = new AtomicReference<>();
		AtomicReference<String> title = new AtomicReference<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (shell.isVisible() && shell.getText().startsWith("Import Summary")
							&& shell.getData() instanceof ImportSummaryDialog dialog) {
						title.set(shell.getText());
						summary.set(dialog.shownText());
						Screenshots.save(shell, "hq-import-summary");
						dialog.close();
						return;
					}
				}
				display.timerExec(100, this);
			}
		});
		click(view.summaryButton());
		EventLoop.spinUntil(display, () -> summary.get() != null, "the summary shown");
		assertEquals("Import Summary: b-laptop0-first.cpkg", title.get());
		assertTrue(summary.get().startsWith("Totals\n"), summary.get());
		assertTrue(summary.get().contains("By author\n"), summary.get());
		assertTrue(summary.get().contains("Objects\n"), summary.get());
	}

	private static List<String> column(Table table, InboxColumns column) {
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

	/** The inbox on the test's headquarters store; remembers the order packages were imported in. */
	private final class TestService implements InboxService {
		private final PackageReader reader;

		TestService(PackageReader reader) {
			this.reader = reader;
		}

		@Override
		public boolean prepare(Shell shell) {
			return true;
		}

		@Override
		public boolean readyToImport(Shell shell) {
			return true;
		}

		@Override
		public List<InboxEntry> scan(Path at, IProgressMonitor monitor) throws IOException {
			try {
				synchronized (field.store) {
					return new Inbox(at, field.store, reader).scan(monitor);
				}
			} catch (StoreException e) {
				throw new IOException(e);
			}
		}

		@Override
		public List<InboxEntry> importPackages(Path at, List<InboxEntry> picked, IProgressMonitor monitor)
				throws IOException {
			try {
				synchronized (field.store) {
					List<InboxEntry> done = new Inbox(at, field.store, reader).importPackages(picked, monitor);
					done.forEach(e -> importedInOrder.add(e.fileName()));
					return done;
				}
			} catch (StoreException e) {
				throw new IOException(e);
			}
		}

		@Override
		public void dispose() {
			// the store is the test's
		}
	}
}
