package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Classification;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.banner.BannerColors;
import org.counterpart.ui.internal.banner.BannerStrip;
import org.counterpart.ui.internal.banner.ClassificationBanners;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The classification banners at the top and bottom of the window follow the highest marking on screen: the
 * Theater's default with nothing open, an object's when it is opened or selected, and back when it goes.
 */
public class ClassificationBannerTest {

	private static final RGB GREEN = BannerColors.of(MarkingSummary.of(marking(Classification.UNCLASSIFIED))).background();
	private static final RGB PURPLE = BannerColors.of(MarkingSummary.of(marking(Classification.CUI))).background();

	private Display display;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private Theater theater;
	private CommandStack commands;
	private int undoToLeave;

	@BeforeEach
	public void openWorkbench() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		window = workbench.getActiveWorkbenchWindow();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, window);
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		if (explorer.getSession() != WorkspaceEditingSession.getDefault()) {
			explorer.show(WorkspaceEditingSession.getDefault());
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
		theater = explorer.getSession().getTheater();
		commands = explorer.getSession().getEditingDomain().getCommandStack();
		Workbench.spinUntil(display, () -> strips().size() == 2, "a banner at the top and one at the bottom");
	}

	@AfterEach
	public void undoEdits() {
		for (; undoToLeave > 0; undoToLeave--) {
			commands.undo();
		}
		page.closeAllEditors(false);
	}

	@Test
	public void theBannersSpanTheWindowAboveAndBelowEverythingElse() {
		List<BannerStrip> strips = strips();
		Shell shell = window.getShell();
		BannerStrip top = strips.get(0);
		BannerStrip bottom = strips.get(1);
		var topBounds = display.map(top.getParent(), shell, top.getBounds());
		var bottomBounds = display.map(bottom.getParent(), shell, bottom.getBounds());
		int width = shell.getClientArea().width;
		assertTrue(topBounds.width >= width - 8, "the top banner spans the window: " + topBounds + " of " + width);
		assertTrue(bottomBounds.width >= width - 8, "the bottom banner spans the window: " + bottomBounds);
		assertTrue(topBounds.y < 80, "the top banner is at the top: " + topBounds);
		assertTrue(bottomBounds.y + bottomBounds.height > shell.getClientArea().height - 8,
				"the bottom banner is at the bottom: " + bottomBounds + " in " + shell.getClientArea());
		ClassificationBanners.addTo(window);
		Workbench.flush(display);
		assertEquals(2, strips().size(), "adding the banners again adds nothing");
	}

	@Test
	public void theBannerShowsACuiObjectWhileItIsOpenAndGoesBackWhenItCloses() {
		page.activate(explorer);
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
		execute(SetCommand.create(explorer.getSession().getEditingDomain(), theater,
				CounterpartPackage.Literals.IDENTIFIED__MARKING, marking(Classification.UNCLASSIFIED)));
		expectBanner("UNCLASSIFIED", GREEN, "the Theater's default marking while nothing is open");
		Screenshots.save(window.getShell(), "banner-unclassified");

		Contact noforn = theater.getContacts().stream()
				.filter(contact -> contact.getMarking() != null && contact.getMarking().getDisseminationControls().contains("NOFORN"))
				.findFirst().orElseThrow();
		open(noforn);
		expectBanner("CUI//NOFORN", PURPLE, "the opened CUI contact's marking");
		Screenshots.save(window.getShell(), "banner-cui");

		close();
		expectBanner("UNCLASSIFIED", GREEN, "back to the default when the contact is closed");

		commands.undo();
		undoToLeave--;
		expectBanner(MarkingSummary.of(theater.getMarking()).banner(), PURPLE, "the model's change shows at once");
		assertEquals("CUI//REL TO USA, XVM", strips().get(0).getText());
	}

	@Test
	public void twoObjectsOnScreenShowTheirCommonReleasability() {
		Contact releasable = theater.getContacts().stream()
				.filter(contact -> contact.getMarking() != null && contact.getMarking().getRelTo().contains("XVM"))
				.findFirst().orElseThrow();
		Contact noforn = theater.getContacts().stream()
				.filter(contact -> contact.getMarking() != null && contact.getMarking().getDisseminationControls().contains("NOFORN"))
				.findFirst().orElseThrow();
		page.activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(releasable), true);
		expectBanner("CUI//REL TO USA, XVM", PURPLE, "one releasable contact");
		explorer.getViewer().setSelection(new StructuredSelection(List.of(releasable, noforn)), true);
		expectBanner("CUI//NOFORN", PURPLE, "with a NOFORN contact beside it nothing is releasable");
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
	}

	@Test
	public void theExercisePerspectiveMarksEverythingAsExerciseMaterial() throws Exception {
		page.activate(explorer);
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
		String marking = MarkingSummary.of(theater.getMarking()).banner();
		expectBanner(marking, PURPLE, "the Theater's default");
		PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.EXERCISE, window);
		try {
			expectBanner("EXERCISE EXERCISE EXERCISE - " + marking + " - EXERCISE EXERCISE EXERCISE", PURPLE,
					"exercise words around the marking");
			Screenshots.save(window.getShell(), "banner-exercise");
		} finally {
			page = PlatformUI.getWorkbench().showPerspective(CounterpartPerspectives.FIELD, window);
		}
		expectBanner(marking, PURPLE, "back in the Field perspective");
	}

	/** Opens {@code contact} the way every view does. */
	private void open(Contact contact) {
		try {
			ObjectEditors.open(page, contact);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Closes what {@link #open} opened: its editor if it opened one, and the explorer's selection. */
	private void close() {
		page.closeAllEditors(false);
		page.activate(explorer);
		explorer.getViewer().setSelection(StructuredSelection.EMPTY);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute());
		commands.execute(command);
		undoToLeave++;
	}

	private void expectBanner(String text, RGB colour, String what) {
		Workbench.spinUntil(display, () -> strips().stream().allMatch(strip -> strip.getText().equals(text)
				&& strip.getBackground().getRGB().equals(colour)), what + ": expected " + text + " in " + colour + ", banners show "
				+ strips().stream().map(strip -> strip.getText() + " " + strip.getBackground().getRGB()).toList());
	}

	private List<BannerStrip> strips() {
		List<BannerStrip> strips = Workbench.find(window.getShell(), BannerStrip.class).stream()
				.filter(strip -> !strip.isDisposed() && strip.isVisible()).toList();
		return strips.stream().sorted((a, b) -> Integer.compare(display.map(a, null, 0, 0).y, display.map(b, null, 0, 0).y))
				.toList();
	}

	private static Marking marking(Classification classification) {
		Marking marking = CounterpartFactory.eINSTANCE.createMarking();
		marking.setClassification(classification);
		return marking;
	}
}
