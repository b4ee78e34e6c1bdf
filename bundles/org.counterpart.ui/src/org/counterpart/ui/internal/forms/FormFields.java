package org.counterpart.ui.internal.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.counterpart.model.util.ObjectLabels;
import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.IObservable;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.list.IObservableList;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.IValidator;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

/**
 * Builds the fields of a form and binds each to a feature of an object through the editing domain
 * ({@link EMFEditProperties}), so that every edit is a command on the workspace's one command stack. Conversion
 * errors (a date or a number that does not parse) show at the field and in the form's header; the model keeps its
 * value until the field holds something it can take.
 */
final class FormFields {

	/** Dates as everywhere in Counterpart: ISO, in UTC. */
	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	/** Wide enough for a name or a date, and no wider: the form, not the text, decides the width. */
	static final int FIELD_WIDTH = 160;

	private final FormToolkit toolkit;
	private final EditingDomain domain;
	private final AdapterFactory adapterFactory;
	private final IMessageManager messages;
	private final ObjectOpener opener;
	private final Realm realm;
	private final DataBindingContext bindings;
	private final List<IObservable> observables = new ArrayList<>();
	private final Map<List<Object>, Control> controls = new HashMap<>();
	private final List<Runnable> refreshers = new ArrayList<>();

	FormFields(FormToolkit toolkit, EditingDomain domain, AdapterFactory adapterFactory, IMessageManager messages,
			ObjectOpener opener, Composite anyControl) {
		this.toolkit = toolkit;
		this.domain = domain;
		this.adapterFactory = adapterFactory;
		this.messages = messages;
		this.opener = opener;
		this.realm = DisplayRealm.getRealm(anyControl.getDisplay());
		this.bindings = new DataBindingContext(realm);
	}

	FormToolkit toolkit() {
		return toolkit;
	}

	EditingDomain domain() {
		return domain;
	}

	AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	ObjectOpener opener() {
		return opener;
	}

	Realm realm() {
		return realm;
	}

	/** A section titled {@code title} whose client lays out label and field pairs; returns the client. */
	Composite section(Composite parent, String title, String description, int horizontalSpan) {
		Section section = toolkit.createSection(parent,
				Section.TITLE_BAR | (description == null ? 0 : Section.DESCRIPTION) | Section.EXPANDED);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, horizontalSpan, 1));
		Composite client = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 6;
		layout.horizontalSpacing = 10;
		client.setLayout(layout);
		toolkit.paintBordersFor(client);
		section.setClient(client);
		return client;
	}

	/** The label of a feature as the item providers name it, e.g. "Given Name:". */
	String labelOf(EObject owner, EStructuralFeature feature) {
		return displayName(owner, feature) + ':';
	}

	String displayName(EObject owner, EStructuralFeature feature) {
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, feature);
			if (descriptor != null) {
				return descriptor.getDisplayName(owner);
			}
		}
		return feature.getName();
	}

	Label label(Composite client, String text) {
		Label label = toolkit.createLabel(client, text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		label.setForeground(toolkit.getColors().getColor(org.eclipse.ui.forms.IFormColors.TITLE));
		return label;
	}

	/** A one-line text for a string feature; an empty text clears the feature. */
	Text text(Composite client, EObject owner, EAttribute feature) {
		label(client, labelOf(owner, feature));
		Text text = toolkit.createText(client, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(fieldData());
		bind(text, observeValue(owner, feature), feature, displayName(owner, feature));
		register(owner, feature, text);
		return text;
	}

	/** A text of several lines for a string feature, across the whole section. */
	Text longText(Composite client, EObject owner, EAttribute feature, int lines, boolean withLabel) {
		if (withLabel) {
			Label label = label(client, labelOf(owner, feature));
			label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		}
		Text text = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL); //$NON-NLS-1$
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, withLabel ? 1 : 2, 1);
		data.widthHint = FIELD_WIDTH;
		data.heightHint = text.getLineHeight() * lines + 6;
		text.setLayoutData(data);
		bind(text, observeValue(owner, feature), feature, displayName(owner, feature));
		register(owner, feature, text);
		return text;
	}

	/** A text for a date and time in UTC ("2026-03-04 09:30", or a date alone). */
	Text date(Composite client, EObject owner, EAttribute feature) {
		return text(client, owner, feature);
	}

	/** A text for a number (double, Double or int feature). */
	Text number(Composite client, EObject owner, EAttribute feature) {
		return text(client, owner, feature);
	}

	/** Binds {@code text} to the master-detail value {@code model} of an indicator's {@code feature}. */
	void bindDetail(Text text, IObservableValue<Object> model, EAttribute feature, String name) {
		bind(text, model, feature, name);
	}

	/**
	 * Binds a text to a value of type string, date or number, converting as the type needs. What does not convert
	 * (a date or number that does not parse, a required value left empty) stays in the text with an error at the
	 * field and in the header, and the model keeps its value.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void bind(Text text, IObservableValue<Object> model, EAttribute feature, String name) {
		Class<?> type = feature.getEAttributeType().getInstanceClass();
		IConverter toModel;
		IConverter toText;
		IValidator check;
		if (type == Date.class) {
			text.setMessage(Messages.Field_dateHint);
			toModel = IConverter.create(String.class, Date.class, s -> parseDate((String) s));
			toText = IConverter.create(Object.class, String.class,
					v -> v == null ? "" : DATE_TIME.format(((Date) v).toInstant())); //$NON-NLS-1$
			check = s -> {
				String value = ((String) s).strip();
				return !value.isEmpty() && parseDate(value) == null
						? ValidationStatus.error(NLS.bind(Messages.Field_badDate, name, value))
						: ValidationStatus.ok();
			};
		} else if (type == double.class || type == Double.class || type == int.class || type == Integer.class) {
			boolean integral = type == int.class || type == Integer.class;
			boolean optional = !type.isPrimitive();
			Function<String, Object> parse = s -> parseNumber(s, integral);
			toModel = IConverter.create(String.class, type, s -> parse.apply((String) s));
			toText = IConverter.create(Object.class, String.class, v -> v == null ? "" : formatNumber(v)); //$NON-NLS-1$
			check = s -> {
				String value = ((String) s).strip();
				if (value.isEmpty()) {
					return optional ? ValidationStatus.ok() : ValidationStatus.error(NLS.bind(Messages.Field_required, name));
				}
				return parse.apply(value) == null
						? ValidationStatus.error(NLS.bind(integral ? Messages.Field_badInteger : Messages.Field_badNumber, name, value))
						: ValidationStatus.ok();
			};
		} else {
			toModel = IConverter.create(String.class, String.class, s -> blankToNull((String) s));
			toText = IConverter.create(Object.class, String.class, v -> v == null ? "" : v.toString()); //$NON-NLS-1$
			check = null;
		}
		IObservableValue<String> target = WidgetProperties.text(SWT.FocusOut).observe(text);
		observables.add(target);
		UpdateValueStrategy toModelStrategy = UpdateValueStrategy.create(toModel);
		if (check != null) {
			toModelStrategy.setAfterGetValidator(check);
		}
		Binding binding = bindings.bindValue((IObservableValue) target, (IObservableValue) model, toModelStrategy,
				UpdateValueStrategy.create(toText));
		binding.getValidationStatus().addValueChangeListener(event -> {
			IStatus status = event.diff.getNewValue();
			if (text.isDisposed()) {
				return;
			}
			if (status.isOK()) {
				messages.removeMessage(binding, text);
			} else {
				messages.addMessage(binding, status.getMessage(), null, IMessageProvider.ERROR, text);
			}
		});
		// Enter in a one-line text commits as leaving it does.
		if ((text.getStyle() & SWT.SINGLE) != 0) {
			text.addListener(SWT.DefaultSelection, event -> binding.updateTargetToModel());
		}
	}

	private static Object parseNumber(String typed, boolean integral) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return integral ? (Object) Integer.valueOf(value) : (Object) Double.valueOf(value);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String formatNumber(Object value) {
		if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
			return Long.toString(d.longValue());
		}
		return value.toString();
	}

	/** A drop-down of an enumeration's values, labelled by {@code labels}. */
	ComboViewer choice(Composite client, EObject owner, EAttribute feature, Function<Object, String> labels) {
		return choice(client, owner, feature, labels, labelOf(owner, feature));
	}

	/** A drop-down as above, under a label of the form's own (where the feature's name is too long to fit). */
	ComboViewer choice(Composite client, EObject owner, EAttribute feature, Function<Object, String> labels,
			String labelText) {
		label(client, labelText);
		ComboViewer viewer = new ComboViewer(client, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(viewer.getCombo(), true, false);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(LabelProvider.createTextProvider(labels));
		List<Object> values = new ArrayList<>();
		for (EEnumLiteral literal : ((EEnum) feature.getEAttributeType()).getELiterals()) {
			values.add(literal.getInstance());
		}
		viewer.setInput(values);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = FIELD_WIDTH;
		viewer.getCombo().setLayoutData(data);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		IObservableValue<Object> target = (IObservableValue) ViewerProperties.singleSelection().observe(viewer);
		IObservableValue<Object> model = observeValue(owner, feature);
		observables.add(target);
		bindings.bindValue(target, model);
		register(owner, feature, viewer.getCombo());
		return viewer;
	}

	/** The labels the item providers give an enumeration's values (e.g. "Key Leader Engagement"). */
	Function<Object, String> itemLabels(EObject owner, EStructuralFeature feature) {
		if (adapterFactory.adapt(owner, IItemPropertySource.class) instanceof IItemPropertySource source) {
			IItemPropertyDescriptor descriptor = source.getPropertyDescriptor(owner, feature);
			if (descriptor != null) {
				return value -> descriptor.getLabelProvider(owner).getText(value);
			}
		}
		return String::valueOf;
	}

	/** A text for a list of strings, separated by commas (languages, channels, topics). */
	Text stringList(Composite client, EObject owner, EAttribute feature) {
		label(client, labelOf(owner, feature));
		Text text = toolkit.createText(client, "", SWT.SINGLE); //$NON-NLS-1$
		text.setMessage(Messages.Field_listHint);
		text.setLayoutData(fieldData());
		IObservableList<Object> list = EMFProperties.list(feature).observe(realm, owner);
		observables.add(list);
		Supplier<String> shown = () -> String.join(", ", list.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		text.setText(shown.get());
		list.addListChangeListener(event -> {
			if (!text.isDisposed()) {
				text.setText(shown.get());
			}
		});
		Runnable commit = () -> {
			List<String> typed = splitList(text.getText());
			if (!typed.equals(new ArrayList<>(list))) {
				execute(SetCommand.create(domain, owner, feature, typed));
			}
		};
		text.addListener(SWT.FocusOut, event -> commit.run());
		text.addListener(SWT.DefaultSelection, event -> commit.run());
		register(owner, feature, text);
		return text;
	}

	static List<String> splitList(String typed) {
		return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(); //$NON-NLS-1$
	}

	/** A chooser for a single reference: type-ahead, a Browse button, and the label opens the chosen object. */
	ReferenceField reference(Composite client, EObject owner, EReference feature,
			Supplier<List<? extends EObject>> candidates) {
		ReferenceField field = new ReferenceField(this, client, owner, feature, candidates);
		register(owner, feature, field.getText());
		return field;
	}

	/** A table of the objects a many-valued reference holds, with Add and Remove; double-click opens one. */
	ReferenceList references(Composite client, EObject owner, EReference feature,
			Supplier<List<? extends EObject>> candidates) {
		ReferenceList list = new ReferenceList(this, client, owner, feature, candidates);
		register(owner, feature, list.getViewer().getControl());
		return list;
	}

	/** A label with a value that the form computes, updated after every change. */
	Label readOnly(Composite client, String labelText, Supplier<String> value) {
		label(client, labelText);
		Label shown = toolkit.createLabel(client, value.get(), SWT.WRAP);
		shown.setLayoutData(fieldData());
		refreshers.add(() -> {
			if (!shown.isDisposed()) {
				shown.setText(value.get());
			}
		});
		return shown;
	}

	/** Runs {@code refresher} after every change of the workspace. */
	void onChange(Runnable refresher) {
		refreshers.add(refresher);
	}

	void refresh() {
		refreshers.forEach(Runnable::run);
	}

	void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	static GridData fieldData() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = FIELD_WIDTH;
		return data;
	}

	IObservableValue<Object> observeValue(EObject owner, EStructuralFeature feature) {
		@SuppressWarnings("unchecked")
		IObservableValue<Object> model = (IObservableValue<Object>) EMFEditProperties.value(domain, feature).observe(realm, owner);
		observables.add(model);
		return model;
	}

	@SuppressWarnings("unchecked")
	IObservableList<Object> observeList(EObject owner, EStructuralFeature feature) {
		IObservableList<Object> list = (IObservableList<Object>) EMFEditProperties.list(domain, feature).observe(realm, owner);
		observables.add(list);
		return list;
	}

	void keep(IObservable observable) {
		observables.add(observable);
	}

	void register(EObject owner, EStructuralFeature feature, Control control) {
		controls.put(List.of(owner, feature), control);
	}

	/** The control that edits {@code feature} of {@code owner}, or null. */
	Control controlFor(EObject owner, EStructuralFeature feature) {
		Control control = controls.get(List.of(owner, feature));
		return control == null || control.isDisposed() ? null : control;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static Date parseDate(String typed) {
		String value = typed.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Date.from(LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")).toInstant(ZoneOffset.UTC)); //$NON-NLS-1$
		} catch (DateTimeParseException e) {
			try {
				return Date.from(LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC));
			} catch (DateTimeParseException again) {
				return null;
			}
		}
	}

	static String label(Object object) {
		return ObjectLabels.labelOf(object);
	}

	static boolean same(Object a, Object b) {
		return Objects.equals(a, b);
	}

	void dispose() {
		bindings.dispose();
		observables.forEach(IObservable::dispose);
		observables.clear();
	}

	/** Opens an object of the Theater in its editor. */
	interface ObjectOpener {
		void open(EObject object);
	}
}
