package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Locale;

import org.counterpart.ui.CounterpartPerspectives;
import org.counterpart.model.Contact;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.tests.harness.DisplayRequirement;
import org.counterpart.tests.harness.Screenshots;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.ExplorerView;
import org.counterpart.ui.internal.banner.BannerColors;
import org.counterpart.ui.internal.banner.BannerImages;
import org.counterpart.ui.internal.pictures.IndicatorChartView;
import org.counterpart.ui.internal.pictures.TimelineEntries;
import org.counterpart.ui.internal.pictures.TimelineView;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline and the indicator chart on the demo workspace: what they plot, filtering, zoom and pan, picking a
 * point, following the model, and exporting with the classification banner.
 */
public class PicturesTest {

	private Display display;
	private IWorkbenchPage page;
	private ExplorerView explorer;
	private Theater theater;
	private CommandStack commands;
	private int undoToLeave;

	@BeforeEach
	public void openWorkbench() throws Exception {
		display = DisplayRequirement.requireDisplay();
		var workbench = PlatformUI.getWorkbench();
		page = workbench.showPerspective(CounterpartPerspectives.FIELD, workbench.getActiveWorkbenchWindow());
		// forms other tests left open would take the keyboard focus when they activate
		page.closeAllEditors(false);
		explorer = (ExplorerView) page.showView(ExplorerView.ID);
		if (explorer.getSession() != WorkspaceEditingSession.getDefault()) {
			explorer.show(WorkspaceEditingSession.getDefault());
		}
		Workbench.spinUntil(display, () -> explorer.getViewer().getInput() != null, "the explorer shows the workspace");
		theater = explorer.getSession().getTheater();
		commands = explorer.getSession().getEditingDomain().getCommandStack();
	}

	@AfterEach
	public void undoEdits() {
		for (; undoToLeave > 0; undoToLeave--) {
			commands.undo();
		}
		for (String id : new String[] { TimelineView.ID, IndicatorChartView.ID }) {
			IViewPart view = page.findView(id);
			if (view != null) {
				page.hideView(view);
			}
		}
	}

	@Test
	public void theTimelineShowsTheDemosObservationsAndEngagementsWithDatesOnItsAxis() throws Exception {
		TimelineView timeline = showTimeline();
		assertEquals(theater.getObservations().size(), timeline.getShown().observations().size());
		assertEquals(theater.getEngagements().size(), timeline.getShown().engagements().size());
		assertEquals(theater.getObservations().size(), timeline.getChart().getSeriesSet().getSeries("observations").getXSeries().length);
		double[] ticks = timeline.getChart().getAxisSet().getXAxis(0).getTick().getTickLabelValues();
		assertTrue(ticks.length >= 3, "several dates on the time axis");
		String first = timeline.getChart().getAxisSet().getXAxis(0).getTick().getFormat().format(new Date((long) ticks[0]));
		assertTrue(first.matches("(\\d{1,2} )?[A-Z][a-z]{2} 20\\d\\d"), "the axis reads as dates: " + first);
		// the point of an observation the officer selects: the workbench with its banner, the timeline and Properties
		FieldObservation observation = theater.getObservations().get(0);
		clickPointOf(timeline, observation);
		Workbench.spinUntil(display, () -> timeline.getSelected() != null, "a clicked point is selected");
		var reference = page.getReference(timeline);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		try {
			Screenshots.save(page.getWorkbenchWindow().getShell(), "timeline");
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		}
	}

	@Test
	public void aTopicTypedIntoTheFilterKeepsOnlyItsObservationsAndAnActorNarrowsFurther() {
		TimelineView timeline = showTimeline();
		Combo topic = timeline.getTopicFilter();
		topic.setFocus();
		type("cyber");
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() < theater.getObservations().size(),
				"the topic filter reduces the observations");
		int withTopic = timeline.getShown().observations().size();
		assertTrue(withTopic > 0, "some observations are about cyber defence");
		for (TimelineEntries.Entry entry : timeline.getShown().observations()) {
			assertTrue(((FieldObservation) entry.object()).getTopics().stream()
					.anyMatch(one -> one.toLowerCase(Locale.ROOT).contains("cyber")), "only observations about cyber");
		}
		long expected = theater.getObservations().stream()
				.filter(one -> one.getTopics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("cyber"))).count();
		assertEquals(expected, withTopic);
		assertEquals(withTopic, timeline.getChart().getSeriesSet().getSeries("observations").getXSeries().length);

		Contact actor = theater.getObservations().stream()
				.filter(one -> one.getTopics().stream().anyMatch(t -> t.contains("cyber")))
				.flatMap(one -> one.getAboutActors().stream()).filter(Contact.class::isInstance).map(Contact.class::cast)
				.findFirst().orElseThrow();
		String name = actor.getFamilyName(); // typed as a person would: a part of the name
		timeline.getActorFilter().setFocus();
		type(name);
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() < withTopic,
				"the actor filter narrows further");
		assertTrue(timeline.getShown().observations().stream().map(entry -> (FieldObservation) entry.object())
				.allMatch(one -> one.getAboutActors().contains(actor) || one.getSource() == actor
						|| one.getAboutActors().stream().anyMatch(a -> ObjectLabels.labelOf(a).contains(name))
						|| ObjectLabels.labelOf(one.getSource()).contains(name)), "only observations with " + name);
		assertTrue(timeline.getShown().observations().size() >= 1);
		Screenshots.save(timeline.getChart().getParent(), "timeline-filtered");

		timeline.getTopicFilter().setText("");
		timeline.getActorFilter().setText("");
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() == theater.getObservations().size(),
				"clearing the filters shows everything again");
	}

	@Test
	public void clickingAPointSelectsItsObjectAndADoubleClickOpensIt() {
		TimelineView timeline = showTimeline();
		timeline.getTopicFilter().setText("maritime");
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() < theater.getObservations().size(),
				"filtered");
		FieldObservation observation = (FieldObservation) timeline.getShown().observations().get(0).object();
		Point at = clickPointOf(timeline, observation);
		Workbench.spinUntil(display, () -> timeline.getSelected() != null, "a click selects a point");
		EObject selected = timeline.getSelected();
		Point selectedAt = timeline.pointOf(selected);
		assertTrue(Math.hypot(selectedAt.x - at.x, selectedAt.y - at.y) <= 8, "the selected point is the one under the pointer");
		IStructuredSelection selection = (IStructuredSelection) page.getWorkbenchWindow().getSelectionService().getSelection();
		assertSame(selected, selection.getFirstElement(), "the workbench sees the selection");

		doubleClick(timeline.getChart().getPlotArea().getControl(), at);
		Workbench.spinUntil(display, () -> page.getActivePart() != timeline, "a double click opens the object elsewhere");
		Workbench.spinUntil(display, () -> shows(selected), "the opened object is shown");
	}

	@Test
	public void theKeyboardAndTheToolbarZoomAndPanTheTimeAxis() {
		TimelineView timeline = showTimeline();
		Control plot = timeline.getChart().getPlotArea().getControl();
		page.activate(timeline);
		// Without a window manager nobody gives the window the keyboard back after another test's dialog closed.
		plot.getShell().forceActive();
		plot.forceFocus();
		Workbench.spinUntil(display, () -> {
			if (display.getFocusControl() != plot) {
				plot.getShell().forceActive();
				plot.forceFocus();
			}
			return display.getFocusControl() == plot;
		}, "the plot area has the keyboard focus");
		Range all = new Range(timeline.getChart().getAxisSet().getXAxis(0).getRange());
		Workbench.press(display, '=', '=');
		Range zoomed = new Range(timeline.getChart().getAxisSet().getXAxis(0).getRange());
		assertTrue(zoomed.upper - zoomed.lower < all.upper - all.lower, "+ zooms in: " + zoomed + " of " + all);
		Workbench.press(display, SWT.ARROW_RIGHT, (char) 0);
		Range panned = timeline.getChart().getAxisSet().getXAxis(0).getRange();
		assertTrue(panned.lower > zoomed.lower, "the right arrow pans forward in time");
		assertEquals(zoomed.upper - zoomed.lower, panned.upper - panned.lower, 1, "panning keeps the zoom");
		Screenshots.save(timeline.getChart(), "timeline-zoomed");
		Workbench.press(display, SWT.HOME, (char) 0);
		Range fitted = timeline.getChart().getAxisSet().getXAxis(0).getRange();
		assertEquals(all.lower, fitted.lower, 1);
		assertEquals(all.upper, fitted.upper, 1);
	}

	@Test
	public void theTimelineFollowsTheModel() {
		TimelineView timeline = showTimeline();
		int before = timeline.getShown().observations().size();
		FieldObservation added = CounterpartFactory.eINSTANCE.createFieldObservation();
		added.setObservedAt(new Date());
		added.setText("Seen at the harbour today");
		commands.execute(AddCommand.create(explorer.getSession().getEditingDomain(), theater,
				CounterpartPackage.Literals.THEATER__OBSERVATIONS, added));
		undoToLeave++;
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() == before + 1, "a new observation shows");
		commands.undo();
		undoToLeave--;
		Workbench.spinUntil(display, () -> timeline.getShown().observations().size() == before, "an undone one goes");
	}

	@Test
	public void anExportedTimelineCarriesTheBannerOfWhatItShows(@TempDir Path folder) throws Exception {
		TimelineView timeline = showTimeline();
		MarkingSummary marking = timeline.pictureMarking();
		assertEquals("CUI//NOFORN", marking.banner(), "the demo's NOFORN observations make the picture NOFORN");
		Path file = folder.resolve("timeline.png");
		timeline.exportPng(file);
		ImageData image = new ImageLoader().load(file.toString())[0];
		Files.copy(file, Screenshots.folder().resolve("timeline-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertBannerStrips(image, marking, timeline.getChart().getSize());
	}

	@Test
	public void theIndicatorChartShowsMeasurementsAgainstBaselineAndTarget(@TempDir Path folder) throws Exception {
		Objective objective = firstWithIndicators(theater);
		Indicator indicator = objective.getIndicators().get(0);
		IndicatorChartView chart = (IndicatorChartView) page.showView(IndicatorChartView.ID);
		ObjectEditors.open(page, objective);
		Workbench.spinUntil(display, () -> chart.getObjective() == objective, "the chart follows the opened objective");
		page.activate(chart);
		assertSame(indicator, chart.chosenIndicator());
		var series = chart.getChart().getSeriesSet();
		assertEquals(indicator.getMeasurements().size(), series.getSeries("measurements").getYSeries().length);
		double[] values = indicator.getMeasurements().stream().sorted((a, b) -> a.getDate().compareTo(b.getDate()))
				.mapToDouble(Measurement::getValue).toArray();
		org.junit.jupiter.api.Assertions.assertArrayEquals(values, series.getSeries("measurements").getYSeries(), 1e-9);
		org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] { indicator.getBaseline(), indicator.getBaseline() },
				series.getSeries("baseline").getYSeries(), 1e-9);
		org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] { indicator.getTarget(), indicator.getTarget() },
				series.getSeries("target").getYSeries(), 1e-9);
		long supporting = indicator.getMeasurements().stream().mapToLong(m -> m.getSupportingObservations().size()).sum();
		assertEquals(supporting, series.getSeries("observations").getYSeries().length, "one point per supporting observation");
		Screenshots.save(page.getWorkbenchWindow().getShell(), "indicator-chart");

		Path file = folder.resolve("indicator.png");
		chart.exportPng(file);
		Files.copy(file, Screenshots.folder().resolve("indicator-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		assertBannerStrips(new ImageLoader().load(file.toString())[0], chart.pictureMarking(), chart.getChart().getSize());

		// the model changes: a new measurement shows
		Measurement added = CounterpartFactory.eINSTANCE.createMeasurement();
		added.setDate(new Date());
		added.setValue(indicator.getTarget());
		commands.execute(AddCommand.create(explorer.getSession().getEditingDomain(), indicator,
				CounterpartPackage.Literals.INDICATOR__MEASUREMENTS, added));
		undoToLeave++;
		Workbench.spinUntil(display, () -> series.getSeries("measurements").getYSeries().length == values.length + 1,
				"the new measurement shows");
	}

	private void assertBannerStrips(ImageData image, MarkingSummary marking, Point chartSize) {
		int strip = BannerImages.stripHeight(display);
		assertEquals(chartSize.y + 2 * strip, image.height, "the chart with a strip above and below");
		assertEquals(chartSize.x, image.width);
		RGB expected = BannerColors.of(marking).background();
		for (int y : new int[] { 1, strip - 2, image.height - strip + 1, image.height - 2 }) {
			RGB left = image.palette.getRGB(image.getPixel(1, y));
			assertEquals(expected, left, "banner colour at row " + y);
		}
		int foreground = 0;
		RGB text = BannerColors.of(marking).foreground();
		for (int x = 0; x < image.width; x++) {
			if (image.palette.getRGB(image.getPixel(x, strip / 2)).equals(text)) {
				foreground++;
			}
		}
		assertTrue(foreground > 10, "the banner line is written on the strip");
		assertTrue(!image.palette.getRGB(image.getPixel(image.width / 2, image.height / 2)).equals(expected),
				"the chart is between the strips");
	}

	private TimelineView showTimeline() {
		try {
			TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
			Workbench.spinUntil(display, () -> timeline.getShown().observations().size() == theater.getObservations().size(),
					"the timeline shows the workspace");
			Workbench.flush(display);
			return timeline;
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private boolean shows(EObject object) {
		for (var reference : page.getEditorReferences()) {
			var editor = reference.getEditor(false);
			if (editor != null && org.eclipse.core.runtime.Adapters.adapt(editor, EObject.class) == object) {
				return true;
			}
		}
		return explorer.getViewer().getStructuredSelection().getFirstElement() == object;
	}

	private static Objective firstWithIndicators(Theater theater) {
		for (var contents = theater.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Objective objective && !objective.getIndicators().isEmpty()) {
				return objective;
			}
		}
		throw new AssertionError("the demo has objectives with indicators");
	}

	/**
	 * Clicks the point of {@code object}; returns where, in the plot area. The mouse events go to the plot area
	 * itself: under Xvfb, button events posted to the display arrive without the pointer's position.
	 */
	private Point clickPointOf(TimelineView timeline, EObject object) {
		Point at = timeline.pointOf(object);
		assertNotNull(at, "the object is plotted");
		Control plot = timeline.getChart().getPlotArea().getControl();
		page.activate(timeline);
		// Without a window manager nobody gives the window the keyboard back after another test's dialog closed.
		plot.getShell().forceActive();
		plot.forceFocus();
		Workbench.spinUntil(display, () -> {
			if (display.getFocusControl() != plot) {
				plot.getShell().forceActive();
				plot.forceFocus();
			}
			return display.getFocusControl() == plot;
		}, "the plot area has the keyboard focus");
		send(plot, at, SWT.MouseDown);
		send(plot, at, SWT.MouseUp);
		return at;
	}

	private void doubleClick(Control control, Point at) {
		send(control, at, SWT.MouseDown);
		send(control, at, SWT.MouseUp);
		send(control, at, SWT.MouseDown);
		send(control, at, SWT.MouseDoubleClick);
		send(control, at, SWT.MouseUp);
	}

	private void send(Control control, Point at, int type) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = 1;
		event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
		control.notifyListeners(type, event);
		Workbench.flush(display);
	}

	private void type(String text) {
		for (char character : text.toCharArray()) {
			Workbench.press(display, character, character);
		}
		Workbench.flush(display);
	}
}
