package org.counterpart.hq.ui.internal;

import java.io.IOException;
import java.util.List;

import org.counterpart.hq.DeviceRow;

/**
 * Where the {@link DeviceRegistryView} gets its rows from. The workbench's is {@link WorkbenchRegistryService}, on the
 * store the workbench has open.
 */
public interface RegistryService {

	/** The registry's rows now, see {@link org.counterpart.hq.DeviceRegistry#rows}; called outside the UI thread. */
	List<DeviceRow> rows() throws IOException;
}
