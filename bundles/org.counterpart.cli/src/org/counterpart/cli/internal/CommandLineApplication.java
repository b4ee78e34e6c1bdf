package org.counterpart.cli.internal;

import org.counterpart.cli.CounterpartCommandLine;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The Equinox application behind the {@code counterpart-cli} launcher script. The returned integer
 * becomes the process exit code.
 */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int exitCode = new CounterpartCommandLine(System.out, System.err, System.getenv())
				.execute(arguments == null ? new String[0] : arguments);
		System.out.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// Commands are short and run to completion; nothing to interrupt.
	}
}
