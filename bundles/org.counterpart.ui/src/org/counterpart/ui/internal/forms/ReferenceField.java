package org.counterpart.ui.internal.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.counterpart.ui.internal.ItemImages;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.Hyperlink;

/**
 * Chooses the object a single reference points at (a contact's affiliation, an observation's source): the field
 * proposes matching objects as the officer types (any word of the label, from its start), Browse… opens a filtered
 * list, and the field's label is a link that opens the chosen object. Text that names no object is put back.
 */
final class ReferenceField {

	private static final int MAX_PROPOSALS = 50;

	private final FormFields fields;
	private final EObject owner;
	private final EReference feature;
	private final Supplier<List<? extends EObject>> candidates;
	private final Hyperlink link;
	private final Text text;
	private final IObservableValue<Object> value;

	@SuppressWarnings("unchecked")
	ReferenceField(FormFields fields, Composite client, EObject owner, EReference feature,
			Supplier<List<? extends EObject>> candidates) {
		this.fields = fields;
		this.owner = owner;
		this.feature = feature;
		this.candidates = candidates;
		link = fields.toolkit().createHyperlink(client, fields.labelOf(owner, feature), SWT.NONE);
		link.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		link.setToolTipText(NLS.bind(Messages.Reference_openTip, fields.displayName(owner, feature)));
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				if (current() != null) {
					fields.opener().open(current());
				}
			}
		});

		Composite row = fields.toolkit().createComposite(client);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		fields.toolkit().paintBordersFor(row);
		row.setLayoutData(FormFields.fieldData());
		text = fields.toolkit().createText(row, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(FormFields.fieldData());
		text.setMessage(Messages.Reference_typeHint);
		Button browse = fields.toolkit().createButton(row, Messages.Reference_browse, SWT.PUSH);
		browse.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));
		browse.addListener(SWT.Selection, event -> browse());

		value = (IObservableValue<Object>) EMFProperties.value(feature).observe(fields.realm(), owner);
		fields.keep(value);
		value.addValueChangeListener(event -> show());
		show();

		ContentProposalAdapter proposals = new ContentProposalAdapter(text, new TextContentAdapter(), new Proposals(),
				KeyStroke.getInstance(SWT.CTRL, ' '), autoActivationCharacters());
		proposals.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
		proposals.setAutoActivationDelay(150);
		proposals.addContentProposalListener(proposal -> choose(((ObjectProposal) proposal).object()));
		text.addListener(SWT.FocusOut, event -> {
			if (!proposals.isProposalPopupOpen()) {
				commitTyped();
			}
		});
		text.addListener(SWT.DefaultSelection, event -> {
			if (!proposals.isProposalPopupOpen()) {
				commitTyped();
			}
		});
	}

	Text getText() {
		return text;
	}

	Hyperlink getLink() {
		return link;
	}

	private EObject current() {
		return (EObject) owner.eGet(feature);
	}

	private void show() {
		if (!text.isDisposed()) {
			text.setText(FormFields.label(current()));
			link.setEnabled(current() != null);
		}
	}

	/** Sets the reference through the command stack. */
	void choose(EObject chosen) {
		if (chosen != current()) {
			fields.execute(SetCommand.create(fields.domain(), owner, feature, chosen));
		}
		show();
	}

	/** What is typed names one object: it is chosen; an empty field clears an optional reference; else put back. */
	private void commitTyped() {
		String typed = text.getText().strip();
		if (typed.equals(FormFields.label(current()))) {
			return;
		}
		if (typed.isEmpty() && !feature.isRequired()) {
			choose(null);
			return;
		}
		List<EObject> exact = new ArrayList<>();
		for (EObject candidate : candidates.get()) {
			if (FormFields.label(candidate).equalsIgnoreCase(typed)) {
				exact.add(candidate);
			}
		}
		if (exact.size() == 1) {
			choose(exact.get(0));
		} else {
			show();
		}
	}

	private void browse() {
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(text.getShell(),
				new ObjectLabelProvider(fields.adapterFactory(), new ItemImages(text)));
		dialog.setTitle(NLS.bind(Messages.Reference_browseTitle, fields.displayName(owner, feature)));
		dialog.setMessage(Messages.Reference_browseMessage);
		dialog.setElements(candidates.get().toArray());
		dialog.setMultipleSelection(false);
		if (current() != null) {
			dialog.setInitialSelections(current());
		}
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof EObject chosen) {
			choose(chosen);
		}
	}

	private static char[] autoActivationCharacters() {
		StringBuilder characters = new StringBuilder();
		for (char c = 'a'; c <= 'z'; c++) {
			characters.append(c).append(Character.toUpperCase(c));
		}
		return characters.append("0123456789").toString().toCharArray(); //$NON-NLS-1$
	}

	/** Whether any word of {@code label} starts with what is typed, or the label contains it. */
	static boolean matches(String label, String typed) {
		String wanted = typed.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return true;
		}
		String lower = label.toLowerCase(Locale.ROOT);
		return lower.contains(wanted);
	}

	private final class Proposals implements IContentProposalProvider {
		@Override
		public IContentProposal[] getProposals(String contents, int position) {
			List<IContentProposal> found = new ArrayList<>();
			for (EObject candidate : candidates.get()) {
				String label = FormFields.label(candidate);
				if (matches(label, contents)) {
					found.add(new ObjectProposal(candidate, label));
					if (found.size() == MAX_PROPOSALS) {
						break;
					}
				}
			}
			return found.toArray(IContentProposal[]::new);
		}
	}

	/** A proposal that remembers its object, so that two objects with one label stay apart. */
	static final class ObjectProposal extends ContentProposal {
		private final EObject object;

		ObjectProposal(EObject object, String label) {
			super(label, label, null);
			this.object = object;
		}

		EObject object() {
			return object;
		}
	}
}
