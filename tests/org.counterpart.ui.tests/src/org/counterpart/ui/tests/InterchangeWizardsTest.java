package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.counterpart.model.Contact;
import org.counterpart.model.Theater;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.KeyboardRobot;
import org.counterpart.tests.harness.Ogrinfo;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Import and File > Export of field formats, driven through their real widgets: a CSV import with a column
 * mapping whose dry run shows the row it cannot take (and refuses to finish) until the mapping changes, then adds
 * the contacts as one command that Undo takes back; an export for the partner country that lists what it leaves
 * out and writes a GeoJSON file GDAL reads with the count the wizard announced.
 */
public class InterchangeWizardsTest {

	private static final String IMPORT_TITLE = "Import into the Workspace";
	private static final String EXPORT_TITLE = "Export from the Workspace";

	@TempDir
	Path folder;

	private Display display;
	private IWorkbenchWindow window;
	private WorkspaceEditingSession session;
	private Theater theater;

	@BeforeEach
	public void openWorkbench() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		window = workbench.getActiveWorkbenchWindow();
		var page = workbench.showPerspective(CounterpartPerspectives.FIELD, window);
		ExplorerView explorer = (ExplorerView) page.showView(ExplorerView.ID);
		session = WorkspaceEditingSession.getDefault();
		if (explorer.getSession() != session) {
			explorer.show(session);
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the workspace is open");
		theater = session.getTheater();
	}

	@AfterEach
	public void closeLeftDialogs() {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getData() instanceof WizardDialog dialog) {
				dialog.close();
			}
		}
	}

	@Test
	public void csvContactsComeInThroughTheMappingPageAsOneUndoableCommand() throws Exception {
		String institution = theater.getInstitutions().get(0).getName();
		Path csv = folder.resolve("contacts.csv");
		Files.writeString(csv, "Surname,Given,Unit\n" + "Kask,Peeter," + quoted(institution) + "\n" + "Tamm,Liis," + quoted(institution)
				+ "\n" + "Lepp,Mari,Harbour Authority\n", StandardCharsets.UTF_8);
		int before = theater.getContacts().size();
		CommandStack stack = session.getEditingDomain().getCommandStack();

		KeyboardRobot.drive(display, robot -> {
			Shell wizard = open(robot, "Import Field Formats (CSV, vCard, GPX)...", IMPORT_TITLE);
			robot.act(() -> {
				select(wizard, "Contacts from a CSV spreadsheet (UTF-8)");
				fileText(wizard).setText(csv.toString());
			});
			robot.waitUntil(() -> button(wizard, "Next >").isEnabled(), "the file is accepted");
			robot.act(() -> Workbench.pressButton(wizard, "Next >"));
			robot.waitUntil(() -> Workbench.find(wizard, Combo.class).size() == 10, "a column choice per contact field");
			assertTrue(robot.read(() -> errorMessage(wizard)).contains("no column gives the familyName"),
					"without a column for the family name the dry run says so");

			robot.act(() -> {
				chooseColumn(wizard, "familyName *", "Surname");
				chooseColumn(wizard, "givenName", "Given");
				chooseColumn(wizard, "affiliation", "Unit");
			});
			robot.waitUntil(() -> outcomes(wizard).size() == 3, "the dry run lists every row");
			assertEquals(List.of("4|cannot be taken", "|will be added", "|will be added"), robot.read(() -> outcomes(wizard)));
			assertFalse(robot.read(() -> button(wizard, "Finish").isEnabled()), "no import while a row cannot be taken");
			assertTrue(robot.read(() -> errorMessage(wizard)).contains("Rows that cannot be taken: 1."));
			robot.act(() -> Screenshots.save(wizard, "import-wizard-dry-run"));

			robot.act(() -> chooseColumn(wizard, "affiliation", "(none)"));
			robot.waitUntil(() -> button(wizard, "Finish").isEnabled(), "every row can be taken without the affiliation");
			assertEquals(List.of("|will be added", "|will be added", "|will be added"), robot.read(() -> outcomes(wizard)));
			robot.act(() -> Screenshots.save(wizard, "import-wizard-mapping"));
			robot.act(() -> Workbench.pressButton(wizard, "Finish"));
			robot.waitUntil(wizard::isDisposed, "Finish imports and closes the wizard");
		});

		assertEquals(before + 3, theater.getContacts().size());
		Contact kask = theater.getContacts().get(before);
		assertEquals("Kask", kask.getFamilyName());
		assertEquals("Peeter", kask.getGivenName());
		assertNull(kask.getAffiliation());
		assertEquals("Import 3 contacts from contacts.csv", stack.getUndoCommand().getLabel());
		stack.undo();
		assertEquals(before, theater.getContacts().size(), "one Undo takes the whole import back");
	}

	@Test
	public void anExportForThePartnerListsWhatItLeavesOutAndWritesWhatGdalReads() throws Exception {
		String partner = theater.getPartnerCountryCode();
		Path file = folder.resolve("observations.geojson");
		String[] announced = new String[1];

		KeyboardRobot.drive(display, robot -> {
			Shell wizard = open(robot, "Export Field Formats (CSV, GeoJSON, KML, vCard)...", EXPORT_TITLE);
			robot.act(() -> {
				select(wizard, "Located observations as GeoJSON (GIS)");
				Workbench.find(wizard, Combo.class).get(0).setText(partner);
				fileText(wizard).setText(file.toString());
			});
			robot.waitUntil(() -> button(wizard, "Finish").isEnabled(), "format, country and file are accepted");
			announced[0] = robot.read(() -> Workbench.labels(wizard));
			assertTrue(announced[0].contains("left out: not releasable to " + partner), announced[0]);
			String[] leftOut = robot.read(() -> Workbench.find(wizard, org.eclipse.swt.widgets.List.class).get(0).getItems());
			assertTrue(leftOut.length > 0 && leftOut[0].contains("which " + partner + " may not see"), String.join("\n", leftOut));
			robot.act(() -> Screenshots.save(wizard, "export-wizard"));
			robot.act(() -> Workbench.pressButton(wizard, "Finish"));
			robot.waitUntil(wizard::isDisposed, "Finish writes the file and closes the wizard");
		});

		Matcher written = Pattern.compile("Will write (\\d+) observations, marked ").matcher(announced[0]);
		assertTrue(written.find(), announced[0]);
		assertTrue(Files.isRegularFile(file));
		assertEquals(Integer.parseInt(written.group(1)), Ogrinfo.totalFeatures(file));
		assertTrue(Files.readString(file).contains("\"marking\" : \"CUI//REL TO USA, " + partner + "\""));
	}

	/** Opens File > {@code item} (which opens a modal wizard) and returns the wizard's shell, titled {@code title}. */
	private Shell open(KeyboardRobot robot, String item, String title) {
		robot.display().asyncExec(() -> Workbench.choose(Workbench.menuItem(window.getShell(), "File", item)));
		robot.waitUntil(() -> wizardShell() != null, "the wizard opens");
		Shell shell = robot.read(this::wizardShell);
		assertEquals(title, robot.read(shell::getText));
		return shell;
	}

	private Shell wizardShell() {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && shell.getData() instanceof WizardDialog) {
				return shell;
			}
		}
		return null;
	}

	/** The file name field: the one editable single-line text (the dialog's message area is a read-only text). */
	private static Text fileText(Shell wizard) {
		return Workbench.find(wizard, Text.class).stream()
				.filter(text -> (text.getStyle() & SWT.READ_ONLY) == 0 && (text.getStyle() & SWT.SINGLE) != 0).findFirst()
				.orElseThrow(() -> new AssertionError("No file field"));
	}

	private static void select(Shell wizard, String radioText) {
		for (Button button : Workbench.find(wizard, Button.class)) {
			if ((button.getStyle() & SWT.RADIO) != 0) {
				boolean chosen = radioText.equals(button.getText().replace("&", ""));
				button.setSelection(chosen);
				if (chosen) {
					button.notifyListeners(SWT.Selection, new Event());
				}
			}
		}
	}

	private static void chooseColumn(Shell wizard, String field, String column) {
		List<Label> labels = Workbench.find(wizard, Label.class);
		for (Label label : labels) {
			if (field.equals(label.getText())) {
				Combo combo = (Combo) label.getParent().getChildren()[indexOf(label) + 1];
				combo.select(combo.indexOf(column));
				combo.notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		throw new AssertionError("No column choice for " + field);
	}

	private static int indexOf(Label label) {
		return List.of(label.getParent().getChildren()).indexOf(label);
	}

	private static Button button(Shell wizard, String text) {
		for (Button button : Workbench.find(wizard, Button.class)) {
			if (text.equals(button.getText().replace("&", ""))) {
				return button;
			}
		}
		throw new AssertionError("No button " + text);
	}

	private static String errorMessage(Shell wizard) {
		IWizardPage page = ((WizardDialog) wizard.getData()).getCurrentPage();
		return String.valueOf(page.getErrorMessage());
	}

	/** The dry run's rows as "line|outcome". */
	private static List<String> outcomes(Shell wizard) {
		Table table = Workbench.find(wizard, Table.class).get(0);
		return List.of(table.getItems()).stream().map((TableItem item) -> item.getText(0) + "|" + item.getText(1)).toList();
	}

	private static String quoted(String value) {
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}
}
