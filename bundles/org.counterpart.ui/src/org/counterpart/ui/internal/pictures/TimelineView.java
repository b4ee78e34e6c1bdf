package org.counterpart.ui.internal.pictures;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Date;
import java.util.List;

import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.model.util.ObjectLabels;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Observations and engagements over time: one lane each, zoom and pan along the time axis, filters by actor and
 * topic, a click selects a point and a double click (or Enter) opens its object.
 */
public class TimelineView extends ViewPart implements ChartPrint.Printable {

	public static final String ID = "org.counterpart.ui.views.timeline"; //$NON-NLS-1$

	static final String OBSERVATIONS = "observations"; //$NON-NLS-1$
	static final String ENGAGEMENTS = "engagements"; //$NON-NLS-1$
	static final String SELECTED = "selected"; //$NON-NLS-1$
	/** The lanes' places on the vertical axis; points spread a little around them so that they do not all overlap. */
	static final double OBSERVATION_LANE = 1;
	static final double ENGAGEMENT_LANE = 2;
	private static final double LANE_SPREAD = 0.6;
	private static final int PICK_RADIUS = 8;

	private final WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
	private final PointSelection selectionProvider = new PointSelection();
	private final CommandStackListener modelListener = event -> scheduleRefresh();
	private Combo actorFilter;
	private Combo topicFilter;
	private Label count;
	private Chart chart;
	private ChartNavigation navigation;
	private PlottedPoints points;
	private TimelineEntries shown = TimelineEntries.of(null, null, null);
	private EObject selected;
	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createFilterBar(parent);
		chart = new Chart(parent, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setUpChart();
		navigation = ChartNavigation.attach(chart, this::showAll);
		points = new PlottedPoints(chart);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseUp, this::clicked);
		plot.addListener(SWT.MouseDoubleClick, event -> openAt(event.x, event.y));
		plot.addListener(SWT.KeyDown, event -> {
			if ((event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) && selected != null) {
				open(selected);
			}
		});
		getSite().setSelectionProvider(selectionProvider);
		createActions();
		session.getEditingDomain().getCommandStack().addCommandStackListener(modelListener);
		session.whenLoaded(status -> scheduleRefresh());
		refresh();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(5, false);
		layout.marginHeight = 0;
		bar.setLayout(layout);
		new Label(bar, SWT.NONE).setText(Messages.Timeline_actor);
		actorFilter = filterCombo(bar, Messages.Timeline_actorHint);
		new Label(bar, SWT.NONE).setText(Messages.Timeline_topic);
		topicFilter = filterCombo(bar, Messages.Timeline_topicHint);
		count = new Label(bar, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
	}

	private Combo filterCombo(Composite bar, String hint) {
		Combo combo = new Combo(bar, SWT.DROP_DOWN);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.widthHint = 180;
		combo.setLayoutData(data);
		combo.setToolTipText(hint);
		combo.addModifyListener(event -> scheduleRefresh());
		return combo;
	}

	private void setUpChart() {
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis time = chart.getAxisSet().getXAxis(0);
		TimeAxes.setUp(time, Messages.Chart_time);
		IAxis lanes = chart.getAxisSet().getYAxis(0);
		lanes.getTitle().setVisible(false);
		lanes.getTick().setVisible(false);
		lanes.getGrid().setStyle(LineStyle.NONE);
		ILineSeries<?> observations = pointSeries(OBSERVATIONS, Messages.Timeline_observations, PlotSymbolType.CIRCLE, 4,
				new Color(31, 119, 180));
		ILineSeries<?> engagements = pointSeries(ENGAGEMENTS, Messages.Timeline_engagements, PlotSymbolType.DIAMOND, 7,
				new Color(214, 96, 0));
		ILineSeries<?> highlight = pointSeries(SELECTED, Messages.Timeline_selected, PlotSymbolType.CIRCLE, 9,
				new Color(200, 16, 46));
		highlight.setVisibleInLegend(false);
		observations.setDescription(Messages.Timeline_observations);
		engagements.setDescription(Messages.Timeline_engagements);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(org.eclipse.swt.events.PaintEvent event) {
				event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_DARK_GRAY));
				int observationsY = lanes.getPixelCoordinate(OBSERVATION_LANE + LANE_SPREAD / 2);
				int engagementsY = lanes.getPixelCoordinate(ENGAGEMENT_LANE + LANE_SPREAD / 2);
				event.gc.drawText(Messages.Timeline_engagements, 6, engagementsY - event.gc.getFontMetrics().getHeight() - 2, true);
				event.gc.drawText(Messages.Timeline_observations, 6, observationsY - event.gc.getFontMetrics().getHeight() - 2, true);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
	}

	private ILineSeries<?> pointSeries(String id, String name, PlotSymbolType symbol, int size, Color color) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setDescription(name);
		series.setLineStyle(LineStyle.NONE);
		series.setSymbolType(symbol);
		series.setSymbolSize(size);
		series.setSymbolColor(color);
		return series;
	}

	private void createActions() {
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		addChartActions(toolbar, navigation, this::exportWithDialog, this::printWithDialog);
	}

	/** Zoom in, zoom out, show all and Export PNG, for both pictures. */
	static void addChartActions(IToolBarManager toolbar, ChartNavigation navigation, Runnable export, Runnable print) {
		toolbar.add(action(Messages.Chart_zoomIn, icon("icons/zoomin16.png"), navigation::zoomIn)); //$NON-NLS-1$
		toolbar.add(action(Messages.Chart_zoomOut, icon("icons/zoomout16.png"), navigation::zoomOut)); //$NON-NLS-1$
		toolbar.add(action(Messages.Chart_fit, icon("icons/fit16.png"), navigation::fit)); //$NON-NLS-1$
		toolbar.add(action(Messages.Chart_exportPng,
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT), export));
		toolbar.add(action(Messages.Chart_print,
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_PRINT_EDIT), print));
	}

	private static ImageDescriptor icon(String path) {
		return ResourceLocator.imageDescriptorFromBundle(TimelineView.class, path).orElse(null);
	}

	private static Action action(String text, ImageDescriptor image, Runnable run) {
		Action action = new Action(text, image) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(text.replace("...", "")); //$NON-NLS-1$ //$NON-NLS-2$
		return action;
	}

	@Override
	public void setFocus() {
		chart.getPlotArea().getControl().setFocus();
	}

	@Override
	public void dispose() {
		session.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
		super.dispose();
	}

	private void scheduleRefresh() {
		if (chart == null || chart.isDisposed()) {
			return;
		}
		synchronized (this) {
			if (refreshPending) {
				return;
			}
			refreshPending = true;
		}
		chart.getDisplay().asyncExec(() -> {
			synchronized (this) {
				refreshPending = false;
			}
			if (!chart.isDisposed()) {
				refresh();
			}
		});
	}

	/** Plots the Theater's observations and engagements as they are now, through the filters. */
	public void refresh() {
		Theater theater = session.getTheater();
		updateChoices(theater);
		shown = TimelineEntries.of(theater, actorFilter.getText(), topicFilter.getText());
		points.clear();
		plot(OBSERVATIONS, shown.observations(), OBSERVATION_LANE);
		plot(ENGAGEMENTS, shown.engagements(), ENGAGEMENT_LANE);
		if (selected != null && selected.eResource() == null) {
			select(null); // deleted
		}
		plotSelection();
		count.setText(theater == null ? Messages.Timeline_noWorkspace
				: MessageFormat.format(Messages.Timeline_count, shown.observations().size(), shown.engagements().size()));
		count.getParent().layout();
		if (!navigation.isZoomed()) {
			showAll();
		}
		chart.getAxisSet().getYAxis(0).setRange(new Range(OBSERVATION_LANE - 0.7, ENGAGEMENT_LANE + 0.7));
		chart.redraw();
	}

	/** Fits the time axis to the plotted entries. */
	private void showAll() {
		List<Date> dates = new java.util.ArrayList<>();
		shown.observations().forEach(entry -> dates.add(entry.date()));
		shown.engagements().forEach(entry -> dates.add(entry.date()));
		TimeAxes.fit(chart.getAxisSet().getXAxis(0), dates);
	}

	private void updateChoices(Theater theater) {
		setItems(actorFilter, TimelineEntries.actorLabels(theater).toArray(String[]::new));
		setItems(topicFilter, TimelineEntries.topics(theater).toArray(String[]::new));
	}

	private static void setItems(Combo combo, String[] items) {
		if (!java.util.Arrays.equals(combo.getItems(), items)) {
			String text = combo.getText();
			combo.setItems(items);
			combo.setText(text);
		}
	}

	private void plot(String id, List<TimelineEntries.Entry> entries, double lane) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().getSeries(id);
		Date[] dates = new Date[entries.size()];
		double[] ys = new double[entries.size()];
		for (int i = 0; i < dates.length; i++) {
			dates[i] = entries.get(i).date();
			ys[i] = lane + spread(entries.get(i).object());
		}
		series.setXDateSeries(dates);
		series.setYSeries(ys);
		points.add(id, entries.stream().map(TimelineEntries.Entry::object).toList());
	}

	/** A fixed offset per object inside its lane, so that points of the same day stand apart. */
	private static double spread(EObject object) {
		int hash = ObjectLabels.labelOf(object).hashCode() ^ System.identityHashCode(object.eClass());
		String id = org.eclipse.emf.ecore.util.EcoreUtil.getID(object);
		if (id != null) {
			hash = id.hashCode();
		}
		return ((Math.floorMod(hash, 1000) / 1000.0) - 0.5) * LANE_SPREAD;
	}

	private void plotSelection() {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().getSeries(SELECTED);
		Date date = selected == null ? null : dateOf(selected);
		if (date == null) {
			series.setXDateSeries(new Date[0]);
			series.setYSeries(new double[0]);
			return;
		}
		double lane = selected instanceof org.counterpart.model.Engagement ? ENGAGEMENT_LANE : OBSERVATION_LANE;
		series.setXDateSeries(new Date[] { date });
		series.setYSeries(new double[] { lane + spread(selected) });
	}

	private Date dateOf(EObject object) {
		for (List<TimelineEntries.Entry> entries : List.of(shown.observations(), shown.engagements())) {
			for (TimelineEntries.Entry entry : entries) {
				if (entry.object() == object) {
					return entry.date();
				}
			}
		}
		return null;
	}

	private void clicked(Event event) {
		if (event.button != 1 || navigation.wasDragged()) {
			return;
		}
		select(points.at(event.x, event.y, PICK_RADIUS));
	}

	private void openAt(int x, int y) {
		EObject object = points.at(x, y, PICK_RADIUS);
		if (object != null) {
			select(object);
			open(object);
		}
	}

	/** Selects {@code object} (null: nothing) as the view's selection and marks its point. */
	public void select(EObject object) {
		selected = object;
		plotSelection();
		chart.redraw();
		selectionProvider.setSelection(object == null ? StructuredSelection.EMPTY : new StructuredSelection(object));
	}

	private void open(EObject object) {
		try {
			ObjectEditors.open(getSite().getPage(), object);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void exportWithDialog() {
		ChartExport.writeWithDialog(getSite().getShell(), chart, pictureMarking(), "timeline.png"); //$NON-NLS-1$
	}

	@Override
	public void printWithDialog() {
		ChartPrint.printWithDialog(getSite().getShell(), chart, pictureMarking(), getPartName());
	}

	/** Prints the picture as shown on {@code printer}, with the banner of what it shows. */
	public void print(PrinterData printer) {
		ChartPrint.print(chart, pictureMarking(), printer, getPartName());
	}

	/** Writes the timeline as shown to {@code file} as PNG, with the banner of what it shows. */
	public void exportPng(Path file) {
		ChartExport.write(chart, pictureMarking(), file);
	}

	/** The marking of what the timeline shows: the summary of its points, or the Theater's when it shows none. */
	public MarkingSummary pictureMarking() {
		MarkingSummary summary = MarkingSummary.ofObjects(shown.observations().stream().map(TimelineEntries.Entry::object).toList())
				.with(MarkingSummary.ofObjects(shown.engagements().stream().map(TimelineEntries.Entry::object).toList()));
		Theater theater = session.getTheater();
		return summary.isEmpty() && theater != null ? MarkingSummary.of(theater.getMarking()) : summary;
	}

	// for tests and the status line

	public Chart getChart() {
		return chart;
	}

	public Combo getActorFilter() {
		return actorFilter;
	}

	public Combo getTopicFilter() {
		return topicFilter;
	}

	public TimelineEntries getShown() {
		return shown;
	}

	public EObject getSelected() {
		return selected;
	}

	public ChartNavigation getNavigation() {
		return navigation;
	}

	/** Where the point of {@code object} is drawn, in the plot area's coordinates; null if not plotted. */
	public Point pointOf(EObject object) {
		return points.pointOf(object);
	}
}
