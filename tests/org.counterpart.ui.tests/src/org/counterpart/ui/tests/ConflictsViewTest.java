package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Theater;
import org.counterpart.security.DeviceIdentity;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.store.internal.JdbcWorkspaceStore;
import org.counterpart.sync.PackageException;
import org.counterpart.sync.PackageReader;
import org.counterpart.sync.PackageWriter;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.tests.harness.TestAuthority;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.StoreWorkspaceStorage;
import org.counterpart.ui.internal.conflicts.ConflictsView;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Conflicts view on the workbench's own store, after two field laptops changed the same contact's name and the
 * same observation's latitude offline and their packages were imported: both conflicts are listed with both values
 * and who wrote each; Take Other Side from the context menu changes the model as an edit that Ctrl+Z takes back and
 * redo and Ctrl+S make final, after which Show Resolved lists it with the resolving device; a value that does not fit
 * the feature is refused in the dialog and changes nothing.
 */
public class ConflictsViewTest {

	private static final int FEATURE = 2;
	private static final int MERGED = 3;
	private static final int MERGED_BY = 4;
	private static final int OTHER = 5;
	private static final int OTHER_BY = 6;
	private static final int RESOLUTION = 7;

	@TempDir
	Path dir;

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private WorkspaceEditingSession session;
	private StoreWorkspaceStorage storage;
	private CommandStack stack;
	private ConflictsView view;
	private String contactId;
	private String observationId;
	private String nameA;
	private String nameB;
	private double latitudeA;
	private double latitudeB;
	private String merged;
	private String originalName;
	private Double originalLatitude;

	@BeforeEach
	public void importConflictingPackages() throws Exception {
		display = DisplayRequirement.requireDisplay();
		window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		window.getShell().setBounds(display.getClientArea());
		page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.HEADQUARTERS, window);
		session = WorkspaceEditingSession.getDefault();
		session.load();
		Workbench.spinUntil(display, () -> session.getTheater() != null, "the workspace is loaded");
		if (session.isDirty()) {
			session.save(null);
		}
		storage = (StoreWorkspaceStorage) session.getStorage();
		stack = session.getEditingDomain().getCommandStack();

		TestAuthority authority = TestAuthority.create(dir.resolve("authority"));
		String workbenchDevice = storage.read(WorkspaceStore::deviceId);
		DeviceIdentity headquarters = authority.issue("hq-analyst", workbenchDevice, null, true);
		Theater theater = session.getTheater();
		long run = System.nanoTime() % 100_000; // each run's values differ from those earlier runs left in the store
		contactId = theater.getContacts().get(4).getId();
		observationId = theater.getObservations().get(6).getId();
		originalName = contact(theater).getGivenName();
		originalLatitude = observation(theater).getLatitude();
		nameA = "Amina " + run;
		nameB = "Bilal " + run;
		latitudeA = (1000 + run % 4000) / 100.0;
		latitudeB = (1150 + run % 4000) / 100.0;
		merged = Double.toString(latitudeB);
		byte[] fromA = laptop(authority, headquarters, "laptop-a", t -> {
			contact(t).setGivenName(nameA);
			observation(t).setLatitude(latitudeA);
		});
		Thread.sleep(5); // a later clock for laptop b: its values win the merge
		byte[] fromB = laptop(authority, headquarters, "laptop-b", t -> {
			contact(t).setGivenName(nameB);
			observation(t).setLatitude(latitudeB);
		});
		PackageReader reader = new PackageReader(headquarters, authority.trust());
		for (byte[] sealed : List.of(fromA, fromB)) {
			session.runDetached(monitor -> {
				try {
					return storage.use(store -> {
						// the session let its workspace go: the store loads one of its own for the merge
						store.load(new ResourceSetImpl());
						try {
							return reader.importPackage(new ByteArrayInputStream(sealed), store);
						} catch (PackageException e) {
							throw new IOException(e.getMessage(), e);
						}
					});
				} catch (org.counterpart.store.StoreException e) {
					throw new IOException(e.getMessage(), e);
				}
			}, null);
		}
		view = (ConflictsView) page.showView(ConflictsView.ID);
		Workbench.flush(display);
	}

	/** A laptop that took the workbench's baseline, made {@code edits} offline and wrote its package for headquarters. */
	private byte[] laptop(TestAuthority authority, DeviceIdentity headquarters, String name, Consumer<Theater> edits)
			throws Exception {
		try (WorkspaceStore field = JdbcWorkspaceStore.create(dir.resolve(name), "laptop passphrase".toCharArray(),
				new org.counterpart.store.internal.KeyDerivation.Parameters("scrypt", 1 << 10, 8, 1))) {
			field.load();
			DeviceIdentity laptop = authority.issue(name, field.deviceId(), null, false);
			ByteArrayOutputStream baseline = new ByteArrayOutputStream();
			storage.use(store -> new PackageWriter(headquarters).write(store, List.of(laptop.certificate().orElseThrow()),
					List.of(), baseline));
			new PackageReader(laptop, authority.trust()).importPackage(new ByteArrayInputStream(baseline.toByteArray()), field);
			edits.accept((Theater) field.resource().getContents().get(0));
			field.save();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			new PackageWriter(laptop).write(field, List.of(headquarters.certificate().orElseThrow()), List.of(), out);
			return out.toByteArray();
		}
	}

	/** Leaves the contact and the observation as the demo had them, saved, for the tests that come after. */
	@AfterEach
	public void putTheDemoBack() throws Exception {
		if (stack == null) {
			return;
		}
		while (stack.canUndo() && session.isDirty()) {
			stack.undo();
		}
		if (contactId != null) {
			EditingDomain domain = session.getEditingDomain();
			stack.execute(SetCommand.create(domain, contact(), CounterpartPackage.Literals.CONTACT__GIVEN_NAME, originalName));
			stack.execute(SetCommand.create(domain, observation(), CounterpartPackage.Literals.FIELD_OBSERVATION__LATITUDE,
					originalLatitude == null ? SetCommand.UNSET_VALUE : originalLatitude));
			session.save(null);
		}
		if (view != null) {
			view.setShowResolved(false);
			page.hideView(view);
		}
		Workbench.flush(display);
	}

	@Test
	public void takeOtherSideFromTheContextMenuIsUndoneRedoneSavedAndListedAsResolved() throws Exception {
		Workbench.spinUntil(display, () -> row("givenName", nameB) >= 0 && row("latitude", merged) >= 0,
				"both conflicts listed; the view shows " + texts());
		String[] name = view.getRowTexts().get(row("givenName", nameB));
		assertEquals(nameB, name[MERGED], "the later write was merged");
		assertEquals(nameA, name[OTHER], "the other side beside it");
		assertTrue(name[MERGED_BY].contains("laptop-b"), name[MERGED_BY]);
		assertTrue(name[OTHER_BY].contains("laptop-a"), name[OTHER_BY]);
		assertTrue(name[MERGED_BY].matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), "when: " + name[MERGED_BY]);
		String[] latitude = view.getRowTexts().get(row("latitude", merged));
		assertEquals(Double.toString(latitudeA), latitude[OTHER]);
		saveMaximized("hq-conflicts");

		Table table = view.getViewer().getTable();
		select(table, row("givenName", nameB));
		Workbench.choose(contextItem(table, "Take Other Side"));
		assertEquals(nameA, contact().getGivenName(), "the other side's value is in the model");
		assertEquals(-1, row("givenName", nameB), "no longer open");
		assertTrue(row("latitude", merged) >= 0, "the other conflict stays open");
		assertTrue(session.isDirty());
		assertEquals("Resolve Conflict", stack.getUndoCommand().getLabel());
		activate(table);
		assertNotNull(Workbench.menuItem(window.getShell(), "Edit", "Undo Resolve Conflict"), "Edit > Undo names it");

		Workbench.pressWithCtrl(display, 'z');
		Workbench.spinUntil(display, () -> nameB.equals(contact().getGivenName()), "Ctrl+Z takes the resolution back");
		Workbench.spinUntil(display, () -> row("givenName", nameB) >= 0, "open again after the undo: " + texts());
		assertFalse(session.isDirty(), "undone before saving: nothing left to save");

		activate(table);
		Workbench.choose(Workbench.menuItem(window.getShell(), "Edit", "Redo Resolve Conflict"));
		assertEquals(nameA, contact().getGivenName(), "redone");
		Workbench.spinUntil(display, () -> row("givenName", nameB) == -1, "closed again after the redo");

		activate(table);
		Workbench.pressWithCtrl(display, 's');
		Workbench.spinUntil(display, () -> !session.isDirty(), "Ctrl+S saves the resolution");
		assertTrue(storage.read(store -> store.conflicts()).stream().noneMatch(c -> c.objectId().equals(contactId)),
				"closed in the store");

		view.setShowResolved(true);
		Workbench.flush(display);
		int resolved = row("givenName", nameB);
		assertTrue(resolved >= 0, "listed under Show Resolved: " + texts());
		String resolution = view.getRowTexts().get(resolved)[RESOLUTION];
		assertTrue(resolution.startsWith("Took other side by "), resolution);
		assertTrue(resolution.contains("hq-analyst"), "the resolving device: " + resolution);
		assertTrue(view.getSummary().contains("resolved"), view.getSummary());
		saveMaximized("hq-conflicts-resolved");
	}

	@Test
	public void aValueThatDoesNotFitIsRefusedInTheDialogAndAFittingOneResolves() throws Exception {
		Workbench.spinUntil(display, () -> row("latitude", merged) >= 0, "the latitude conflict listed: " + texts());
		Table table = view.getViewer().getTable();
		select(table, row("latitude", merged));
		int undoable = stack.getUndoCommand() == null ? 0 : 1;
		String[] refusal = new String[1];
		boolean[] okEnabled = { true };
		DialogSteps steps = new DialogSteps(display, window.getShell()).then("Enter Value", shell -> {
			Text field = Workbench.find(shell, Text.class).get(0);
			field.setText("north");
			Workbench.flush(display);
			refusal[0] = Workbench.find(shell, Text.class).stream().map(Text::getText)
					.filter(text -> text.contains("not a value")).findFirst().orElse(null);
			okEnabled[0] = okButton(shell).isEnabled();
			Screenshots.save(shell, "conflicts-enter-value-refused");
			Workbench.pressButton(shell, "Cancel");
		}).start();
		Workbench.choose(contextItem(table, "Enter Value..."));
		Workbench.spinUntil(display, steps::finished, "the dialog was answered");
		assertNull(steps.failure(), String.valueOf(steps.failure()));
		assertNotNull(refusal[0], "the dialog says why");
		assertTrue(refusal[0].contains("\"north\" is not a value for latitude: enter a number"), refusal[0]);
		assertFalse(okEnabled[0], "OK is disabled while the value does not fit");
		assertEquals(latitudeB, observation().getLatitude(), "nothing changed");
		assertFalse(session.isDirty());
		assertEquals(undoable, stack.getUndoCommand() == null ? 0 : 1, "nothing on the command stack");
		assertTrue(row("latitude", merged) >= 0, "still open");

		select(table, row("latitude", merged));
		steps = new DialogSteps(display, window.getShell()).then("Enter Value", shell -> {
			Workbench.find(shell, Text.class).get(0).setText("10.75");
			Workbench.flush(display);
			Workbench.pressButton(shell, "OK");
		}).start();
		Workbench.choose(contextItem(table, "Enter Value..."));
		Workbench.spinUntil(display, steps::finished, "the dialog was answered");
		assertNull(steps.failure(), String.valueOf(steps.failure()));
		assertEquals(10.75, observation().getLatitude(), "the typed value is in the model");
		assertEquals(-1, row("latitude", merged), "resolved");
		assertEquals("Resolve Conflict", stack.getUndoCommand().getLabel());
	}


	@Test
	public void keepMergedOnTwoConflictsIsOneEditAndTheObjectOpensInItsFormAndInItsPlaceInADiagram() throws Exception {
		Workbench.spinUntil(display, () -> row("givenName", nameB) >= 0 && row("latitude", merged) >= 0,
				"both conflicts listed; the view shows " + texts());
		Table table = view.getViewer().getTable();
		int undoable = stack.getUndoCommand() == null ? 0 : 1;
		table.setFocus();
		table.setSelection(new int[] { row("givenName", nameB), row("latitude", merged) });
		table.notifyListeners(SWT.Selection, new Event());
		Workbench.flush(display);
		Workbench.choose(contextItem(table, "Keep Merged"));
		assertEquals(-1, row("givenName", nameB), "the name conflict is resolved");
		assertEquals(-1, row("latitude", merged), "and the latitude conflict, in the same gesture");
		assertEquals(nameB, contact().getGivenName(), "the merged value stays");
		assertEquals(latitudeB, observation().getLatitude());
		assertEquals("Resolve Conflict", stack.getUndoCommand().getLabel());
		activate(table);
		Workbench.pressWithCtrl(display, 'z');
		Workbench.spinUntil(display, () -> row("givenName", nameB) >= 0 && row("latitude", merged) >= 0,
				"one Ctrl+Z opens both again: " + texts());
		assertEquals(undoable, stack.getUndoCommand() == null ? 0 : 1, "one edit for both");
		assertFalse(session.isDirty());

		select(table, row("givenName", nameB));
		activate(table);
		Workbench.pressEnter(display);
		Workbench.spinUntil(display, () -> page.getActiveEditor() != null
				&& page.getActiveEditor().getEditorInput().getAdapter(org.eclipse.emf.ecore.EObject.class) == contact(),
				"Enter opens the contact's form");

		page.activate(view);
		select(table, row("givenName", nameB));
		Menu menu = table.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem openDiagram = Arrays.stream(menu.getItems()).filter(i -> Workbench.plain(i.getText()).equals("Open Diagram"))
				.findFirst().orElseThrow(() -> new AssertionError("no Open Diagram in " + Arrays.toString(menu.getItems())));
		Menu diagrams = openDiagram.getMenu();
		diagrams.notifyListeners(SWT.Show, new Event());
		MenuItem network = Arrays.stream(diagrams.getItems()).filter(i -> Workbench.plain(i.getText()).equals("Contact network"))
				.findFirst().orElseThrow(() -> new AssertionError("no Contact network in " + Arrays.toString(diagrams.getItems())));
		// chosen while its menu is shown: showing the menu again would make the dynamic items anew
		network.notifyListeners(SWT.Selection, new Event());
		diagrams.notifyListeners(SWT.Hide, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		Workbench.spinUntil(display, () -> page.getActiveEditor() != null
				&& "org.counterpart.diagram.ui.editor".equals(page.getActiveEditor().getSite().getId())
				&& page.getActiveEditor().getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selected
				&& selected.toList().contains(contact()), "the Contact network opens with the contact selected in its place");
		Screenshots.save(window.getShell(), "hq-conflict-in-diagram");
		page.closeAllEditors(false);
	}

	// ------------------------------------------------------------------

	private Contact contact() {
		return contact(session.getTheater());
	}

	private FieldObservation observation() {
		return observation(session.getTheater());
	}

	private Contact contact(Theater theater) {
		return theater.getContacts().stream().filter(c -> c.getId().equals(contactId)).findFirst().orElseThrow();
	}

	private FieldObservation observation(Theater theater) {
		return theater.getObservations().stream().filter(o -> o.getId().equals(observationId)).findFirst().orElseThrow();
	}

	/** The index of the listed row on {@code feature} whose merged value is {@code merged}, or -1. */
	private int row(String feature, String merged) {
		view.refresh();
		List<String[]> rows = view.getRowTexts();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i)[FEATURE].equals(feature) && rows.get(i)[MERGED].equals(merged)) {
				return i;
			}
		}
		return -1;
	}

	/** A picture of the window with the view maximized: its columns at their full width. */
	private void saveMaximized(String name) {
		var reference = page.getReference(view);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.flush(display);
		Screenshots.save(window.getShell(), name);
		page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Workbench.flush(display);
	}

	private String texts() {
		return view.getRowTexts().stream().map(Arrays::toString).toList().toString();
	}

	private void select(Table table, int index) {
		table.setFocus();
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
		Workbench.flush(display);
	}

	private MenuItem contextItem(Table table, String text) {
		Menu menu = table.getMenu();
		assertNotNull(menu, "the table has a context menu");
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> Workbench.plain(i.getText()).equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + text + " in " + Arrays.toString(menu.getItems())));
		assertTrue(item.isEnabled(), text + " is enabled");
		return item;
	}

	private static Button okButton(Shell shell) {
		return Workbench.find(shell, Button.class).stream().filter(b -> b.getText().replace("&", "").equals("OK")).findFirst()
				.orElseThrow();
	}

	/** The window active with the table focused: without a window manager nothing hands activation back. */
	private void activate(Table table) {
		page.activate(view);
		window.getShell().forceActive();
		Workbench.spinUntil(display, () -> display.getActiveShell() == window.getShell(), "the workbench window is active");
		table.setFocus();
		Workbench.flush(display);
	}
}
