package org.counterpart.ui.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.counterpart.model.CounterpartPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of an object, described by an EMF.Edit {@link IItemPropertyDescriptor}, with a cell editor that fits
 * its type: a text for strings, numbers, dates (UTC, as shown) and lists of strings (separated by commas); a drop-down
 * for enumerations and single references. Many-valued references are edited in the object's form instead. Input that
 * does not convert is refused with the reason in the status line and changes nothing.
 */
public final class EditablePropertyDescriptor implements IPropertyDescriptor {

	/** The value of input that cannot be converted. */
	static final Object INVALID = new Object();

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"); //$NON-NLS-1$

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final ReadOnlyPropertyDescriptor shown;

	public EditablePropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor, ItemImages images) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		this.shown = new ReadOnlyPropertyDescriptor(object, itemDescriptor, images);
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object) || !(itemDescriptor.getFeature(object) instanceof EStructuralFeature feature)) {
			return null;
		}
		if (!editable(feature)) {
			return null;
		}
		IItemLabelProvider valueLabels = itemDescriptor.getLabelProvider(object);
		if (feature instanceof EReference reference) {
			return reference.isMany() ? null : choices(parent, valueLabels, true);
		}
		EAttribute attribute = (EAttribute) feature;
		if (attribute.getEAttributeType() instanceof EEnum || attribute.getEAttributeType().getInstanceClass() == boolean.class) {
			return choices(parent, valueLabels, false);
		}
		TextCellEditor editor = new TextCellEditor(parent) {
			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(toText(unwrap(value)));
			}
		};
		editor.setValidator(value -> toModel(attribute, value) == INVALID
				? NLS.bind(Messages.Properties_invalid, itemDescriptor.getDisplayName(object), value)
				: null);
		return editor;
	}

	/** The record of an object (id, when and by whom it was made) and its contained parts are not edited here. */
	/** Whether this is part of the object's record (its id, creation, contents), which no cell edits. */
	public boolean isRecord() {
		return itemDescriptor.getFeature(object) instanceof EStructuralFeature feature && !editable(feature);
	}

	static boolean editable(EStructuralFeature feature) {
		CounterpartPackage model = CounterpartPackage.eINSTANCE;
		return !(feature instanceof EAttribute attribute && attribute.isID()) && feature != model.getIdentified_CreatedAt()
				&& feature != model.getIdentified_CreatedBy()
				&& !(feature instanceof EReference reference && reference.isContainment());
	}

	private CellEditor choices(Composite parent, IItemLabelProvider valueLabels, boolean withNone) {
		Collection<?> values = itemDescriptor.getChoiceOfValues(object);
		List<Object> choices = new java.util.ArrayList<>();
		if (withNone && !((EStructuralFeature) itemDescriptor.getFeature(object)).isRequired()) {
			choices.add(NONE);
		}
		if (values != null) {
			values.stream().filter(v -> v != null).forEach(choices::add);
		}
		ComboBoxViewerCellEditor editor = new ComboBoxViewerCellEditor(parent, SWT.READ_ONLY) {
			@Override
			protected void doSetValue(Object value) {
				Object unwrapped = unwrap(value);
				super.doSetValue(unwrapped == null && withNone ? NONE : unwrapped);
			}

			@Override
			protected Object doGetValue() {
				Object value = super.doGetValue();
				return value == NONE ? null : value;
			}
		};
		editor.setContentProvider(ArrayContentProvider.getInstance());
		editor.setLabelProvider(LabelProvider.createTextProvider(
				value -> value == NONE ? Messages.Properties_none : ReadOnlyPropertyDescriptor.label(valueLabels, value)));
		editor.setInput(choices);
		return editor;
	}

	/** The entry of a drop-down that clears an optional reference. */
	private static final Object NONE = new Object();

	private static Object unwrap(Object value) {
		return value instanceof ReadOnlyPropertySource.ShownValue(Object inner) ? inner : value;
	}

	private static String toText(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Date date) {
			return DATE_TIME.format(date.toInstant().atZone(ZoneOffset.UTC));
		}
		if (value instanceof Collection<?> values) {
			return String.join(", ", values.stream().map(String::valueOf).toList()); //$NON-NLS-1$
		}
		return value.toString();
	}

	/** A cell editor's value converted to what {@code feature} holds, or {@link #INVALID}. */
	static Object toModel(EStructuralFeature feature, Object value) {
		value = unwrap(value);
		if (!(value instanceof String typed) || !(feature instanceof EAttribute attribute)) {
			return value;
		}
		if (feature.isMany()) {
			return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(); //$NON-NLS-1$
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		String text = typed.strip();
		try {
			if (type == String.class) {
				return text.isEmpty() ? null : text;
			}
			if (text.isEmpty()) {
				return type.isPrimitive() ? INVALID : null;
			}
			if (type == Date.class) {
				return parseDate(text);
			}
			if (type == int.class || type == Integer.class) {
				return Integer.valueOf(text);
			}
			if (type == long.class || type == Long.class) {
				return Long.valueOf(text);
			}
			if (type == double.class || type == Double.class) {
				return Double.valueOf(text);
			}
		} catch (NumberFormatException | DateTimeParseException e) {
			return INVALID;
		}
		return INVALID;
	}

	private static Date parseDate(String text) {
		try {
			return Date.from(LocalDateTime.parse(text, DATE_TIME).toInstant(ZoneOffset.UTC));
		} catch (DateTimeParseException e) {
			return Date.from(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
		}
	}

	@Override
	public String getCategory() {
		return shown.getCategory();
	}

	@Override
	public String getDescription() {
		return shown.getDescription();
	}

	@Override
	public String getDisplayName() {
		return shown.getDisplayName();
	}

	@Override
	public String[] getFilterFlags() {
		return shown.getFilterFlags();
	}

	@Override
	public Object getHelpContextIds() {
		return shown.getHelpContextIds();
	}

	@Override
	public Object getId() {
		return shown.getId();
	}

	@Override
	public ILabelProvider getLabelProvider() {
		return shown.getLabelProvider();
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return other instanceof EditablePropertyDescriptor that && getId().equals(that.getId());
	}
}
