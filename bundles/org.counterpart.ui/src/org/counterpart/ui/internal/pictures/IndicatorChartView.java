package org.counterpart.ui.internal.pictures;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.counterpart.model.FieldObservation;
import org.counterpart.model.Indicator;
import org.counterpart.model.Measurement;
import org.counterpart.model.Objective;
import org.counterpart.model.Theater;
import org.counterpart.model.marking.MarkingSummary;
import org.counterpart.ui.ObjectEditors;
import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * The indicators of one objective: the chosen indicator's measurements as a line against its baseline and target,
 * with the observations that support each measurement as points at the measurement's value. Follows the objective
 * (or indicator, or measurement) selected elsewhere; a click on a point selects its object, a double click opens it.
 */
public class IndicatorChartView extends ViewPart implements ChartPrint.Printable {

	public static final String ID = "org.counterpart.ui.views.indicatorChart"; //$NON-NLS-1$

	static final String MEASUREMENTS = "measurements"; //$NON-NLS-1$
	static final String BASELINE = "baseline"; //$NON-NLS-1$
	static final String TARGET = "target"; //$NON-NLS-1$
	static final String OBSERVATIONS = "observations"; //$NON-NLS-1$
	private static final int PICK_RADIUS = 8;

	private final WorkspaceEditingSession session = WorkspaceEditingSession.getDefault();
	private final PointSelection selectionProvider = new PointSelection();
	private final CommandStackListener modelListener = event -> scheduleRefresh();
	private final ISelectionListener selectionListener = this::selectionChanged;
	private Label objectiveLabel;
	private Combo indicatorChoice;
	private Chart chart;
	private ChartNavigation navigation;
	private PlottedPoints points;
	private Objective objective;
	private List<Indicator> indicators = List.of();
	private boolean refreshPending;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(3, false);
		layout.marginHeight = 0;
		bar.setLayout(layout);
		objectiveLabel = new Label(bar, SWT.NONE);
		objectiveLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(bar, SWT.NONE).setText(Messages.Indicator_indicator);
		indicatorChoice = new Combo(bar, SWT.READ_ONLY);
		GridData choiceData = new GridData(SWT.FILL, SWT.CENTER, false, false);
		choiceData.widthHint = 320;
		indicatorChoice.setLayoutData(choiceData);
		indicatorChoice.addListener(SWT.Selection, event -> plotIndicator());
		chart = new Chart(parent, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		setUpChart();
		navigation = ChartNavigation.attach(chart, this::showAll);
		points = new PlottedPoints(chart);
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseUp, event -> {
			if (event.button == 1 && !navigation.wasDragged()) {
				select(points.at(event.x, event.y, PICK_RADIUS));
			}
		});
		plot.addListener(SWT.MouseDoubleClick, event -> {
			EObject object = points.at(event.x, event.y, PICK_RADIUS);
			if (object != null) {
				open(object);
			}
		});
		getSite().setSelectionProvider(selectionProvider);
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		TimelineView.addChartActions(toolbar, navigation, this::exportWithDialog, this::printWithDialog);
		getSite().getWorkbenchWindow().getSelectionService().addPostSelectionListener(selectionListener);
		session.getEditingDomain().getCommandStack().addCommandStackListener(modelListener);
		session.whenLoaded(status -> scheduleRefresh());
		refresh();
	}

	private void setUpChart() {
		// the title names the indicator, so that an exported picture says what it measures
		chart.getTitle().setFont(chart.getFont());
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis time = chart.getAxisSet().getXAxis(0);
		TimeAxes.setUp(time, Messages.Chart_time);
		line(BASELINE, new Color(120, 120, 120), LineStyle.DASH, PlotSymbolType.NONE, 0);
		line(TARGET, new Color(0, 122, 51), LineStyle.DASH, PlotSymbolType.NONE, 0);
		line(MEASUREMENTS, new Color(31, 119, 180), LineStyle.SOLID, PlotSymbolType.CIRCLE, 5);
		line(OBSERVATIONS, new Color(214, 96, 0), LineStyle.NONE, PlotSymbolType.DIAMOND, 6);
	}

	private void line(String id, Color color, LineStyle style, PlotSymbolType symbol, int symbolSize) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setLineColor(color);
		series.setLineStyle(style);
		series.setLineWidth(2);
		series.setSymbolType(symbol);
		series.setSymbolSize(symbolSize);
		series.setSymbolColor(color);
	}

	@Override
	public void setFocus() {
		indicatorChoice.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getWorkbenchWindow().getSelectionService().removePostSelectionListener(selectionListener);
		session.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
		super.dispose();
	}

	/** Follows a single selected object, or else the object of an activated editor. */
	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		EObject element = null;
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			element = Adapters.adapt(structured.getFirstElement(), EObject.class);
		} else if (part instanceof IEditorPart editor) {
			element = Adapters.adapt(editor, EObject.class);
			if (element == null) {
				element = Adapters.adapt(editor.getEditorInput(), EObject.class);
			}
		}
		Indicator indicator = null;
		for (EObject object = element; object != null; object = object.eContainer()) {
			if (object instanceof Indicator one) {
				indicator = one;
			}
			if (object instanceof Objective found) {
				show(found, indicator);
				return;
			}
		}
	}

	/** Shows the indicators of {@code newObjective}, with {@code indicator} chosen (null: the first). */
	public void show(Objective newObjective, Indicator indicator) {
		objective = newObjective;
		refresh();
		int index = indicator == null ? 0 : indicators.indexOf(indicator);
		if (index >= 0 && index < indicators.size()) {
			indicatorChoice.select(index);
			plotIndicator();
		}
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

	/** Shows the objective as it is now; the first objective with indicators if none is chosen or it was deleted. */
	public void refresh() {
		Theater theater = session.getTheater();
		if (objective != null && objective.eResource() == null) {
			objective = null;
		}
		if (objective == null && theater != null) {
			objective = firstWithIndicators(theater.getObjectives());
		}
		Indicator chosen = chosenIndicator();
		indicators = objective == null ? List.of() : List.copyOf(objective.getIndicators());
		String[] names = indicators.stream().map(IndicatorChartView::indicatorName).toArray(String[]::new);
		indicatorChoice.setItems(names);
		int index = chosen == null ? 0 : Math.max(0, indicators.indexOf(chosen));
		if (index < names.length) {
			indicatorChoice.select(index);
		}
		objectiveLabel.setText(objective == null ? Messages.Indicator_noObjective
				: MessageFormat.format(Messages.Indicator_objective, objective.getTitle()));
		objectiveLabel.getParent().layout();
		plotIndicator();
	}

	private static Objective firstWithIndicators(List<Objective> objectives) {
		for (Objective one : objectives) {
			if (!one.getIndicators().isEmpty()) {
				return one;
			}
			Objective nested = firstWithIndicators(one.getSubObjectives());
			if (nested != null) {
				return nested;
			}
		}
		return null;
	}

	private static String indicatorName(Indicator indicator) {
		return indicator.getUnit() == null || indicator.getUnit().isBlank() ? indicator.getName()
				: indicator.getName() + " (" + indicator.getUnit() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The indicator the chart shows, or null. */
	public Indicator chosenIndicator() {
		int index = indicatorChoice.getSelectionIndex();
		return index >= 0 && index < indicators.size() ? indicators.get(index) : null;
	}

	private void plotIndicator() {
		Indicator indicator = chosenIndicator();
		points.clear();
		List<Measurement> measurements = new ArrayList<>();
		List<FieldObservation> supporting = new ArrayList<>();
		List<Date> supportDates = new ArrayList<>();
		List<Double> supportValues = new ArrayList<>();
		Date start = null;
		Date end = null;
		if (indicator != null) {
			measurements.addAll(indicator.getMeasurements());
			measurements.removeIf(measurement -> measurement.getDate() == null);
			measurements.sort(Comparator.comparing(Measurement::getDate));
			for (Measurement measurement : measurements) {
				for (FieldObservation observation : measurement.getSupportingObservations()) {
					if (observation.getObservedAt() != null) {
						supporting.add(observation);
						supportDates.add(observation.getObservedAt());
						supportValues.add(measurement.getValue());
					}
				}
			}
			start = indicator.getPeriodStart() != null ? indicator.getPeriodStart()
					: measurements.isEmpty() ? null : measurements.get(0).getDate();
			end = indicator.getPeriodEnd() != null ? indicator.getPeriodEnd()
					: measurements.isEmpty() ? null : measurements.get(measurements.size() - 1).getDate();
		}
		set(MEASUREMENTS, measurements.stream().map(Measurement::getDate).toArray(Date[]::new),
				measurements.stream().mapToDouble(Measurement::getValue).toArray());
		set(OBSERVATIONS, supportDates.toArray(Date[]::new), supportValues.stream().mapToDouble(Double::doubleValue).toArray());
		boolean period = indicator != null && start != null && end != null;
		set(BASELINE, period ? new Date[] { start, end } : new Date[0],
				period ? new double[] { indicator.getBaseline(), indicator.getBaseline() } : new double[0]);
		set(TARGET, period ? new Date[] { start, end } : new Date[0],
				period ? new double[] { indicator.getTarget(), indicator.getTarget() } : new double[0]);
		points.add(MEASUREMENTS, measurements);
		points.add(OBSERVATIONS, supporting);
		String unit = indicator == null || indicator.getUnit() == null ? "" : indicator.getUnit(); //$NON-NLS-1$
		chart.getSeriesSet().getSeries(MEASUREMENTS).setDescription(Messages.Indicator_measurements);
		chart.getSeriesSet().getSeries(OBSERVATIONS).setDescription(Messages.Indicator_observations);
		chart.getSeriesSet().getSeries(BASELINE).setDescription(
				MessageFormat.format(Messages.Indicator_baseline, indicator == null ? "" : format(indicator.getBaseline()))); //$NON-NLS-1$
		chart.getSeriesSet().getSeries(TARGET).setDescription(
				MessageFormat.format(Messages.Indicator_target, indicator == null ? "" : format(indicator.getTarget()))); //$NON-NLS-1$
		chart.getAxisSet().getYAxis(0).getTitle().setText(MessageFormat.format(Messages.Indicator_value, unit));
		chart.getTitle().setText(indicator == null ? "" : indicatorName(indicator)); //$NON-NLS-1$
		showAll();
		chart.redraw();
	}

	/** Fits the axes to every plotted date and value, baseline and target included. */
	private void showAll() {
		List<Date> dates = new ArrayList<>();
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (String id : new String[] { MEASUREMENTS, OBSERVATIONS, BASELINE, TARGET }) {
			var series = chart.getSeriesSet().getSeries(id);
			for (Date date : series.getXDateSeries()) {
				dates.add(date);
			}
			for (double value : series.getYSeries()) {
				low = Math.min(low, value);
				high = Math.max(high, value);
			}
		}
		TimeAxes.fit(chart.getAxisSet().getXAxis(0), dates);
		if (low <= high) {
			double margin = Math.max(1, (high - low) * 0.1);
			chart.getAxisSet().getYAxis(0).setRange(new Range(low - margin, high + margin));
		}
	}

	private static String format(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private void set(String id, Date[] dates, double[] values) {
		var series = chart.getSeriesSet().getSeries(id);
		series.setXDateSeries(dates);
		series.setYSeries(values);
	}

	private void select(EObject object) {
		selectionProvider.setSelection(object == null ? StructuredSelection.EMPTY : new StructuredSelection(object));
	}

	private void open(EObject object) {
		select(object);
		try {
			ObjectEditors.open(getSite().getPage(), object);
		} catch (PartInitException e) {
			StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
		}
	}

	private void exportWithDialog() {
		ChartExport.writeWithDialog(getSite().getShell(), chart, pictureMarking(), "indicator.png"); //$NON-NLS-1$
	}

	@Override
	public void printWithDialog() {
		ChartPrint.printWithDialog(getSite().getShell(), chart, pictureMarking(), getPartName());
	}

	/** Prints the picture as shown on {@code printer}, with the banner of what it shows. */
	public void print(PrinterData printer) {
		ChartPrint.print(chart, pictureMarking(), printer, getPartName());
	}

	/** Writes the chart as shown to {@code file} as PNG, with the banner of what it shows. */
	public void exportPng(Path file) {
		ChartExport.write(chart, pictureMarking(), file);
	}

	/** The marking of what the chart shows: the objective, its indicator, measurements and supporting observations. */
	public MarkingSummary pictureMarking() {
		List<EObject> shown = new ArrayList<>();
		if (objective != null) {
			shown.add(objective);
		}
		Indicator indicator = chosenIndicator();
		if (indicator != null) {
			shown.add(indicator);
			for (Measurement measurement : indicator.getMeasurements()) {
				shown.add(measurement);
				shown.addAll(measurement.getSupportingObservations());
			}
		}
		return MarkingSummary.ofObjects(shown);
	}

	// for tests

	public Chart getChart() {
		return chart;
	}

	public Objective getObjective() {
		return objective;
	}

	public Combo getIndicatorChoice() {
		return indicatorChoice;
	}
}
