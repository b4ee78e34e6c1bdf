package org.counterpart.ui.internal.exchange;

import java.io.IOException;

import org.counterpart.security.DeviceIdentityFolder;
import org.counterpart.store.StoreException;
import org.counterpart.store.WorkspaceStore;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.WorkspaceStorage;
import org.counterpart.ui.internal.StoreWorkspaceStorage;

/** The identity folder of the workbench's workspace store ({@code <store folder>/identity}) and the store's device id. */
public final class DeviceIdentityFolders {

	private DeviceIdentityFolders() {
	}

	/** The identity folder of the workbench's store, or null when the workspace is not kept in a store. */
	public static DeviceIdentityFolder current() {
		WorkspaceStorage storage = WorkspaceEditingSession.getDefault().getStorage();
		return storage instanceof StoreWorkspaceStorage store ? DeviceIdentityFolder.inStore(store.folder()) : null;
	}

	/** The device id of the workbench's store, or null while it is locked (or not a store). */
	public static String deviceId() {
		WorkspaceStorage storage = WorkspaceEditingSession.getDefault().getStorage();
		if (storage instanceof StoreWorkspaceStorage store && store.isOpen()) {
			try {
				return store.read(WorkspaceStore::deviceId);
			} catch (IOException | StoreException e) {
				return null;
			}
		}
		return null;
	}
}
