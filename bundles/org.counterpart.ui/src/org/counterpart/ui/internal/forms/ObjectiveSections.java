package org.counterpart.ui.internal.forms;

import java.util.function.Function;

import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Indicator;
import org.counterpart.model.Objective;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * An objective's form: what it is, its sub-objectives, and its indicators as master and details: the table lists
 * every indicator with baseline and target, and the fields below it edit the selected one.
 */
final class ObjectiveSections {

	private static final CounterpartPackage MODEL = CounterpartPackage.eINSTANCE;

	private final FormFields fields;
	private TableViewer indicators;

	ObjectiveSections(FormFields fields) {
		this.fields = fields;
	}

	void build(Composite body, Objective objective) {
		Composite main = fields.section(body, Messages.Objective_main, Messages.Objective_mainDescription, 1);
		fields.text(main, objective, MODEL.getObjective_Title());
		fields.longText(main, objective, MODEL.getObjective_Description(), 5, true);

		Composite subs = fields.section(body, Messages.Objective_subObjectives, Messages.Objective_subObjectivesDescription, 1);
		fields.references(subs, objective, MODEL.getObjective_SubObjectives(), null);

		Composite client = fields.section(body, Messages.Objective_indicators, Messages.Objective_indicatorsDescription, 2);
		indicatorTable(client, objective);
		indicatorDetails(client);
	}

	/** The indicators of the objective, one row each, with Add and Remove beside them. */
	private void indicatorTable(Composite client, Objective objective) {
		Composite area = fields.toolkit().createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		area.setLayout(layout);
		fields.toolkit().paintBordersFor(area);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		Table table = fields.toolkit().createTable(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
		data.heightHint = table.getItemHeight() * 5 + table.getHeaderHeight();
		data.widthHint = 400;
		table.setLayoutData(data);
		indicators = new TableViewer(table);
		indicators.setContentProvider(new ObservableListContentProvider<>());
		column(Messages.Indicator_name, 340, i -> nonNull(i.getName()));
		column(Messages.Indicator_unit, 90, i -> nonNull(i.getUnit()));
		column(Messages.Indicator_baseline, 80, i -> number(i.getBaseline()));
		column(Messages.Indicator_target, 80, i -> number(i.getTarget()));
		column(Messages.Indicator_measurements, 110, i -> Integer.toString(i.getMeasurements().size()));
		IObservableList<Object> list = fields.observeList(objective, MODEL.getObjective_Indicators());
		indicators.setInput(list);
		fields.onChange(() -> {
			if (!table.isDisposed()) {
				indicators.refresh();
			}
		});

		Button add = fields.toolkit().createButton(area, Messages.Objective_addIndicator, SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		Button remove = fields.toolkit().createButton(area, Messages.Objective_removeIndicator, SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		remove.setEnabled(false);
		indicators.addSelectionChangedListener(event -> remove.setEnabled(!event.getSelection().isEmpty()));
		add.addListener(SWT.Selection, event -> {
			Indicator indicator = CounterpartFactory.eINSTANCE.createIndicator();
			indicator.setName(Messages.Objective_newIndicator);
			fields.execute(AddCommand.create(fields.domain(), objective, MODEL.getObjective_Indicators(), indicator));
			indicators.setSelection(new StructuredSelection(indicator), true);
		});
		remove.addListener(SWT.Selection, event -> fields.execute(RemoveCommand.create(fields.domain(), objective,
				MODEL.getObjective_Indicators(), indicators.getStructuredSelection().toList())));
		if (!objective.getIndicators().isEmpty()) {
			indicators.setSelection(new StructuredSelection(objective.getIndicators().get(0)));
		}
	}

	private void column(String title, int width, Function<Indicator, String> text) {
		TableViewerColumn column = new TableViewerColumn(indicators, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> text.apply((Indicator) element)));
	}

	/** Fields bound to whichever indicator the table selects (databinding's detail observables). */
	@SuppressWarnings("unchecked")
	private void indicatorDetails(Composite client) {
		IObservableValue<Object> selected = (IObservableValue<Object>) (IObservableValue<?>) ViewerProperties.singleSelection()
				.observe(indicators);
		fields.keep(selected);
		Composite details = fields.toolkit().createComposite(client);
		GridLayout layout = new GridLayout(4, false);
		layout.marginWidth = 2;
		layout.horizontalSpacing = 10;
		details.setLayout(layout);
		fields.toolkit().paintBordersFor(details);
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		detail(details, selected, MODEL.getIndicator_Name(), Messages.Indicator_name);
		detail(details, selected, MODEL.getIndicator_Unit(), Messages.Indicator_unit);
		detail(details, selected, MODEL.getIndicator_Baseline(), Messages.Indicator_baseline);
		detail(details, selected, MODEL.getIndicator_Target(), Messages.Indicator_target);
		detail(details, selected, MODEL.getIndicator_PeriodStart(), Messages.Indicator_periodStart);
		detail(details, selected, MODEL.getIndicator_PeriodEnd(), Messages.Indicator_periodEnd);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void detail(Composite details, IObservableValue<Object> selected, EAttribute feature, String label) {
		fields.label(details, label + ':');
		org.eclipse.swt.widgets.Text text = fields.toolkit().createText(details, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(FormFields.fieldData());
		IObservableValue<Object> model = (IObservableValue) EMFEditProperties.value(fields.domain(), feature)
				.observeDetail(selected);
		fields.keep(model);
		fields.bindDetail(text, model, feature, label);
		selected.addValueChangeListener(event -> text.setEnabled(event.diff.getNewValue() != null));
		text.setEnabled(selected.getValue() != null);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

	private static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
