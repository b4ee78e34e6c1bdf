package org.counterpart.ui.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Window &gt; Preferences &gt; Security: how long the workbench waits without input before it locks the workspace.
 */
public class SecurityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SecurityPreferencePage() {
		super(GRID);
		setDescription(Messages.SecurityPreferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SecurityPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor minutes = new IntegerFieldEditor(SecurityPreferences.LOCK_AFTER_MINUTES,
				Messages.SecurityPreferences_lockAfter, getFieldEditorParent(), 5);
		minutes.setValidRange(0, SecurityPreferences.MAXIMUM_LOCK_AFTER_MINUTES);
		minutes.setErrorMessage(Messages.bind(Messages.SecurityPreferences_invalid, SecurityPreferences.MAXIMUM_LOCK_AFTER_MINUTES));
		addField(minutes);
	}
}
